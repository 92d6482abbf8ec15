import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinInfo } from '../../../shared/protocol/responses.js';

/** The option that lets the server find a roster member's pair by name. */
export const ROSTER_CHOICE = 'roster';

/**
 * The pair (breakout room) number: a select of 1..N with the roster's names,
 * or — when the link carried `?pair=` — that pair, with a way to change it.
 */
export function PairPicker({
  info,
  value,
  onChange,
  hasRoster,
  error,
}: {
  info: JoinInfo;
  value: string;
  onChange: (value: string) => void;
  hasRoster: boolean;
  error: string | null;
}) {
  const { t } = useTranslation();
  // Only a pair the link gave (a value at mount) collapses to "You are in pair N";
  // choosing in the select never replaces the select under the person's keyboard.
  const [changing, setChanging] = useState(() => value === '' || value === ROSTER_CHOICE);
  const given = value !== '' && value !== ROSTER_CHOICE && !changing;
  if (given) {
    return (
      <div className="field">
        <p className="pair-given" data-testid="pair-given">
          {t('join.pairGiven', { n: value })}{' '}
          <button type="button" className="link-button" onClick={() => setChanging(true)}>
            {t('join.pairChange')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor="join-pair">{t('join.pairLabel')}</label>
      <select
        id="join-pair"
        name="pair"
        required
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'join-pair-error' : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('join.pairPlaceholder')}</option>
        {hasRoster && <option value={ROSTER_CHOICE}>{t('join.pairFromRoster')}</option>}
        {info.pairs.map((p) => (
          <option key={p.n} value={String(p.n)}>
            {p.members.length + p.joined.length > 0
              ? t('join.pairOptionMembers', { n: p.n, members: [...p.members, ...p.joined].join(', ') })
              : t('join.pairOption', { n: p.n })}
          </option>
        ))}
      </select>
      {error && (
        <p id="join-pair-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
