import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DRAFT_FIELDS } from '../../../shared/doc/fields.js';
import { formatGoals, formatMarkWord } from '../../../shared/export/labels.js';
import { formatPartners } from '../../../shared/export/planPartners.js';
import { planRows } from '../../../shared/export/planRows.js';
import { planStatus } from '../../../shared/export/planStatus.js';
import { participationFacts, workshopReport, type WorkshopReport } from '../../../shared/export/workshopReport.js';
import type { Translate } from '../../../shared/i18n/translate.js';
import { LeaderGate } from '../leader/LeaderGate.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useConsensusShare } from '../projector/useConsensusShare.js';
import { useLeaderList, usePairs } from '../leader/useTally.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import '../../styles/report.css';

function Plans({ report, t }: { report: WorkshopReport; t: Translate }) {
  return (
    <section className="rp-plans">
      <h2>{t('report.plans')}</h2>
      {report.plans.map((plan) => {
        const status = planStatus(plan);
        const rows = planRows(plan);
        return (
          <article key={plan.pair} className="rp-plan" data-testid={`report-plan-${plan.pair}`}>
            <h3>{t('export.pairNumber', { n: plan.pair })}</h3>
            <p>
              {t('export.partners')}: {formatPartners(plan.partners, t)}
            </p>
            <p className="rp-muted">
              {t('export.status')}: {status.summary} · {status.agreementLine}
            </p>
            {rows.length === 0 ? (
              <p className="rp-muted">{t('export.nothingChosen')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('export.strategy')}</th>
                    <th scope="col">{t('export.activity')}</th>
                    {DRAFT_FIELDS.map((field) => (
                      <th key={field} scope="col">
                        {t(`export.${field}`)}
                      </th>
                    ))}
                    <th scope="col">{t('export.goals')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.itemId}>
                      <td>{row.strategy}</td>
                      <td>
                        {row.text}
                        {[formatMarkWord(row.mark, t), row.kind === 'write-in' ? t('export.writeIn') : '', row.split ? `${t('export.split')}: ${t('export.splitYes')}` : '']
                          .filter((s) => s !== '')
                          .map((tag) => (
                            <span key={tag} className="rp-tag">
                              {' '}
                              · {tag}
                            </span>
                          ))}
                        {row.note.trim() !== '' && (
                          <span className="rp-note">
                            {t('export.note')}: {row.note}
                          </span>
                        )}
                      </td>
                      {DRAFT_FIELDS.map((field) => (
                        <td key={field}>{row[field]}</td>
                      ))}
                      <td>{formatGoals(row.goals, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        );
      })}
    </section>
  );
}

function Report() {
  const { t } = useTranslation();
  const { workshop } = useLeader();
  const list = useLeaderList();
  const pairs = usePairs();
  const [share] = useConsensusShare(workshop.id);
  const report = useMemo(
    () => workshopReport({ ...workshop, list }, pairs.map((p) => ({ n: p.n, plan: p.plan, present: p.present })), { t, exportedAt: Date.now(), share }),
    [workshop, list, pairs, t, share],
  );
  usePageTitle(`${t('report.title')} · ${workshop.title}`);
  const { participation: p, classes, tally } = report;
  const consensus = new Set(classes.consensus.map((r) => r.activityId));
  const counts = participationFacts(p, t);
  return (
    <article className="rp" data-testid="workshop-report">
      <p className="rp-actions no-print">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('report.print')}
        </button>{' '}
        <Link className="button button--quiet" href={`/facilitate/${encodeURIComponent(workshop.id)}`}>
          {t('report.back')}
        </Link>
      </p>
      <h1>{t('report.title')}</h1>
      <p className="rp-workshop">{report.title}</p>
      <dl className="rp-meta">
        <dt>{t('report.date')}</dt>
        <dd>{report.date}</dd>
        <dt>{t('export.list')}</dt>
        <dd>{report.listTitle}</dd>
        {report.source !== '' && (
          <>
            <dt>{t('export.source')}</dt>
            <dd>{report.source}</dd>
          </>
        )}
        <dt>{t('report.rules')}</dt>
        <dd>{report.rules}</dd>
      </dl>
      <section>
        <h2>{t('report.participation')}</h2>
        <dl className="rp-meta" data-testid="report-participation">
          {counts.map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{n}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h2>{t('report.tally')}</h2>
        <p className="rp-muted">{t('report.tallyHint', { count: tally.activePairs })}</p>
        {tally.strategies.map((strategy) => (
          <div key={strategy.strategyId} className="rp-strategy">
            <h3>{strategy.title}</h3>
            <ul className="rp-bars">
              {strategy.rows.map((row) => (
                <li key={row.activityId} className={consensus.has(row.activityId) ? 'rp-bar rp-bar--consensus' : 'rp-bar'}>
                  <span className="rp-bar-label">{row.text}</span>
                  <span className="rp-bar-track" aria-hidden="true">
                    <span className="rp-bar-fill" style={{ width: `${(100 * row.count) / Math.max(1, tally.activePairs)}%` }} />
                  </span>
                  <span className="rp-bar-count">
                    {row.count}
                    {row.split > 0 && ` · ${t('report.splitCount', { split: row.split, count: row.count })}`}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <ReportList
        testId="report-consensus"
        heading={t('report.consensus', { threshold: classes.threshold, active: tally.activePairs, percent: Math.round(report.share * 100) })}
        items={classes.consensus.map((row) => ({ key: row.activityId, text: `${row.text} — ${row.count} / ${tally.activePairs}` }))}
      />
      <ReportList
        testId="report-contested"
        heading={t('report.contested')}
        items={classes.contested.map((row) => ({ key: row.activityId, text: `${row.text} — ${t('report.splitCount', { split: row.split, count: row.count })}` }))}
      />
      <ReportList
        testId="report-write-ins"
        heading={t('report.writeIns')}
        items={report.writeIns.map((group) => ({ key: group.key, text: `${group.text} — ${group.count} (${t('report.writeInPairs', { pairs: group.pairs.join(', ') })})` }))}
      />
      <Plans report={report} t={t} />
    </article>
  );
}

/** `/facilitate/:workshopId/report`: the workshop report (as report.pdf has it) laid out for paper, with a Print button. */
export function ReportPage({ workshopId }: { workshopId: string }) {
  return (
    <div data-screen="report">
      <LeaderGate workshopId={workshopId}>
        <Report />
      </LeaderGate>
    </div>
  );
}

/** One of the report's lists (consensus, contested, write-ins), or "none". */
function ReportList({ testId, heading, items }: { testId: string; heading: string; items: readonly { key: string; text: string }[] }) {
  const { t } = useTranslation();
  return (
    <section data-testid={testId}>
      <h2>{heading}</h2>
      {items.length === 0 ? (
        <p className="rp-muted">{t('report.none')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
