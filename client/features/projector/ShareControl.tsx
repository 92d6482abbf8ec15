import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENSUS_SHARES } from '../../../shared/tally/classifyTally.js';

/** The leader's choice of how many pairs make a consensus pick. */
export function ShareControl({ share, onShare }: { share: number; onShare: (share: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="pj-share">
      <label htmlFor={id}>{t('projector.shareLabel')}</label>{' '}
      <select id={id} value={share} onChange={(event) => onShare(Number(event.target.value))}>
        {CONSENSUS_SHARES.map((s) => (
          <option key={s} value={s}>
            {t('projector.shareOption', { percent: Math.round(s * 100) })}
          </option>
        ))}
      </select>
    </span>
  );
}
