import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyTally } from '../../../shared/tally/classifyTally.js';
import { ClockFace } from '../leader/ClockFace.js';
import { LeaderGate } from '../leader/LeaderGate.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderList, usePairs, useTally } from '../leader/useTally.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { comparedPairs, CompareView, togglePicked } from './CompareView.js';
import { ConsensusView, TallySummary } from './ConsensusView.js';
import { ProjectorControls } from './ProjectorControls.js';
import { ProjectorTally } from './ProjectorTally.js';
import { Spotlight } from './Spotlight.js';
import { spotlightOrder, stepSpotlight } from './spotlightOrder.js';
import { useConsensusShare } from './useConsensusShare.js';
import { toggleFullScreen, useProjectorKeys, type ProjectorView } from './useProjectorKeys.js';
import '../../styles/projector.css';

function Projector() {
  const { t } = useTranslation();
  const { connection, workshop } = useLeader();
  const pairs = usePairs();
  const tally = useTally();
  const list = useLeaderList();
  const [view, setView] = useState<ProjectorView>('tally');
  const [spotlight, setSpotlight] = useState<number | null>(null);
  const [hidden, setHidden] = useState(false);
  // Set on a reveal, cleared when the bars' one animation ends (issue 15).
  const [revealing, setRevealing] = useState(false);
  const [digits, setDigits] = useState('');
  const [picked, setPicked] = useState<readonly number[] | null>(null);
  const [share, setShare] = useConsensusShare(workshop.id);
  const order = useMemo(() => spotlightOrder(pairs), [pairs]);
  const classes = useMemo(() => classifyTally(tally, share), [tally, share]);
  const tags = useMemo(() => ({ consensus: new Set(classes.consensus.map((r) => r.activityId)), contested: new Set(classes.contested.map((r) => r.activityId)) }), [classes]);
  usePageTitle(t('projector.pageTitle', { title: workshop.title }));
  const step = (direction: 1 | -1): void => setSpotlight((current) => stepSpotlight(order, current, direction));
  const show = (next: ProjectorView): void => {
    setSpotlight(null);
    setView(next);
  };
  const toggleHidden = (): void => {
    setRevealing(hidden);
    setHidden(!hidden);
  };
  const jump = (n: number): void => {
    if (pairs.some((p) => p.n === n)) setSpotlight(n);
  };
  useProjectorKeys({ next: () => step(1), previous: () => step(-1), back: () => show('tally'), fullScreen: toggleFullScreen, toggleHidden, show, jump, typing: setDigits });
  const shown = spotlight === null ? null : (pairs.find((p) => p.n === spotlight) ?? null);
  const summaryProps = { classes, activePairs: tally.activePairs, share, onShare: setShare };
  const content = shown ? (
    <Spotlight pair={shown} list={list} position={order.indexOf(shown.n) + 1} total={order.length} />
  ) : view === 'consensus' ? (
    <ConsensusView {...summaryProps} />
  ) : view === 'compare' ? (
    <CompareView pairs={pairs} order={order} picked={picked} list={list} onToggle={(n) => setPicked((p) => togglePicked(comparedPairs(order, p), n))} />
  ) : (
    <div className="pj-body">
      <ProjectorTally tally={tally} inventory={list.mode === 'inventory'} tags={tags} />
      <TallySummary {...summaryProps} />
    </div>
  );
  return (
    <div className="projector">
      <header className="pj-header">
        <div className="pj-title">
          <h1>{workshop.title}</h1>
          <p className="pj-sub">{t('projector.active', { active: tally.activePairs, pairs: tally.pairs })}</p>
        </div>
        <ClockFace source={connection} variant="projector" />
      </header>
      {hidden ? (
        <div className="pj-hidden" data-testid="projector-hidden">
          <p>{t('projector.hidden')}</p>
        </div>
      ) : (
        <div className={revealing ? 'pj-content pj-content--reveal' : 'pj-content'} data-testid="projector-content" onAnimationEnd={() => setRevealing(false)}>
          {content}
        </div>
      )}
      <ProjectorControls view={view} spotlight={shown !== null} hidden={hidden} digits={digits} onStep={step} onShow={show} onToggleHidden={toggleHidden} />
    </div>
  );
}

/** `/facilitate/:workshopId/project`: the tally in large type for the room, the consensus and compare views, and one pair at a time in the spotlight. */
export function ProjectorPage({ workshopId }: { workshopId: string }) {
  return (
    <main id="main" className="projector-root" data-screen="projector" tabIndex={-1}>
      <LeaderGate workshopId={workshopId}>
        <Projector />
      </LeaderGate>
    </main>
  );
}
