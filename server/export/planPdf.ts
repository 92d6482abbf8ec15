/**
 * One pair's plan as a printable PDF (US Letter or A4, `pdfPage.ts`): title, workshop, pair,
 * date, partners, where the plan stands, then one table grouped by strategy
 * that is both the plan and the Leadership Plan draft: activity (with its
 * mark, write-in tag, split flag and note), timeline, person responsible,
 * resources / budget, goal. Sizes shrink step by step until the plan fits
 * one page (a 14-activity Essential List plan always does); a longer plan
 * (an inventory) goes on at the normal size over several pages.
 * Text only: user text is printed as it is, never interpreted, in the
 * script it was typed in (pdfText.ts: Noto fonts, bidi, shaping).
 */
import { DRAFT_FIELDS } from '../../shared/doc/fields.js';
import { formatDate, formatGoals, formatMarkWord } from '../../shared/export/labels.js';
import { formatPartners } from '../../shared/export/planPartners.js';
import { english } from '../../shared/i18n/english.js';
import type { KeysUnder } from '../../shared/i18n/messages.js';
import { planRows, type PlanRow } from '../../shared/export/planRows.js';
import { planStatus } from '../../shared/export/planStatus.js';
import type { PlanExportInput } from '../../shared/export/types.js';
import type { Translate } from '../../shared/i18n/translate.js';
import type { Paper } from '../../shared/export/paper.js';
import type { FontFace } from './pdfFonts.js';
import { PAGE_FOOTER, PDF_PAGES, numberPages, openPdf, type PdfPage } from './pdfPage.js';
import { drawMark } from './pdfGlyphs.js';
import { cleanText, type PdfText, type TextStyle, type WrappedText } from './pdfText.js';

/** Size factors tried, largest first, to fit a plan on one page. */
const SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7] as const;
/** The table's columns and their shares of the width: the activity, each plan-draft field alike, the goal. */
const DRAFT_SHARE = 0.44 / DRAFT_FIELDS.length;
const COLUMNS: readonly { readonly key: KeysUnder<'export'>; readonly share: number }[] = [
  { key: 'activity', share: 0.43 },
  ...DRAFT_FIELDS.map((key) => ({ key, share: DRAFT_SHARE })),
  { key: 'goals', share: 0.13 },
];
export const COLORS = { text: '#111111', muted: '#4a4a4a', rule: '#c9ced6', head: '#e6ebf1', group: '#f3f5f8', accent: '#1f3a5f' } as const;

type Style = 'title' | 'meta' | 'small' | 'head' | 'group' | 'body' | 'sub' | 'note' | 'cell';
const FONTS: Record<Style, { face: FontFace; size: number; color: string }> = {
  title: { face: 'bold', size: 16, color: COLORS.accent },
  meta: { face: 'regular', size: 9.5, color: COLORS.text },
  small: { face: 'regular', size: 8, color: COLORS.muted },
  head: { face: 'bold', size: 7.5, color: COLORS.text },
  group: { face: 'bold', size: 8.5, color: COLORS.accent },
  body: { face: 'regular', size: 8.5, color: COLORS.text },
  sub: { face: 'bold', size: 7, color: COLORS.muted },
  note: { face: 'italic', size: 7.5, color: COLORS.muted },
  cell: { face: 'regular', size: 7.5, color: COLORS.text },
};

interface Para {
  readonly text: string;
  readonly style: Style;
}
interface Cell {
  readonly paras: readonly Para[];
  readonly mark?: PlanRow['mark'];
}
type TableRow = { readonly type: 'group'; readonly title: string } | { readonly type: 'item'; readonly cells: readonly Cell[] };

/** Everything the page shows, as text, before any size is chosen. */
export interface PdfModel {
  readonly header: readonly Para[];
  readonly columnTitles: readonly string[];
  readonly rows: readonly TableRow[];
  readonly empty: string | null;
  readonly inventory: boolean;
}

