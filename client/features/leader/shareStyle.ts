import type { CSSProperties } from 'react';

/**
 * A bar's fill as a CSS custom property (`--share`, 0…1), set through the
 * CSSOM, which the page's Content-Security-Policy allows (it forbids style
 * attributes in markup, not style set by script).
 */
export function shareStyle(share: number): CSSProperties {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return { '--share': String(clamped) } as CSSProperties;
}
