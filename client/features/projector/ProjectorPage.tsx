import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ClockFace } from '../leader/ClockFace.js';
import { LeaderGate } from '../leader/LeaderGate.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderList, usePairs, useTally } from '../leader/useTally.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { ProjectorTally, TopPicks } from './ProjectorTally.js';
import { Spotlight } from './Spotlight.js';
import { spotlightOrder, stepSpotlight } from './spotlightOrder.js';
import { toggleFullScreen, useProjectorKeys } from './useProjectorKeys.js';
import '../../styles/projector.css';

function Controls({ spotlight, hidden, onStep, onBack, onToggleHidden }: { spotlight: boolean; hidden: boolean; onStep: (step: 1 | -1) => void; onBack: () => void; onToggleHidden: () => void }) {
  const { t } = useTranslation();
  const { workshop } = useLeader();
  return (
    <footer className="pj-footer">
      <p className="pj-keys">{t('projector.keys')}</p>
      <nav className="pj-controls" aria-label={t('projector.controlsLabel')}>
        <button type="button" className="pj-button" onClick={() => onStep(-1)}>
          {t('projector.previous')}
        </button>
        <button type="button" className="pj-button" onClick={() => onStep(1)}>
          {spotlight ? t('projector.next') : t('projector.spotlight')}
        </button>
        {spotlight ? (
          <button type="button" className="pj-button" onClick={onBack}>
            {t('projector.backToTally')}
          </button>
        ) : (
          <button type="button" className="pj-button" aria-pressed={hidden} onClick={onToggleHidden}>
            {t('projector.hideTally')}
          </button>
        )}
        <button type="button" className="pj-button" onClick={toggleFullScreen}>
          {t('projector.fullScreen')}
        </button>
        <Link href={`/facilitate/${workshop.id}`} className="pj-button">
          {t('projector.dashboard')}
        </Link>
      </nav>
    </footer>
  );
}

function Projector() {
  const { t } = useTranslation();
  const { connection, workshop } = useLeader();
  const pairs = usePairs();
  const tally = useTally();
  const list = useLeaderList();
  const [spotlight, setSpotlight] = useState<number | null>(null);
  const [hidden, setHidden] = useState(false);
  const order = useMemo(() => spotlightOrder(pairs), [pairs]);
  usePageTitle(t('projector.pageTitle', { title: workshop.title }));
  const step = (direction: 1 | -1): void => setSpotlight((current) => stepSpotlight(order, current, direction));
  const back = (): void => setSpotlight(null);
  const toggleHidden = (): void => setHidden((h) => !h);
  useProjectorKeys({ next: () => step(1), previous: () => step(-1), back, fullScreen: toggleFullScreen, toggleHidden });
  const shown = spotlight === null ? null : (pairs.find((p) => p.n === spotlight) ?? null);
  const inventory = list.mode === 'inventory';
  return (
    <div className="projector">
      <header className="pj-header">
        <div className="pj-title">
          <h1>{workshop.title}</h1>
          <p className="pj-sub">{t('projector.active', { active: tally.activePairs, pairs: tally.pairs })}</p>
        </div>
        <ClockFace source={connection} variant="projector" />
      </header>
      {shown ? (
        <Spotlight pair={shown} list={list} position={Math.max(1, order.indexOf(shown.n) + 1)} total={order.length} />
      ) : hidden ? (
        <div className="pj-hidden" data-testid="projector-hidden">
          <p>{t('projector.hidden')}</p>
        </div>
      ) : (
        <div className="pj-body">
          <ProjectorTally tally={tally} inventory={inventory} />
          <TopPicks tally={tally} />
        </div>
      )}
      <Controls spotlight={shown !== null} hidden={hidden} onStep={step} onBack={back} onToggleHidden={toggleHidden} />
    </div>
  );
}

/** `/facilitate/:workshopId/project`: the tally in large type for the room, and one pair at a time in the spotlight. */
export function ProjectorPage({ workshopId }: { workshopId: string }) {
  return (
    <main id="main" className="projector-root" tabIndex={-1}>
      <LeaderGate workshopId={workshopId}>
        <Projector />
      </LeaderGate>
    </main>
  );
}
