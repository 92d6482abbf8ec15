import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZoomSessionAnswer } from '../../shared/protocol/zoom.js';
import { ClockFace } from '../features/leader/ClockFace.js';
import type { LiveSource } from '../sync/useWorkshopLive.js';

type MainAnswer = Extract<ZoomSessionAnswer, { status: 'main' }>;

/** A {@link LiveSource} of one answer: the clock ticks on from the server time it carried. */
function staticLive(answer: MainAnswer): LiveSource {
  const offset = answer.serverNow - Date.now();
  return { subscribe: () => () => undefined, getLive: () => answer.live, getOffset: () => offset };
}

/** In the main room, before rooms open: the workshop's introduction and its clock. */
export function MainRoomView({ answer }: { answer: MainAnswer }) {
  const { t } = useTranslation();
  const source = useMemo(() => staticLive(answer), [answer]);
  return (
    <section className="page-narrow card" data-testid="zoom-main-room" aria-labelledby="zoom-main-heading">
      <h1 id="zoom-main-heading">{answer.workshop.title}</h1>
      <p>{t('zoom.mainRoom.waiting')}</p>
      <div className="zoom-main-clock">
        <ClockFace source={source} />
      </div>
      <h2>{answer.workshop.listTitle}</h2>
      {answer.workshop.directions.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </section>
  );
}
