/**
 * One pair's plan as Markdown, to read, print or paste: the facts (workshop,
 * pair, partners, list, status), the chosen activities under their
 * strategies with marks, goal tags, notes and split flags, then the
 * Leadership Plan draft as a table. User text is escaped, so it stays text.
 */
import { DRAFT_FIELDS } from '../doc/fields.js';
import { escapeMarkdown as md } from './escapeMarkdown.js';
import { ENGLISH, formatDate, formatGoals, formatMark } from './labels.js';
import { formatPartners } from './planPartners.js';
import { planRows, type PlanRow } from './planRows.js';
import { planStatus } from './planStatus.js';
import type { PlanExportInput } from './types.js';
import type { Translate } from '../i18n/translate.js';

function facts(input: PlanExportInput, t: Translate): string[] {
  const status = planStatus(input);
  const listTitle = input.list.subtitle ? `${input.list.title} — ${input.list.subtitle}` : input.list.title;
  const lines = [
    `- **${t('export.workshop')}:** ${md(input.workshopTitle)}`,
    `- **${t('export.pair')}:** ${input.pair}`,
    `- **${t('export.partners')}:** ${formatPartners(input.partners, t, md)}`,
    `- **${t('export.list')}:** ${md(listTitle)}`,
  ];
  // The list's citation on every export (issue 18).
  if (input.list.source.trim() !== '') lines.push(`- **${t('export.source')}:** ${md(input.list.source)}`);
  if (input.exportedAt !== undefined) lines.push(`- **${t('export.exported')}:** ${formatDate(input.exportedAt, input.timeZone)}`);
  lines.push(`- **${t('export.status')}:** ${md(status.summary)}`, `- **${t('export.agreement')}:** ${md(status.agreementLine)} ${md(status.agreementCovers)}`);
  return lines;
}

function item(row: PlanRow, t: Translate): string[] {
  const mark = row.mark ? `${formatMark(row.mark, t)} — ` : '';
  const writeIn = row.kind === 'write-in' ? `*${t('export.writeIn')}:* ` : '';
  const lines = [`- ${mark}${writeIn}${md(row.text)}`];
  if (row.goals.length > 0) lines.push(`  - ${t('export.goals')}: ${md(formatGoals(row.goals, t))}`);
  if (row.note.trim() !== '') lines.push(`  - ${t('export.note')}: ${md(row.note)}`);
  if (row.split) lines.push(`  - **${t('export.split')}:** ${t('export.splitYes')}`);
  return lines;
}

function draftTable(rows: readonly PlanRow[], t: Translate): string[] {
  const cells = (values: string[]) => `| ${values.join(' | ')} |`;
  const header = (['activity', ...DRAFT_FIELDS, 'goals'] as const).map((k) => t(`export.${k}`));
  return [
    cells(header),
    cells(header.map(() => '---')),
    ...rows.map((r) => cells([md(r.text), ...DRAFT_FIELDS.map((field) => md(r[field])), md(formatGoals(r.goals, t))])),
  ];
}

/** The Markdown of one pair's plan (LF line ends, ending with a newline). */
export function toPlanMarkdown(input: PlanExportInput): string {
  const t = input.t ?? ENGLISH;
  const rows = planRows(input);
  const out = [`# ${t('export.planTitle')}`, '', ...facts(input, t), ''];
  if (rows.length === 0) out.push(t('export.nothingChosen'), '');
  for (const strategy of input.list.strategies) {
    const mine = rows.filter((r) => r.strategyId === strategy.id);
    if (mine.length === 0) continue;
    out.push(`## ${md(strategy.title)}`, '', ...mine.flatMap((r) => item(r, t)), '');
  }
  if (rows.length > 0) out.push(`## ${t('export.planDraft')}`, '', ...draftTable(rows, t), '');
  return out.join('\n');
}
