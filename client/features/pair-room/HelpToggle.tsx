import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { setHelp } from '../../../shared/doc/planDoc.js';
import { helpStatus } from '../../../shared/protocol/helpAnswer.js';
import { usePlan } from '../../sync/usePlan.js';
import { formatTimeOfDay } from '../leader/formatTimeOfDay.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';
import '../../styles/roomLive.css';

/**
 * "Ask for help": a flag the leader sees on the dashboard, like Zoom's button
 * but for this pair. Pressed again it withdraws the request; when the leader
 * answers, "On my way" shows here with the time (issue 14).
 */
export function HelpToggle() {
  const { t, i18n } = useTranslation();
  const { connection, actor } = useRoom();
  const help = usePlan(connection).help;
  const offset = useSyncExternalStore(connection.subscribe, connection.getOffset);
  const readOnly = useReadOnly();
  const status = helpStatus(help);
  const on = status !== 'none';
  const time = (at: number) => formatTimeOfDay(at, offset, i18n.language);
  return (
    <section className="card help" aria-labelledby="help-heading">
      <h2 id="help-heading" className="visually-hidden">
        {t('help.heading')}
      </h2>
      <button
        type="button"
        className={on ? 'button button--secondary button--wide help-on' : 'button button--secondary button--wide'}
        aria-pressed={on}
        disabled={readOnly}
        onClick={() => setHelp(connection.doc, !on, actor, connection.serverNow())}
      >
        <Icon name="help" />
        {on ? t('live.help.withdraw') : t('help.ask')}
      </button>
      <div role="status" data-testid="help-status">
        {help && status === 'asked' && <p className="hint">{t('live.help.waiting', { name: help.name, time: time(help.at) })}</p>}
      </div>
      {/* Announced by the banner at the top (HelpAnswerBanner); repeated here beside the button, silently. */}
      {help && status === 'acknowledged' && (
        <p className="help-answer" data-testid="help-answered">
          <strong>{t('live.help.onMyWay')}</strong> {t('live.help.onMyWayAt', { time: time(help.ackAt ?? help.at) })}
        </p>
      )}
    </section>
  );
}