/** A paragraph, its white space made one space once, here. */
const para = (text: string, style: Style): Para => ({ text: cleanText(text), style });

function itemCells(row: PlanRow, t: Translate): Cell[] {
  const tags = [
    formatMarkWord(row.mark, t),
    row.kind === 'write-in' ? t('export.writeIn') : '',
    row.split ? `${t('export.split')}: ${t('export.splitYes')}` : '',
  ].filter((s) => s !== '');
  const activity: Para[] = [para(row.text, 'body')];
  if (tags.length > 0) activity.push(para(tags.join(' · '), 'sub'));
  if (row.note.trim() !== '') activity.push(para(`${t('export.note')}: ${row.note}`, 'note'));
  const plain = (text: string): Cell => ({ paras: text.trim() === '' ? [] : [para(text, 'cell')] });
  return [{ paras: activity, mark: row.mark }, ...DRAFT_FIELDS.map((field) => plain(row[field])), plain(formatGoals(row.goals, t))];
}

/** The plan's page as text: its header (title, workshop, partners, list, status) and its table. */
export function planModel(input: PlanExportInput & { exportedAt: number }, t: Translate): PdfModel {
  const status = planStatus(input);
  const rows = planRows(input);
  const listTitle = input.list.subtitle ? `${input.list.title} — ${input.list.subtitle}` : input.list.title;
  const header: Para[] = [
    para(t('export.planTitle'), 'title'),
    para(`${input.workshopTitle} · ${t('export.pairNumber', { n: input.pair })} · ${t('export.exported')} ${formatDate(input.exportedAt, input.timeZone)}`, 'meta'),
    para(`${t('export.partners')}: ${formatPartners(input.partners, t)}`, 'meta'),
    para(`${t('export.list')}: ${listTitle}`, 'small'),
    // The list's citation on every export (issue 18).
    ...(input.list.source.trim() === '' ? [] : [para(`${t('export.source')}: ${input.list.source}`, 'small')]),
    para(`${t('export.status')}: ${status.summary} · ${status.agreementLine} (${status.agreementCovers})`, 'small'),
  ];
  const table: TableRow[] = [];
  for (const strategy of input.list.strategies) {
    const mine = rows.filter((r) => r.strategyId === strategy.id);
    if (mine.length === 0) continue;
    table.push({ type: 'group', title: cleanText(strategy.title) });
    for (const row of mine) table.push({ type: 'item', cells: itemCells(row, t) });
  }
  return {
    header,
    columnTitles: COLUMNS.map((c) => cleanText(t(`export.${c.key}`))),
    rows: table,
    empty: rows.length === 0 ? cleanText(t('export.nothingChosen')) : null,
    inventory: input.list.mode === 'inventory',
  };
}

