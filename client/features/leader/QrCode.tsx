import { useMemo } from 'react';
import { toQrPath } from './toQrPath.js';

/** `text`'s QR code as an SVG image in a data URL (the CSP allows `data:` images; no script, no inline style). */
export function toQrDataUrl(text: string): string {
  const { path, size } = toQrPath(text);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** A QR code of `text`, black on white whatever the theme (scanners need the contrast). `label` is its alt text. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const src = useMemo(() => toQrDataUrl(text), [text]);
  return <img className="qr-code" src={src} alt={label} width={176} height={176} data-testid="qr-code" />;
}
