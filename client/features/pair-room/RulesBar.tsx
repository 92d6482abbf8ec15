import { useTranslation } from 'react-i18next';
import { formatPlanSummary, formatViolation } from '../../../shared/rules/formatPlanStatus.js';
import { toTranslate } from '../../i18n/index.js';
import { textLanguage } from './listLanguage.js';
import { RefusalMessage } from './RefusalMessage.js';
import { useRoom } from './RoomContext.js';
import { useEvaluation } from './useEvaluation.js';

/**
 * Where the plan stands, always in view: the summary line ("11 of 14 · 5 of
 * 6 strategies · missing: …") and any over-maximum violation in a polite
 * live region, the refused-tick message, and per-strategy coverage in words.
 */
export function RulesBar() {
  const { t } = useTranslation();
  const translate = toTranslate(t);
  const evaluation = useEvaluation();
  const { list } = useRoom();
  const overMax = evaluation.violations.filter((v) => v.code === 'over-max');
  return (
    <section className="rules-bar" aria-label={t('rulesBar.label')}>
      <div role="status" aria-live="polite" className="rules-summary" data-testid="rules-bar">
        <p className="rules-line">
          <span className={evaluation.valid ? 'rules-mark rules-mark--ok' : 'rules-mark'} aria-hidden="true">
            {evaluation.valid ? '✓' : '•'}
          </span>
          {formatPlanSummary(evaluation, translate)}
          {evaluation.valid && <span className="rules-valid"> · {t('rules.valid')}</span>}
        </p>
        {overMax.map((v) => (
          <p key={v.code} className="rules-violation">
            <span aria-hidden="true">⚠ </span>
            {formatViolation(v, translate)}
          </p>
        ))}
      </div>
      <RefusalMessage />
      {evaluation.strategies.length > 1 && (
        <ul className="coverage" aria-label={t('rulesBar.coverage')}>
          {evaluation.strategies.map((s) => (
            <li key={s.strategyId} className={s.covered ? 'coverage-item coverage-item--ok' : 'coverage-item'}>
              <span aria-hidden="true">{s.covered ? '✓' : '○'}</span> <span lang={textLanguage(list, s.strategyId)}>{s.title}</span>
              <span className="visually-hidden"> — {t(s.covered ? 'rulesBar.covered' : 'rulesBar.missing')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
