import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAFT_FIELDS } from '../../../shared/doc/fields.js';
import { planRows, type PlanRow } from '../../../shared/export/planRows.js';
import { activityShortLabel } from '../../../shared/lists/activityShortLabel.js';
import { usePlan } from '../../sync/usePlan.js';
import { GoalChoice } from './GoalChoice.js';
import { SharedTextInput } from './SharedTextInput.js';
import { textLanguage } from './listLanguage.js';
import { useRoom } from './RoomContext.js';

/** The school year's months and quarters, offered as timeline suggestions (free text is allowed too). */
const TIMELINE_KEYS = ['q1', 'q2', 'q3', 'q4', 'aug', 'sep', 'oct', 'nov', 'dec', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'all'] as const;

/** The column heads a wide draft shows once above its rows (each field keeps its own full label for screen readers and phones). */
const COLUMNS = ['activity', ...DRAFT_FIELDS, 'goal'] as const;

/**
 * The Leadership Plan draft: for every chosen activity, when (month or
 * quarter), who is responsible, resources/budget and the goal it serves.
 * Each field is shared text in the pair's document: both partners can type
 * in it at once, and it goes into every export. Each row reads as a plan
 * line — activity (its first words) · when · who · resources · goal — in
 * aligned columns on a laptop, a compact card on a phone (issue 18).
 */
export function PlanDraft() {
  const { t } = useTranslation();
  const { connection, list } = useRoom();
  const plan = usePlan(connection);
  const rows = planRows({ plan, list });
  const suggestionsId = useId();
  const byStrategy = new Map<string, PlanRow[]>();
  for (const row of rows) byStrategy.set(row.strategy, [...(byStrategy.get(row.strategy) ?? []), row]);
  return (
    // The wide layout has a column per draft field (plan.css reads the count).
    <section className="card plan-draft" aria-labelledby="draft-heading" data-testid="plan-draft" style={{ '--draft-fields': DRAFT_FIELDS.length } as CSSProperties}>
      <h2 id="draft-heading">{t('draft.heading')}</h2>
      <p className="hint">{t('draft.hint')}</p>
      {rows.length === 0 ? (
        <p className="draft-empty">{t('draft.empty')}</p>
      ) : (
        <div className="draft-head" aria-hidden="true">
          {COLUMNS.map((key) => (
            <span key={key}>{t(`draft.column.${key}`)}</span>
          ))}
        </div>
      )}
      {rows.length > 0 &&
        [...byStrategy].map(([strategy, items]) => (
          <div key={strategy} className="draft-strategy">
            <h3 lang={textLanguage(list, items[0].strategyId)}>{strategy}</h3>
            {items.map((row) => (
              <DraftItem key={row.itemId} row={row} suggestionsId={suggestionsId} />
            ))}
          </div>
        ))}
      <datalist id={suggestionsId}>
        {TIMELINE_KEYS.map((key) => (
          <option key={key} value={t(`draft.when.${key}`)} />
        ))}
      </datalist>
    </section>
  );
}

function DraftItem({ row, suggestionsId }: { row: PlanRow; suggestionsId: string }) {
  const { t } = useTranslation();
  const { list } = useRoom();
  const base = useId();
  const labelId = `${base}-label`;
  const fields = DRAFT_FIELDS.map((field) => ({ field, label: t(`draft.${field}`), list: field === 'timeline' ? suggestionsId : undefined }));
  // A listed activity's own short label (issue 15); a write-in's first words.
  const activity = list.strategies.flatMap((s) => s.activities).find((a) => a.id === row.itemId);
  const label = activityShortLabel(activity ?? { text: row.text });
  return (
    <div role="group" className="draft-item" aria-labelledby={labelId} data-testid={`draft-${row.itemId}`}>
      {/* The row is named by the whole text (for screen readers and the tooltip); the eye reads its first words. */}
      <p className="draft-activity" id={labelId} lang={textLanguage(list, row.itemId)} title={label === row.text ? undefined : row.text}>
        <span aria-hidden="true">{label}</span>
        <span className="visually-hidden">{row.text}</span>
      </p>
      {fields.map(({ field, label, list }) => (
        <div className={`field draft-field draft-field--${field}`} key={field}>
          <label htmlFor={`${base}-${field}`}>
            {label}
            <span className="visually-hidden"> — {row.text}</span>
          </label>
          <SharedTextInput id={`${base}-${field}`} itemId={row.itemId} field={field} list={list} />
        </div>
      ))}
      <GoalChoice itemId={row.itemId} itemText={row.text} goals={row.goals} legend={t('draft.goal')} className="draft-goals" />
    </div>
  );
}
