import { PRESENCE_COLORS, colorFor, initials } from '../../sync/presence.js';
import '../../styles/avatar.css';

/**
 * A person's initials (or `label`, which tells them apart from someone with
 * the same initials: `distinctInitials`) in their colour; decorative (say who
 * it is in text beside it).
 */
export function Avatar({ id, name, label, size = 'md' }: { id: string; name: string; label?: string; size?: 'sm' | 'md' }) {
  const index = PRESENCE_COLORS.indexOf(colorFor(id) as (typeof PRESENCE_COLORS)[number]);
  const text = label ?? initials(name);
  return (
    <span className={`avatar avatar--${size} avatar--c${index}${[...text].length > 2 ? ' avatar--long' : ''}`} aria-hidden="true">
      {text}
    </span>
  );
}
