import { Route, Switch } from 'wouter';
import { HomePage } from './features/home/HomePage.js';
import { JoinPage } from './features/join/JoinPage.js';
import { PairRoomPage } from './features/pair-room/PairRoomPage.js';
import { PrintPlanPage } from './features/print/PrintPlanPage.js';
import { AppShell } from './features/shell/AppShell.js';
import { NotFoundPage } from './features/shell/NotFoundPage.js';

/**
 * The routes. The leader's screens slot in beside these as
 * `features/setup`, `features/dashboard` and `features/projector`
 * (e.g. `/new`, `/facilitate/:workshopId`, `/project/:workshopId`).
 */
export function App() {
  return (
    <AppShell>
      <Switch>
        <Route path="/">
          <HomePage />
        </Route>
        <Route path="/j/:code">{(params) => <JoinPage key={params.code} code={params.code} />}</Route>
        <Route path="/w/:workshopId/print">{(params) => <PrintPlanPage key={params.workshopId} workshopId={params.workshopId} />}</Route>
        <Route path="/w/:workshopId">{(params) => <PairRoomPage key={params.workshopId} workshopId={params.workshopId} />}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </AppShell>
  );
}
