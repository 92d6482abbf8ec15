import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityList } from '../../../shared/lists/types.js';
import { getLists } from '../../api/listsApi.js';
import { keepFacilitatorKey } from '../leader/facilitatorKey.js';
import { rememberWorkshop } from '../leader/rememberedWorkshops.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { SetupForm, type Created } from './SetupForm.js';
import { SetupResult } from './SetupResult.js';
import '../../styles/leader.css';

type Lists = { readonly status: 'loading' } | { readonly status: 'error' } | { readonly status: 'ready'; readonly lists: readonly ActivityList[] };

function useLists(attempt: number): Lists {
  const [lists, setLists] = useState<{ attempt: number; value: Lists } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    getLists(abort.signal).then(
      (value) => {
        if (!abort.signal.aborted) setLists({ attempt, value: { status: 'ready', lists: value } });
      },
      () => {
        if (!abort.signal.aborted) setLists({ attempt, value: { status: 'error' } });
      },
    );
    return () => abort.abort();
  }, [attempt]);
  return lists !== null && lists.attempt === attempt ? lists.value : { status: 'loading' };
}

/** `/new`: the leader's set-up, then the links to share. */
export function SetupPage() {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const lists = useLists(attempt);
  const [created, setCreated] = useState<Created | null>(null);
  usePageTitle(created ? t('setup.result.pageTitle', { title: created.title }) : t('setup.pageTitle'));
  const handleCreated = (result: Created): void => {
    keepFacilitatorKey(result.created.id, result.created.facilitatorKey);
    rememberWorkshop({ id: result.created.id, key: result.created.facilitatorKey, title: result.title, created: Date.now() });
    setCreated(result);
  };
  if (created) {
    const pairs = created.state.pairsBy === 'roster' ? created.state.pairs : null;
    return <SetupResult created={created.created} title={created.title} pairs={pairs} />;
  }
  return (
    <div className="setup-page" data-screen="setup">
      <h1>{t('setup.heading')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      {lists.status === 'loading' && (
        <p className="loading" role="status">
          {t('setup.loadingLists')}
        </p>
      )}
      {lists.status === 'error' && (
        <div role="alert" className="card">
          <p>{t('app.networkError')}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {lists.status === 'ready' && <SetupForm lists={lists.lists} onCreated={handleCreated} />}
    </div>
  );
}
