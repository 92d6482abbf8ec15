import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { normalizeJoinCode } from '../../../shared/protocol/joinCode.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { JoinForm } from './JoinForm.js';
import { useJoinInfo } from './useJoinInfo.js';
import type { MessageKey } from '../../../shared/i18n/messages.js';

/** `/j/:code`: name and pair, then into the pair room. */
export function JoinPage({ code }: { code: string }) {
  const normalized = normalizeJoinCode(code);
  return normalized === null ? <JoinProblem messageKey="join.invalidCode" /> : <JoinWorkshop code={normalized} />;
}

function JoinWorkshop({ code }: { code: string }) {
  const { t } = useTranslation();
  const state = useJoinInfo(code);
  usePageTitle(state.status === 'ready' ? t('join.pageTitle', { title: state.info.title }) : t('join.loading'));
  switch (state.status) {
    case 'loading':
      return (
        <p className="page-narrow loading" role="status">
          {t('join.loading')}
        </p>
      );
    case 'not-found':
      return <JoinProblem messageKey="join.notFound" />;
    case 'error':
      return <JoinProblem messageKey="app.networkError" message={state.message} />;
    case 'ready':
      return <JoinForm code={code} info={state.info} />;
  }
}

function JoinProblem({ messageKey, message }: { messageKey: MessageKey; message?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-narrow card" role="alert">
      <h1>{t('join.problemTitle')}</h1>
      <p>{message || t(messageKey)}</p>
      <p>
        <Link href="/">{t('join.anotherCode')}</Link>
      </p>
    </div>
  );
}
