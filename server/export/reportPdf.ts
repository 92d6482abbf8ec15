/**
 * report.pdf (issue 15): the workshop report of `shared/export/workshopReport.ts`
 * on Letter or A4. First the workshop (date, list with its citation, rules),
 * participation, the tally as horizontal bars grouped by strategy (a
 * consensus pick's bar in the accent colour, a contested one's split count
 * beside it), the consensus picks and contested activities, the grouped
 * write-ins; then every pair's plan from the top of a page, drawn by the
 * plan PDF's own code (`planPdf.ts`). Page numbers on every page.
 */
import type { WorkshopFileInput } from '../../shared/export/formats.js';
import { localizeWorkshop } from '../../shared/export/localizeWorkshop.js';
import { paperOf } from '../../shared/export/paper.js';
import { participationFacts, workshopReport, type WorkshopReport } from '../../shared/export/workshopReport.js';
import { createTranslate, type Translate } from '../../shared/i18n/translate.js';
import { PAGE_FOOTER, PDF_PAGES, numberPages, openPdf, type PdfPage } from './pdfPage.js';
import { COLORS, drawPlan, planModel } from './planPdf.js';
import type { PdfText, TextStyle } from './pdfText.js';

const STYLES = {
  title: { face: 'bold', size: 18, color: COLORS.accent, lineGap: 1 },
  workshop: { face: 'bold', size: 12, color: COLORS.text, lineGap: 1 },
  meta: { face: 'regular', size: 9, color: COLORS.text, lineGap: 0.8 },
  section: { face: 'bold', size: 11, color: COLORS.accent, lineGap: 1 },
  group: { face: 'bold', size: 8.5, color: COLORS.accent, lineGap: 0.6 },
  body: { face: 'regular', size: 8.5, color: COLORS.text, lineGap: 0.6 },
  count: { face: 'bold', size: 8, color: COLORS.text, lineGap: 0 },
  muted: { face: 'regular', size: 8, color: COLORS.muted, lineGap: 0.6 },
} as const satisfies Record<string, TextStyle>;
type Style = keyof typeof STYLES;

const BAR = { consensus: COLORS.accent, other: '#8fa6c4', track: '#eef1f5', height: 7 } as const;
/** The share of the width the activity's text takes in the chart; the bar has the rest. */
const LABEL_SHARE = 0.56;

/** Writes the report's first pages top to bottom, starting a page when one is full. */
class Flow {
  y: number;
  private readonly width: number;
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly pdfText: PdfText,
    private readonly page: PdfPage,
  ) {
    this.y = page.margin;
    this.width = page.width - 2 * page.margin;
  }
  /** Starts a new page unless `height` fits on this one. */
  room(height: number): void {
    if (this.y + height <= this.page.height - this.page.margin - PAGE_FOOTER || this.y === this.page.margin) return;
    this.doc.addPage();
    this.y = this.page.margin;
  }
  text(text: string, style: Style, options: { indent?: number; gap?: number } = {}): void {
    const indent = options.indent ?? 0;
    const wrapped = this.pdfText.wrap(text, STYLES[style], this.width - indent);
    this.room(wrapped.height);
    this.pdfText.draw(wrapped, STYLES[style], this.page.margin + indent, this.y, this.width - indent);
    this.y += wrapped.height + (options.gap ?? 2);
  }
  section(title: string): void {
    // A heading never ends a page alone.
    this.room(40);
    this.y += 8;
    this.text(title, 'section', { gap: 4 });
  }
  /** One chart row: the activity's full text, its bar (of `total`) and its count. */
  bar(label: string, count: number, total: number, consensus: boolean, note: string): void {
    const labelWidth = this.width * LABEL_SHARE - 6;
    const wrapped = this.pdfText.wrap(label, STYLES.body, labelWidth);
    const height = Math.max(wrapped.height, BAR.height + 2) + 3;
    this.room(height);
    const x = this.page.margin;
    this.pdfText.draw(wrapped, STYLES.body, x, this.y, labelWidth);
    const barX = x + this.width * LABEL_SHARE;
    const barWidth = this.width * (1 - LABEL_SHARE) - 70;
    const barY = this.y + 1.5;
    this.doc.save().rect(barX, barY, barWidth, BAR.height).fill(BAR.track).restore();
    if (count > 0) this.doc.save().rect(barX, barY, Math.max(1.5, (barWidth * count) / Math.max(1, total)), BAR.height).fill(consensus ? BAR.consensus : BAR.other).restore();
    const countText = note === '' ? String(count) : `${count} · ${note}`;
    const counted = this.pdfText.wrap(countText, STYLES.count, 66);
    this.pdfText.draw(counted, STYLES.count, barX + barWidth + 4, this.y, 66);
    this.y += height;
  }
  band(title: string): void {
    const wrapped = this.pdfText.wrap(title, STYLES.group, this.width - 6);
    this.room(wrapped.height + 20);
    this.doc.save().rect(this.page.margin, this.y, this.width, wrapped.height + 4).fill(COLORS.group).restore();
    this.pdfText.draw(wrapped, STYLES.group, this.page.margin + 3, this.y + 2, this.width - 6);
    this.y += wrapped.height + 7;
  }
}

