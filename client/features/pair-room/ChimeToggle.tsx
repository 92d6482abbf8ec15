import { useTranslation } from 'react-i18next';
import { Icon } from '../shell/Icon.js';
import { chimePlayer } from './ChimePlayer.js';
import { setChimeMuted, useChimeMuted } from './chimeMuted.js';

/**
 * "Mute chime": a toggle button (aria-pressed) for this person only,
 * remembered on this device. Unmuting is a click, so it also unlocks audio.
 */
export function ChimeToggle() {
  const { t } = useTranslation();
  const muted = useChimeMuted();
  const handleClick = (): void => {
    setChimeMuted(!muted);
    if (muted) chimePlayer.unlock();
  };
  return (
    <button
      type="button"
      className="chime-toggle"
      aria-pressed={muted}
      title={t(muted ? 'chime.isOff' : 'chime.isOn')}
      data-testid="chime-toggle"
      onClick={handleClick}
    >
      <Icon name={muted ? 'bellOff' : 'bell'} />
      <span className="chime-toggle-text">{t('chime.mute')}</span>
    </button>
  );
}
