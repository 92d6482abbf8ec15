import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import { peopleOf } from './sessionForm.js';

/**
 * "Move…" on a pair's card and in a pair opened read-only (issue 14): pick
 * one of the pair's people (`people`: those here, on its roster or who
 * joined it; repeats are shown once) and another pair; their open room
 * follows them there. A disclosure, so 30 cards stay short.
 */
export interface MoveControlProps {
  /** The pair's number. */
  readonly n: number;
  readonly people: readonly string[];
}

export function MoveControl({ n, people }: MoveControlProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="move-control" data-testid={`move-${n}`} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('sessionChange.move')}</summary>
      {/* Built when opened: 30 cards of closed forms, each listing every other pair, slowed the dashboard. */}
      {open && <MoveForm n={n} people={people} />}
    </details>
  );
}

function MoveForm({ n: from, people: named }: MoveControlProps) {
  const { t } = useTranslation();
  const { workshop, auth } = useLeader();
  const id = useId();
  const people = peopleOf(named);
  const targets = workshop.pairs.map((p) => p.n).filter((n) => n !== from);
  const [person, setPerson] = useState('');
  const [target, setTarget] = useState('');
  const [done, setDone] = useState<{ name: string; n: number } | null>(null);
  const action = useLeaderAction();
  const name = people.includes(person) ? person : (people[0] ?? '');
  const to = targets.includes(Number(target)) ? Number(target) : (targets[0] ?? 0);
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (action.pending || name === '' || to === 0) return;
    setDone(null);
    action.run(() => postLeaderAction(auth, 'move', { name, from, to }).then(() => setDone({ name, n: to })));
  };
  return (
    <>
      {people.length === 0 || targets.length === 0 ? (
        <p className="hint">{t('sessionChange.moveNobody')}</p>
      ) : (
        <form onSubmit={handleSubmit} aria-label={t('sessionChange.moveLabel', { n: from })}>
          <div className="field field--inline">
            <label htmlFor={`${id}-person`}>{t('sessionChange.movePerson')}</label>
            <select id={`${id}-person`} value={name} onChange={(e) => setPerson(e.currentTarget.value)}>
              {people.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor={`${id}-to`}>{t('sessionChange.moveTarget')}</label>
            <select id={`${id}-to`} value={to} onChange={(e) => setTarget(e.currentTarget.value)}>
              {targets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary button--small" aria-disabled={action.pending || undefined}>
            {t('sessionChange.moveConfirm')}
          </button>
        </form>
      )}
      <div role="status" className="live-slot">
        {action.error ? <p className="field-error">{action.error}</p> : done && <p className="hint">{t('sessionChange.moved', { name: done.name, n: done.n })}</p>}
      </div>
    </>
  );
}
