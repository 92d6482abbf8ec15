import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DRAFT_FIELDS } from '../../../shared/doc/fields.js';
import { formatPartners } from '../../../shared/export/planPartners.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { loadPrintPlan, type PrintPlan, type PrintRow } from './printPlan.js';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; plan: PrintPlan };

/** `/w/:workshopId/print`: the pair's plan laid out for paper (print CSS), with a Print button. */
export function PrintPlanPage({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    loadPrintPlan(workshopId, lang, abort.signal).then(
      (plan) => setState({ status: 'ready', plan }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ status: 'error', message: error.message });
      },
    );
    return () => abort.abort();
  }, [workshopId, lang]);
  usePageTitle(state.status === 'ready' ? t('print.pageTitle', { n: state.plan.pair, title: state.plan.workshop }) : t('room.loading'));
  if (state.status === 'loading') {
    return (
      <p className="page-narrow loading" role="status">
        {t('room.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="page-narrow card" role="alert">
        <h1>{t('room.errorTitle')}</h1>
        <p>{state.message === 'network' ? t('app.networkError') : state.message}</p>
      </div>
    );
  }
  const { plan } = state;
  const groups = new Map<string, PrintRow[]>();
  for (const row of plan.activities) groups.set(row.strategy, [...(groups.get(row.strategy) ?? []), row]);
  const markSymbol = (row: PrintRow): string => (row.mark === 'now' ? '✓ ' : row.mark === 'future' ? '☆ ' : '');
  const goalWords = (row: PrintRow): string => row.goals.map((g) => t(`details.goal.${g}`)).join(', ');
  return (
    <article className="print-plan" data-screen="print" data-testid="print-plan">
      <p className="print-actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>{' '}
        <Link className="button button--quiet" href={`/w/${encodeURIComponent(workshopId)}`}>
          {t('print.back')}
        </Link>
      </p>
      <h1>{t('export.planTitle')}</h1>
      <dl className="print-meta">
        <dt>{t('export.workshop')}</dt>
        <dd>{plan.workshop}</dd>
        <dt>{t('export.pair')}</dt>
        <dd>{plan.pair}</dd>
        <dt>{t('export.partners')}</dt>
        <dd>{formatPartners(plan.partners, t)}</dd>
        <dt>{t('export.list')}</dt>
        <dd>{plan.listTitle}</dd>
        {plan.listSource && (
          <>
            <dt>{t('export.source')}</dt>
            <dd data-testid="print-source">{plan.listSource}</dd>
          </>
        )}
        <dt>{t('export.agreement')}</dt>
        <dd>
          {plan.agreed && plan.agreedAt
            ? t('export.agreedBy', { names: plan.agreedBy.join(', '), date: new Date(plan.agreedAt).toLocaleDateString(lang, { timeZone: plan.timeZone }) })
            : t('export.notAgreed')}{' '}
          <span data-testid="print-agreement-covers">{t('agreement.covers')}</span>
        </dd>
      </dl>
      {plan.activities.length === 0 && <p>{t('export.nothingChosen')}</p>}
      {[...groups].map(([strategy, rows]) => (
        <section key={strategy} className="print-strategy">
          <h2>{strategy}</h2>
          <ul>
            {rows.map((row) => (
              <li key={row.itemId}>
                {markSymbol(row)}
                {row.text}
                {row.kind === 'write-in' && <em> ({t('export.writeIn')})</em>}
                {row.goals.length > 0 && <span className="print-tags"> · {goalWords(row)}</span>}
                {row.split && (
                  <span className="print-tags" data-testid="print-split">
                    {' '}
                    · <span aria-hidden="true">⇄ </span>
                    {t('export.splitYes')}
                  </span>
                )}
                {row.note !== '' && <p className="print-note">{row.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {plan.activities.length > 0 && (
        <section className="print-draft">
          <h2>{t('export.planDraft')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('export.activity')}</th>
                <th scope="col">{t('export.goals')}</th>
                {DRAFT_FIELDS.map((field) => (
                  <th scope="col" key={field}>
                    {t(`export.${field}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.activities.map((row) => (
                <tr key={row.itemId}>
                  <th scope="row">{row.text}</th>
                  <td>{goalWords(row)}</td>
                  {DRAFT_FIELDS.map((field) => (
                    <td key={field}>{row[field]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}
