/**
 * A QR code as one SVG path (dark modules, merged into horizontal runs), so
 * it renders as a small SVG image: no canvas, no inline script or style,
 * nothing the page's Content-Security-Policy does not already allow
 * (`img-src 'self' data:`).
 */
import QRCode from 'qrcode';

/** Modules of white border around the symbol (the QR "quiet zone"). */
export const QR_MARGIN = 4;

/** The path of `text`'s QR code and the side of its square view box, in modules. */
export function toQrPath(text: string): { path: string; size: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      parts.push(`M${start + QR_MARGIN} ${row + QR_MARGIN}h${col - start}v1h${start - col}z`);
    }
  }
  return { path: parts.join(''), size: n + 2 * QR_MARGIN };
}
