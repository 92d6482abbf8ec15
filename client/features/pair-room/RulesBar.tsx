import { useTranslation } from 'react-i18next';
import { formatPlanSummary, formatViolation } from '../../../shared/rules/formatPlanStatus.js';
import { RefusalMessage } from './RefusalMessage.js';
import { useEvaluation } from './useEvaluation.js';

/**
 * Where the plan stands, always in view: the summary line ("11 of 14 · 5 of
 * 6 strategies · missing: …"), any over-maximum violation and, for an empty
 * plan, what agreeing needs first ("Mark at least one activity…"; issue 12),
 * in a polite live region, and the refused-tick message. This line is the room's one
 * statement of the rules' state (issue 18): each strategy card says whether
 * it is covered, and the agree button's description repeats only what is
 * missing. `compact`: the phone's bottom bar (two lines at most).
 */
export function RulesBar({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const evaluation = useEvaluation();
  // Missing strategies are in the summary line already; the other violations get a sentence.
  const sentences = evaluation.violations.filter((v) => v.code !== 'under-min');
  return (
    <section className={compact ? 'rules-bar rules-bar--compact' : 'rules-bar'} aria-label={t('rulesBar.label')}>
      <div role="status" aria-live="polite" className="rules-summary" data-testid="rules-bar">
        <p className={evaluation.valid ? 'rules-line rules-line--ok' : 'rules-line'}>
          {evaluation.valid && (
            <span className="rules-mark" aria-hidden="true">
              ✓
            </span>
          )}
          {formatPlanSummary(evaluation, t)}
          {evaluation.valid && <span className="rules-valid"> · {t('rules.valid')}</span>}
        </p>
        {sentences.map((v) => (
          <p key={v.code} className="rules-violation">
            <span aria-hidden="true">⚠ </span>
            {formatViolation(v, t)}
          </p>
        ))}
      </div>
      <RefusalMessage />
    </section>
  );
}
