import { useEffect, useRef, useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPair } from '../../../shared/roster/pairRoster.js';
import type { RosterPerson } from '../../../shared/roster/parseRoster.js';
import type { SetupAction } from './setupForm.js';

const NEW_PAIR = 'new';

/** A seed for a reshuffle (any number will do; the shuffle itself is deterministic). */
const newSeed = (): number => Math.floor(Math.random() * 2 ** 31);

/**
 * The roster, paired: one card per pair (a Zoom breakout room). Each person
 * has a "Move … to" select, so pairs change without drag-and-drop; after a
 * move, focus follows the person to their new pair and the move is announced.
 */
export function RosterPairs({ pairs, people, dispatch }: { pairs: readonly RosterPair[]; people: readonly RosterPerson[]; dispatch: Dispatch<SetupAction> }) {
  const { t } = useTranslation();
  const selects = useRef(new Map<RosterPerson, HTMLSelectElement>());
  const follow = useRef<RosterPerson | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (follow.current) selects.current.get(follow.current)?.focus();
    follow.current = null;
  }, [pairs]);
  const trios = pairs.filter((p) => p.members.length === 3).length;
  const handleMove = (person: RosterPerson, fromPair: number, index: number, value: string): void => {
    const toPair = value === NEW_PAIR ? NEW_PAIR : Number(value);
    follow.current = person;
    dispatch({ type: 'move', fromPair, index, toPair });
    setAnnouncement(t('setup.roster.moved', { name: person.name, n: toPair === NEW_PAIR ? pairs.length + 1 : toPair }));
  };
  const handleReshuffle = (): void => {
    dispatch({ type: 'reshuffle', seed: newSeed() });
    setAnnouncement(t('setup.roster.reshuffled'));
  };
  return (
    <section className="roster-pairs" aria-labelledby="roster-pairs-heading">
      <div className="roster-pairs-head">
        <h2 id="roster-pairs-heading">{t('setup.roster.pairsHeading', { count: pairs.length })}</h2>
        <button type="button" className="button button--secondary button--small" onClick={handleReshuffle}>
          {t('setup.roster.reshuffle')}
        </button>
      </div>
      <p className="hint" data-testid="roster-summary">
        {t('setup.roster.summary', { people: people.length, pairs: pairs.length })}
        {trios > 0 ? ` · ${t('setup.roster.trios', { count: trios })}` : ''}
      </p>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <ol className="roster-pair-list">
        {pairs.map((pair) => (
          <li key={pair.n} className="roster-pair" data-testid={`roster-pair-${pair.n}`}>
            <h3 className="roster-pair-title">{t('setup.roster.pair', { n: pair.n })}</h3>
            {pair.members.length === 0 && <p className="hint">{t('setup.roster.emptyPair')}</p>}
            <ul className="roster-members">
              {pair.members.map((person, index) => {
                const id = `roster-move-${people.indexOf(person)}`;
                return (
                  <li key={id} className="roster-member">
                    <span className="roster-name">
                      {person.name}
                      {person.email && <span className="roster-email">{person.email}</span>}
                    </span>
                    <label htmlFor={id} className="visually-hidden">
                      {t('setup.roster.moveLabel', { name: person.name })}
                    </label>
                    <select
                      id={id}
                      className="roster-move"
                      value={String(pair.n)}
                      ref={(el) => {
                        if (el) selects.current.set(person, el);
                        return () => void selects.current.delete(person);
                      }}
                      onChange={(e) => handleMove(person, pair.n, index, e.currentTarget.value)}
                    >
                      {pairs.map((p) => (
                        <option key={p.n} value={String(p.n)}>
                          {t('setup.roster.pair', { n: p.n })}
                        </option>
                      ))}
                      <option value={NEW_PAIR}>{t('setup.roster.newPair')}</option>
                    </select>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
