import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { HomePage } from './features/home/HomePage.js';
import { JoinPage } from './features/join/JoinPage.js';
import { PairRoomPage } from './features/pair-room/PairRoomPage.js';
import { PrintPlanPage } from './features/print/PrintPlanPage.js';
import { AppShell } from './features/shell/AppShell.js';
import { NotFoundPage } from './features/shell/NotFoundPage.js';
import type { ZoomViews } from './zoom/zoomViews.js';

// The leader's screens load on demand, so a partner's phone never downloads them.
const SetupPage = lazy(() => import('./features/setup/SetupPage.js').then((m) => ({ default: m.SetupPage })));
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const ReportPage = lazy(() => import('./features/report/ReportPage.js').then((m) => ({ default: m.ReportPage })));
// The Zoom App's home (issue 16): its own chunk, and the SDK a further one, so a browser visitor loads neither.
const ZoomPage = lazy(() => import('./zoom/ZoomPage.js').then((m) => ({ default: m.ZoomPage })));
const WatchPairPage = lazy(() => import('./features/watch/WatchPairPage.js').then((m) => ({ default: m.WatchPairPage })));
const ProjectorPage = lazy(() => import('./features/projector/ProjectorPage.js').then((m) => ({ default: m.ProjectorPage })));

/** The pages the Zoom App shows a participant (client/zoom/zoomViews.ts says why they are handed in). */
const ZOOM_VIEWS: ZoomViews = {
  pairRoom: (workshopId, key) => <PairRoomPage key={key} workshopId={workshopId} />,
  joinPage: (code) => <JoinPage code={code} />,
};

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="page-narrow loading" role="status">
          {t('leader.gate.loadingScreen')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

/** The routes: partners' (`/j/:code`, `/w/:workshopId`) and the leader's (`/new`, `/facilitate/:workshopId`, its `/project` view, `/report` page and `/pair/:n` read-only view of one pair). */
export function App() {
  return (
    <Switch>
      {/* The projector fills the screen: no site header. */}
      <Route path="/facilitate/:workshopId/project">
        {(params) => (
          <Loading>
            <ProjectorPage key={params.workshopId} workshopId={params.workshopId} />
          </Loading>
        )}
      </Route>
      <Route>
        <AppShell>
          <Switch>
            <Route path="/">
              <HomePage />
            </Route>
            <Route path="/new">
              <Loading>
                <SetupPage />
              </Loading>
            </Route>
            <Route path="/facilitate/:workshopId/report">
              {(params) => (
                <Loading>
                  <ReportPage key={params.workshopId} workshopId={params.workshopId} />
                </Loading>
              )}
            </Route>
            <Route path="/facilitate/:workshopId/pair/:n">
              {(params) => (
                <Loading>
                  <WatchPairPage key={`${params.workshopId}/${params.n}`} workshopId={params.workshopId} pair={params.n} />
                </Loading>
              )}
            </Route>
            <Route path="/facilitate/:workshopId">
              {(params) => (
                <Loading>
                  <DashboardPage key={params.workshopId} workshopId={params.workshopId} />
                </Loading>
              )}
            </Route>
            <Route path="/zoom">
              <Loading>
                <ZoomPage views={ZOOM_VIEWS} />
              </Loading>
            </Route>
            <Route path="/j/:code">{(params) => <JoinPage key={params.code} code={params.code} />}</Route>
            <Route path="/w/:workshopId/print">{(params) => <PrintPlanPage key={params.workshopId} workshopId={params.workshopId} />}</Route>
            <Route path="/w/:workshopId">{(params) => <PairRoomPage key={params.workshopId} workshopId={params.workshopId} />}</Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </AppShell>
      </Route>
    </Switch>
  );
}
