/**
 * What every PDF shares (plan.pdf, report.pdf): the page sizes of each
 * paper (`shared/export/paper.ts`), the document with its text engine, and
 * the page numbers.
 */
import PDFDocument from 'pdfkit';
import type { Paper } from '../../shared/export/paper.js';
import type { Translate } from '../../shared/i18n/translate.js';
import { PdfText, type TextStyle } from './pdfText.js';

/** A page in points, with its margin on every side. */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/** US Letter (8.5 × 11 in) and A4 (210 × 297 mm) in points, half-inch margins. */
export const PDF_PAGES: Readonly<Record<Paper, PdfPage>> = {
  letter: { width: 612, height: 792, margin: 36 },
  a4: { width: 595.28, height: 841.89, margin: 36 },
};

/** The room kept at the foot of a page for its number. */
export const PAGE_FOOTER = 14;

/** A new PDF on `page` (pdfkit's own margins off: the layouts place everything), and its bytes once ended. */
export function openPdf(page: PdfPage, info: { Title: string; Author?: string; CreationDate: Date }): { doc: PDFKit.PDFDocument; pdfText: PdfText; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: [page.width, page.height],
    // Margins are handled by the layouts, so pdfkit never starts a page on its own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: true,
    info: { ...info, Creator: 'pairplan' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, pdfText: new PdfText(doc), done };
}

/** "Page 2 of 5" at the foot of every page, right-aligned; nothing on a one-page document. */
export function numberPages(pdfText: PdfText, page: PdfPage, t: Translate): void {
  const doc = pdfText.doc;
  const range = doc.bufferedPageRange();
  if (range.count < 2) return;
  const width = page.width - 2 * page.margin;
  const style: TextStyle = { face: 'regular', size: 7, color: '#4a4a4a', lineGap: 0 };
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const label = pdfText.wrap(t('export.page', { n: i + 1, total: range.count }), style, width);
    const labelWidth = label.lines[0]?.width ?? 0;
    pdfText.draw(label, style, page.margin + width - labelWidth, page.height - page.margin - 9, labelWidth);
  }
}