function drawSummary(flow: Flow, report: WorkshopReport, t: Translate): void {
  const { participation: p, classes, tally } = report;
  flow.text(t('report.title'), 'title', { gap: 4 });
  flow.text(report.title, 'workshop', { gap: 4 });
  flow.text(`${t('report.date')}: ${report.date}`, 'meta');
  flow.text(`${t('export.list')}: ${report.listTitle}`, 'meta');
  if (report.source !== '') flow.text(`${t('export.source')}: ${report.source}`, 'muted');
  flow.text(`${t('report.rules')}: ${report.rules}`, 'meta');

  flow.section(t('report.participation'));
  const counts = participationFacts(p, t);
  for (const [label, n] of counts) flow.text(`${label}: ${n}`, 'meta');

  flow.section(t('report.tally'));
  flow.text(t('report.tallyHint', { count: tally.activePairs }), 'muted', { gap: 5 });
  const consensus = new Set(classes.consensus.map((r) => r.activityId));
  for (const strategy of tally.strategies) {
    flow.band(strategy.title);
    for (const row of strategy.rows) {
      flow.bar(row.text, row.count, tally.activePairs, consensus.has(row.activityId), row.split > 0 ? t('report.splitCount', { split: row.split, count: row.count }) : '');
    }
  }

  flow.section(t('report.consensus', { threshold: classes.threshold, active: tally.activePairs, percent: Math.round(report.share * 100) }));
  if (classes.consensus.length === 0) flow.text(t('report.none'), 'muted');
  for (const row of classes.consensus) flow.text(`• ${row.text} — ${row.count} / ${tally.activePairs}`, 'body', { indent: 6 });

  flow.section(t('report.contested'));
  if (classes.contested.length === 0) flow.text(t('report.none'), 'muted');
  for (const row of classes.contested) flow.text(`• ${row.text} — ${t('report.splitCount', { split: row.split, count: row.count })}`, 'body', { indent: 6 });

  flow.section(t('report.writeIns'));
  if (report.writeIns.length === 0) flow.text(t('report.none'), 'muted');
  for (const group of report.writeIns) flow.text(`• ${group.text} — ${group.count} (${t('report.writeInPairs', { pairs: group.pairs.join(', ') })})`, 'body', { indent: 6 });
}

/** The workshop report's PDF, in `input.lang`, on `input.paper` (the language's by default). */
export function reportPdf(input: WorkshopFileInput): Promise<Uint8Array> {
  const t = createTranslate(input.lang);
  const workshop = localizeWorkshop(input.workshop, input.lang);
  const report = workshopReport(workshop, input.pairs, { t, exportedAt: input.exportedAt });
  const page = PDF_PAGES[paperOf(input.paper, input.lang)];
  const { doc, pdfText, done } = openPdf(page, { Title: `${t('report.title')} — ${workshop.title}`, CreationDate: new Date(input.exportedAt) });
  drawSummary(new Flow(doc, pdfText, page), report, t);
  for (const plan of report.plans) {
    doc.addPage();
    drawPlan(doc, pdfText, planModel({ ...plan, t }, t), page);
  }
  numberPages(pdfText, page, t);
  doc.end();
  return done;
}
