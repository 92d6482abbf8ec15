import { PRESENCE_COLORS, colorFor, initials } from '../../sync/presence.js';

/** A person's initials in their colour; decorative (say who it is in text beside it). */
export function Avatar({ id, name, size = 'md' }: { id: string; name: string; size?: 'sm' | 'md' }) {
  const index = PRESENCE_COLORS.indexOf(colorFor(id) as (typeof PRESENCE_COLORS)[number]);
  return (
    <span className={`avatar avatar--${size} avatar--c${index}`} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
