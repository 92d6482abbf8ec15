import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockAction } from '../../../shared/protocol/clock.js';
import { RULE_BOUNDS } from '../../../shared/rules/ruleBounds.js';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useCountdown } from '../../sync/useCountdown.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { ClockFace } from '../leader/ClockFace.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import { useTimesUpChime } from '../pair-room/useTimesUpChime.js';
import { TimesUpPrompt } from './TimesUpPrompt.js';
import { TimesUpSettings } from './TimesUpSettings.js';

/** A clock button; busy while a request is out (aria-disabled keeps it focusable). */
function ClockButton({ label, onClick, busy, primary }: { label: string; onClick: () => void; busy: boolean; primary?: boolean }) {
  return (
    <button type="button" className={`button ${primary ? 'button--primary' : ''}`} aria-disabled={busy || undefined} onClick={busy ? undefined : onClick}>
      {label}
    </button>
  );
}

/** One countdown for every pair: start (with minutes), pause, resume, add time, end; "need more time?" at zero. */
export function ClockPanel() {
  const { t } = useTranslation();
  const { connection, workshop, auth } = useLeader();
  const live = useWorkshopLive(connection);
  const countdown = useCountdown(connection);
  // The warning and time's up chime on the leader's screen too (issue 14).
  useTimesUpChime(countdown?.phase ?? null);
  // A workshop without a clock by default (the inventories) still gets one if the leader gives it minutes.
  const [minutes, setMinutes] = useState(workshop.rules.minutes === null ? '' : String(workshop.rules.minutes));
  const action = useLeaderAction();
  const send = (kind: ClockAction, value?: number): void => action.run(() => postLeaderAction(auth, 'clock', value === undefined ? { action: kind } : { action: kind, minutes: value }));
  const status = live?.clock.status ?? 'idle';
  const up = countdown?.phase === 'up';
  const typed = Number(minutes);
  const validMinutes = Number.isFinite(typed) && typed >= RULE_BOUNDS.minutes.min && typed <= RULE_BOUNDS.minutes.max;
  const canStart = status === 'idle' || status === 'ended' || up;
  return (
    <section className="panel clock-panel" aria-labelledby="clock-heading">
      <h2 id="clock-heading">{t('dashboard.clock.heading')}</h2>
      <ClockFace source={connection} />
      {up && <TimesUpPrompt />}
      <div className="clock-controls">
        {status === 'running' && !up && <ClockButton label={t('dashboard.clock.pause')} onClick={() => send('pause')} busy={action.pending} />}
        {status === 'paused' && <ClockButton label={t('dashboard.clock.resume')} onClick={() => send('resume')} busy={action.pending} primary />}
        {status !== 'idle' &&
          (up ? [2, 5] : [1, 5]).map((m) => <ClockButton key={m} label={t('dashboard.clock.add', { count: m })} onClick={() => send('add', m)} busy={action.pending} />)}
        {(status === 'running' || status === 'paused') && !up && <ClockButton label={t('dashboard.clock.end')} onClick={() => send('end')} busy={action.pending} />}
      </div>
      {canStart && (
        <form
          className="clock-start"
          onSubmit={(e) => {
            e.preventDefault();
            if (validMinutes && !action.pending) send('start', typed);
          }}
        >
          <div className="field field--inline">
            <label htmlFor="clock-minutes">{t('dashboard.clock.minutes')}</label>
            <input id="clock-minutes" type="number" inputMode="numeric" min={RULE_BOUNDS.minutes.min} max={RULE_BOUNDS.minutes.max} step={1} value={minutes} aria-invalid={validMinutes ? undefined : true} onChange={(e) => setMinutes(e.currentTarget.value)} />
          </div>
          <button type="submit" className="button button--primary" aria-disabled={action.pending || !validMinutes || undefined}>
            {status === 'idle' ? t('dashboard.clock.start') : t('dashboard.clock.restart')}
          </button>
        </form>
      )}
      <div role="alert" className="live-slot">
        {action.error && <p className="field-error">{action.error}</p>}
      </div>
      <TimesUpSettings />
    </section>
  );
}
