import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDashboard } from '../../sync/useDashboard.js';
import { useFacilitatorKey } from './facilitatorKey.js';
import { LeaderContext, type LeaderModel } from './LeaderContext.js';
import { rememberWorkshop } from './rememberedWorkshops.js';
import { usePageTitle } from '../shell/usePageTitle.js';

function Problem({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <div className="page-narrow card" role="alert">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link href="/">{t('app.goHome')}</Link>
      </p>
    </div>
  );
}

function Opening() {
  const { t } = useTranslation();
  usePageTitle(t('leader.gate.loading'));
  return (
    <p className="page-narrow loading" role="status">
      {t('leader.gate.loading')}
    </p>
  );
}

function Connected({ workshopId, secret, children }: { workshopId: string; secret: string; children: ReactNode }) {
  const { t } = useTranslation();
  const state = useDashboard(workshopId, secret);
  const connection = state.status === 'ready' ? state.connection : null;
  const workshop = state.status === 'ready' ? state.workshop : null;
  const model = useMemo<LeaderModel | null>(
    () => (connection && workshop ? { connection, workshop, auth: { workshopId, key: secret } } : null),
    [connection, workshop, workshopId, secret],
  );
  useEffect(() => {
    if (model) rememberWorkshop({ id: workshopId, key: secret, title: model.workshop.title, created: model.workshop.createdAt });
  }, [model, workshopId, secret]);
  if (state.status === 'error') return <Problem title={t('leader.gate.errorTitle')} body={t(state.messageKey)} />;
  if (model === null) return <Opening />;
  return <LeaderContext value={model}>{children}</LeaderContext>;
}

/**
 * The door to the leader's screens: finds the facilitator key (link
 * fragment, this tab, or the remembered workshops), opens the live stream,
 * and renders `children` once the workshop is there — or says why not.
 */
export function LeaderGate({ workshopId, children }: { workshopId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const key = useFacilitatorKey(workshopId);
  if (key === null) return <Problem title={t('leader.gate.noKeyTitle')} body={t('leader.gate.noKey')} />;
  return (
    <Connected workshopId={workshopId} secret={key}>
      {children}
    </Connected>
  );
}