/** Lays out and draws a {@link PdfModel} at one size factor; every text is wrapped once to measure it. */
class Layout {
  readonly padX = 3;
  private readonly contentWidth: number;
  private readonly wrapped = new Map<string, WrappedText>();
  private readonly rowHeights = new Map<TableRow, number>();
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly pdfText: PdfText,
    private readonly model: PdfModel,
    private readonly scale: number,
    private readonly page: PdfPage,
  ) {
    this.contentWidth = page.width - 2 * page.margin;
  }

  private get padY(): number {
    return 2.4 * this.scale;
  }
  private get gutter(): number {
    return this.model.inventory ? 10 * this.scale : 0;
  }
  private style(style: Style): TextStyle {
    const f = FONTS[style];
    return { face: f.face, size: f.size * this.scale, color: f.color, lineGap: 0.6 * this.scale };
  }
  private wrap(para: Para, width: number): WrappedText {
    const key = `${para.style}\u0000${width}\u0000${para.text}`;
    let wrapped = this.wrapped.get(key);
    if (wrapped === undefined) this.wrapped.set(key, (wrapped = this.pdfText.wrap(para.text, this.style(para.style), width)));
    return wrapped;
  }
  private paraHeight(para: Para, width: number): number {
    return this.wrap(para, width).height;
  }
  private columnX(i: number): { x: number; width: number } {
    const before = COLUMNS.slice(0, i).reduce((sum, c) => sum + c.share, 0);
    return { x: this.page.margin + before * this.contentWidth, width: COLUMNS[i].share * this.contentWidth };
  }
  private cellWidth(i: number): number {
    return this.columnX(i).width - 2 * this.padX - (i === 0 ? this.gutter : 0);
  }
  private cellHeight(cell: Cell, i: number): number {
    return cell.paras.reduce((sum, p, k) => sum + this.paraHeight(p, this.cellWidth(i)) + (k > 0 ? 1.2 * this.scale : 0), 0);
  }

  headerHeight(): number {
    return this.model.header.reduce((sum, p) => sum + this.paraHeight(p, this.contentWidth) + this.headerGap(p), 0) + 4 * this.scale;
  }
  private headerGap(p: Para): number {
    return p.style === 'title' ? 4 * this.scale : 1.5 * this.scale;
  }
  columnHeadHeight(): number {
    const heights = this.model.columnTitles.map((title, i) => this.paraHeight({ text: title, style: 'head' }, this.cellWidth(i) + (i === 0 ? this.gutter : 0)));
    return Math.max(...heights) + 2 * this.padY;
  }
  rowHeight(row: TableRow): number {
    let height = this.rowHeights.get(row);
    if (height === undefined) this.rowHeights.set(row, (height = this.measureRow(row)));
    return height;
  }
  private measureRow(row: TableRow): number {
    if (row.type === 'group') return this.paraHeight({ text: row.title, style: 'group' }, this.contentWidth - 2 * this.padX) + 2 * this.padY + 1;
    return Math.max(0, ...row.cells.map((c, i) => this.cellHeight(c, i))) + 2 * this.padY;
  }
  /** The height of the first activity under `group` (0 when none follows). */
  firstItemHeight(group: TableRow): number {
    const next = this.model.rows[this.model.rows.indexOf(group) + 1];
    return next && next.type === 'item' ? this.rowHeight(next) : 0;
  }
  totalHeight(): number {
    const empty = this.model.empty ? this.paraHeight({ text: this.model.empty, style: 'meta' }, this.contentWidth) : 0;
    const table = this.model.rows.length > 0 ? this.columnHeadHeight() + this.model.rows.reduce((s, r) => s + this.rowHeight(r), 0) : 0;
    return this.headerHeight() + empty + table;
  }

  /** Draws `para` and returns its height. */
  private text(para: Para, x: number, y: number, width: number): number {
    const wrapped = this.wrap(para, width);
    this.pdfText.draw(wrapped, this.style(para.style), x, y, width);
    return wrapped.height;
  }
  private rule(y: number): void {
    this.doc.save().strokeColor(COLORS.rule).lineWidth(0.5).moveTo(this.page.margin, y).lineTo(this.page.margin + this.contentWidth, y).stroke().restore();
  }
  private band(y: number, height: number, color: string): void {
    this.doc.save().rect(this.page.margin, y, this.contentWidth, height).fill(color).restore();
  }

  drawHeader(y: number): number {
    for (const p of this.model.header) y += this.text(p, this.page.margin, y, this.contentWidth) + this.headerGap(p);
    y += 4 * this.scale;
    if (this.model.empty) y += this.text({ text: this.model.empty, style: 'meta' }, this.page.margin, y, this.contentWidth);
    return y;
  }
  drawColumnHead(y: number): number {
    const height = this.columnHeadHeight();
    this.band(y, height, COLORS.head);
    this.model.columnTitles.forEach((title, i) => {
      this.text({ text: title, style: 'head' }, this.columnX(i).x + this.padX, y + this.padY, this.cellWidth(i) + (i === 0 ? this.gutter : 0));
    });
    return y + height;
  }
  drawRow(row: TableRow, y: number): number {
    const height = this.rowHeight(row);
    if (row.type === 'group') {
      this.band(y + 1, height - 1, COLORS.group);
      this.text({ text: row.title, style: 'group' }, this.page.margin + this.padX, y + 1 + this.padY, this.contentWidth - 2 * this.padX);
      return y + height;
    }
    row.cells.forEach((cell, i) => {
      const { x } = this.columnX(i);
      let cy = y + this.padY;
      if (i === 0 && cell.mark) drawMark(this.doc, cell.mark, x + this.padX, cy + 0.5 * this.scale, 7 * this.scale);
      const left = x + this.padX + (i === 0 ? this.gutter : 0);
      cell.paras.forEach((p, k) => {
        cy += (k > 0 ? 1.2 * this.scale : 0) + this.text(p, left, cy, this.cellWidth(i));
      });
    });
    this.rule(y + height);
    return y + height;
  }
}

