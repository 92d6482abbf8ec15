import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../../shared/protocol/clock.js';
import { warningMsOfLive } from '../../../shared/protocol/live.js';
import { useCountdown } from '../../sync/useCountdown.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { ChimeToggle } from './ChimeToggle.js';
import { useRoom } from './RoomContext.js';
import { useTimesUpChime } from './useTimesUpChime.js';

const ANNOUNCEMENTS = { running: '', warning: 'live.timesUp.announceWarning', paused: 'clock.announcePaused', up: 'clock.announceUp' } as const;

/**
 * The workshop clock. The time itself is a `timer` (not announced every
 * second); a separate live region speaks only when the phase changes:
 * two minutes left, paused, time's up. At zero a chime rings too, unless
 * the person muted it with the toggle beside the clock.
 */
export function Countdown() {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const countdown = useCountdown(connection);
  const warningMs = warningMsOfLive(useWorkshopLive(connection));
  const announcement = countdown && ANNOUNCEMENTS[countdown.phase];
  useTimesUpChime(countdown?.phase ?? null);
  return (
    <div className="countdown-slot">
      {countdown && (
        <div className={`countdown countdown--${countdown.phase}`} data-testid="countdown">
          <span className="countdown-label">{t(`clock.phase.${countdown.phase}`)}</span>
          <span className="countdown-time" role="timer" aria-label={t('clock.label')}>
            {countdown.phase === 'up' ? t('clock.up') : countdown.text}
          </span>
        </div>
      )}
      <ChimeToggle />
      <span className="visually-hidden" role="status">
        {announcement ? t(announcement, { time: formatRemaining(warningMs) }) : ''}
      </span>
    </div>
  );
}
