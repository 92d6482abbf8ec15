import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { InviteCard } from '../leader/InviteCard.js';
import { LeaderGate } from '../leader/LeaderGate.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderList } from '../leader/useTally.js';
import { LeaderStatus } from '../leader/LeaderStatus.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { BroadcastPanel } from './BroadcastPanel.js';
import { ClockPanel } from './ClockPanel.js';
import { resetDashboardStore } from './dashboardStore.js';
import { ExportsPanel } from './ExportsPanel.js';
import { LockPanel } from './LockPanel.js';
import { PairsPanel } from './PairsPanel.js';
import { SessionPanel } from './SessionPanel.js';
import '../../styles/sessionPanel.css';
import { TallyPanel } from './TallyPanel.js';
import '../../styles/leader.css';

/** The join link for participants, on this server. */
function joinUrlOf(joinCode: string): string {
  return `${globalThis.location.origin}/j/${joinCode}`;
}

function Dashboard() {
  const { t } = useTranslation();
  const { workshop } = useLeader();
  const list = useLeaderList();
  usePageTitle(t('dashboard.pageTitle', { title: workshop.title }));
  useEffect(() => resetDashboardStore, []);
  return (
    <div className="dashboard" data-screen="dashboard">
      <header className="dashboard-header">
        <div>
          <h1>{workshop.title}</h1>
          <p className="dashboard-sub">
            {t('dashboard.subtitle', { list: list.title, count: workshop.pairs.length })} · {t(`setup.mode.${workshop.list.mode}Short`)}
          </p>
        </div>
        <div className="dashboard-header-actions">
          <LeaderStatus />
          {/* A new window, so the dashboard stays open behind the projector (issue 15). */}
          <a href={`/facilitate/${workshop.id}/project`} target="_blank" rel="noopener" className="button button--secondary">
            {t('dashboard.openProjector')}
            <span className="visually-hidden"> {t('dashboard.opensNewWindow')}</span>
          </a>
        </div>
      </header>
      <div className="dashboard-layout">
        <div className="dashboard-main">
          <PairsPanel />
          <TallyPanel />
        </div>
        <aside className="dashboard-side" aria-label={t('dashboard.controlsLabel')}>
          <ClockPanel />
          <LockPanel />
          <BroadcastPanel />
          <SessionPanel />
          <div className="panel">
            <InviteCard joinUrl={joinUrlOf(workshop.joinCode)} joinCode={workshop.joinCode} />
          </div>
          <ExportsPanel />
        </aside>
      </div>
    </div>
  );
}

/** `/facilitate/:workshopId`: the leader's dashboard (key from the link's fragment, this tab, or the remembered workshops). */
export function DashboardPage({ workshopId }: { workshopId: string }) {
  return (
    <LeaderGate workshopId={workshopId}>
      <Dashboard />
    </LeaderGate>
  );
}