/** The largest size factor whose layout fits one page, or `null` when none does. */
function fittingScale(doc: PDFKit.PDFDocument, pdfText: PdfText, model: PdfModel, page: PdfPage): number | null {
  const room = page.height - 2 * page.margin;
  return SCALES.find((s) => new Layout(doc, pdfText, model, s, page).totalHeight() <= room) ?? null;
}

/**
 * Draws a plan from the top of the current page, on as many pages as it
 * needs; `bottom` is the room kept under it for page numbers.
 */
function drawModel(doc: PDFKit.PDFDocument, model: PdfModel, layout: Layout, page: PdfPage, bottom: number): void {
  const end = page.height - page.margin - bottom;
  let y = layout.drawHeader(page.margin);
  if (model.rows.length > 0) y = layout.drawColumnHead(y);
  let group: TableRow | null = null;
  for (const row of model.rows) {
    if (row.type === 'group') group = row;
    // A strategy heading never ends a page alone: it moves on with its first activity.
    const needed = layout.rowHeight(row) + (row.type === 'group' ? layout.firstItemHeight(row) : 0);
    if (y + needed > end && y > page.margin + layout.columnHeadHeight()) {
      doc.addPage();
      y = layout.drawColumnHead(page.margin);
      // A page that goes on inside a strategy repeats its heading.
      if (row.type === 'item' && group) y = layout.drawRow(group, y);
    }
    y = layout.drawRow(row, y);
  }
}

/** Draws one pair's plan (see {@link planModel}) from the top of the current page, at the normal size; the report's pages of plans. */
export function drawPlan(doc: PDFKit.PDFDocument, pdfText: PdfText, model: PdfModel, page: PdfPage): void {
  drawModel(doc, model, new Layout(doc, pdfText, model, 1, page), page, PAGE_FOOTER);
}

/** The PDF of one pair's plan. `exportedAt` is printed as the date and stored as the creation date. */
export function planPdf(input: PlanExportInput & { exportedAt: number; paper?: Paper }): Promise<Buffer> {
  const t = input.t ?? english;
  const model = planModel(input, t);
  const page = PDF_PAGES[input.paper ?? 'letter'];
  const { doc, pdfText, done } = openPdf(page, {
    Title: `${t('export.planTitle')} — ${input.workshopTitle}, ${t('export.pairNumber', { n: input.pair })}`,
    Author: input.partners.map((p) => p.name).join(', '),
    CreationDate: new Date(input.exportedAt),
  });
  const scale = fittingScale(doc, pdfText, model, page);
  // One page needs no page numbers; longer plans keep room for them.
  drawModel(doc, model, new Layout(doc, pdfText, model, scale ?? 1, page), page, scale === null ? PAGE_FOOTER : 0);
  numberPages(pdfText, page, t);
  doc.end();
  return done;
}
