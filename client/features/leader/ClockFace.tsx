import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../../shared/protocol/clock.js';
import { warningMsOfLive } from '../../../shared/protocol/live.js';
import { useCountdown } from '../../sync/useCountdown.js';
import { useWorkshopLive, type LiveSource } from '../../sync/useWorkshopLive.js';
import '../../styles/clockFace.css';

const ANNOUNCEMENTS = { running: '', warning: 'live.timesUp.announceWarning', paused: 'clock.announcePaused', up: 'clock.announceUp' } as const;

/**
 * The workshop countdown as the pairs see it (same server clock, same
 * phases: a warning in the last two minutes, "Time's up" at zero), for the
 * leader's screens. Idle shows the length that will start. Phase changes are
 * announced once, politely; the time itself is not read out every second.
 */
export function ClockFace({ source, variant = 'dashboard' }: { source: LiveSource; variant?: 'dashboard' | 'projector' }) {
  const { t } = useTranslation();
  const countdown = useCountdown(source);
  const live = useWorkshopLive(source);
  const durationMs = live?.clock.durationMs ?? 0;
  const warningMs = warningMsOfLive(live);
  const phase = countdown?.phase ?? 'idle';
  const announcement = countdown ? ANNOUNCEMENTS[countdown.phase] : '';
  return (
    <div className={`clock-face clock-face--${variant} clock-face--${phase}`} data-testid="leader-countdown" data-phase={phase}>
      <span className="clock-face-label">{phase === 'idle' ? t('leader.clock.notStarted') : t(`clock.phase.${phase}`)}</span>
      <span className="clock-face-time" role="timer" aria-label={t('clock.label')}>
        {countdown === null ? (durationMs === 0 ? t('leader.clock.none') : formatRemaining(durationMs)) : countdown.phase === 'up' ? t('clock.up') : countdown.text}
      </span>
      <span className="visually-hidden" role="status">
        {announcement ? t(announcement, { time: formatRemaining(warningMs) }) : ''}
      </span>
    </div>
  );
}
