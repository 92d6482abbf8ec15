import { useTranslation } from 'react-i18next';
import { setDetail } from '../../../shared/doc/planDoc.js';
import { GOALS, type Goal } from '../../../shared/doc/schema.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';

/** The goals a chosen item serves, as checkboxes saved to its `goals` detail (in the details panel and the plan draft). */
export function GoalChoice({
  itemId,
  itemText,
  goals,
  legend,
  className,
}: {
  itemId: string;
  itemText: string;
  goals: readonly Goal[];
  legend: string;
  className: string;
}) {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const readOnly = useReadOnly();
  const handleGoal = (goal: Goal, on: boolean): void => {
    const next = on ? [...goals, goal] : goals.filter((g) => g !== goal);
    setDetail(connection.doc, itemId, 'goals', GOALS.filter((g) => next.includes(g)));
  };
  return (
    <fieldset className={className} disabled={readOnly}>
      <legend>
        {legend}
        <span className="visually-hidden"> — {itemText}</span>
      </legend>
      {GOALS.map((goal) => (
        <label key={goal} className="check">
          <input type="checkbox" checked={goals.includes(goal)} onChange={(e) => handleGoal(goal, e.currentTarget.checked)} />
          {t(`details.goal.${goal}`)}
        </label>
      ))}
    </fieldset>
  );
}
