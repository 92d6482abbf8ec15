import { useTranslation } from 'react-i18next';
import { AgreeButton } from './AgreeButton.js';
import { Countdown } from './Countdown.js';
import { RulesBar } from './RulesBar.js';
import { useAgreeAction } from './useAgreeAction.js';

/**
 * The phone's bar (issue 18): fixed at the bottom of a narrow screen, always
 * in reach — where the plan stands (the rules bar, compact), the time left
 * and its chime toggle, and "We agree", so partners agree without scrolling
 * past all the activities. Wide screens show the sticky bar at the top instead.
 */
export function CompactBar() {
  const { t } = useTranslation();
  const action = useAgreeAction();
  return (
    <div className="compact-bar" data-testid="compact-bar">
      <RulesBar compact />
      <div className="compact-actions">
        <Countdown />
        {action.status.proposed && (
          <span className="compact-proposed">
            <span aria-hidden="true">✓ </span>
            {t('agree.proposedShort')}
          </span>
        )}
        <AgreeButton action={action} showReasons={false} className="compact-agree" />
      </div>
    </div>
  );
}
