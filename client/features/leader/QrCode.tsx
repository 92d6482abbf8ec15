import { useMemo } from 'react';
import { toQrPath } from './toQrPath.js';

/** A QR code of `text`, black on white whatever the theme (scanners need the contrast). `label` names it for screen readers. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { path, size } = useMemo(() => toQrPath(text), [text]);
  return (
    <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="qr-code">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
