/**
 * ✓ and ☆ drawn as vector shapes: the standard PDF fonts have neither
 * (WinAnsi), and the marks must print on any machine without an embedded font.
 */
import type { Mark } from '../../shared/doc/schema.js';

/** Draws the mark in a `size`-point square whose top-left corner is (x, y). */
export function drawMark(doc: PDFKit.PDFDocument, mark: Mark, x: number, y: number, size: number, color = '#1f3a5f'): void {
  doc.save().strokeColor(color).lineJoin('round').lineCap('round');
  if (mark === 'now') {
    doc
      .lineWidth(size * 0.15)
      .moveTo(x + size * 0.08, y + size * 0.55)
      .lineTo(x + size * 0.4, y + size * 0.88)
      .lineTo(x + size * 0.95, y + size * 0.12)
      .stroke();
  } else {
    const cx = x + size / 2;
    const cy = y + size * 0.53;
    const outer = size / 2;
    const inner = outer * 0.42;
    const points: [number, number][] = [];
    for (let i = 0; i < 10; i++) {
      const angle = -Math.PI / 2 + (i * Math.PI) / 5;
      const radius = i % 2 === 0 ? outer : inner;
      points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
    }
    doc.lineWidth(size * 0.09).polygon(...points).stroke();
  }
  doc.restore();
}
