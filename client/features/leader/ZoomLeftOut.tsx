import { useTranslation } from 'react-i18next';
import type { RosterPair } from '../../../shared/roster/pairRoster.js';
import { zoomCsvLeftOut } from '../../../shared/roster/zoomCsvLeftOut.js';

/**
 * Beside the Zoom CSV's download: how many roster members it leaves out for
 * having no e-mail, and who, with their room (issue 14), so the leader can
 * place them in Zoom by hand.
 */
export function ZoomLeftOut({ pairs }: { pairs: readonly RosterPair[] }) {
  const { t } = useTranslation();
  const left = zoomCsvLeftOut(pairs);
  if (left.length === 0) {
    return (
      <p className="hint" data-testid="zoom-left-out">
        {t('zoomCsv.allIn')}
      </p>
    );
  }
  return (
    <div className="zoom-left-out" data-testid="zoom-left-out">
      <p className="hint">{t('zoomCsv.leftOut', { count: left.length })}</p>
      <ul className="hint">
        {left.map((m, i) => (
          <li key={`${m.pair}-${i}`}>{t('zoomCsv.member', { name: m.name, n: m.pair })}</li>
        ))}
      </ul>
    </div>
  );
}
