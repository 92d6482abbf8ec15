/**
 * bundle.zip: every pair's plan as PDF, Markdown and CSV, plus the
 * workshop's plans.csv and tally.csv, named as the single downloads are.
 * PDFs are stored (already compressed); text is deflated.
 *
 * fflate's streaming `Zip` rather than `zipSync`: each file is compressed
 * as it is made, with a turn of the event loop between pairs, so a large
 * workshop never holds the server (and every pair room on it) for more than
 * one pair's files (~20 ms); `zipSync` at the end stalled it ~80 ms more
 * per 100 pairs, and the PDFs alone ~2 s without the turns.
 */
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { fileNameFor } from '../../shared/export/fileNameFor.js';
import { english } from '../../shared/i18n/english.js';
import { pairExportInput } from '../../shared/export/pairExportInput.js';
import { toPlanCsv } from '../../shared/export/toPlanCsv.js';
import { toPlanMarkdown } from '../../shared/export/toPlanMarkdown.js';
import { toPlansCsv } from '../../shared/export/toPlansCsv.js';
import { toTallyCsv } from '../../shared/export/toTallyCsv.js';
import type { ExportPair, WorkshopExport } from '../../shared/export/types.js';
import type { Translate } from '../../shared/i18n/translate.js';
import { aggregatePlans } from '../../shared/tally/aggregatePlans.js';
import { planPdf } from './planPdf.js';

/** What a bundle is made of. */
export interface BundleInput {
  readonly workshop: WorkshopExport;
  readonly pairs: readonly ExportPair[];
  readonly exportedAt: number;
  readonly t?: Translate;
}

/** Lets timers and sockets run. pdfkit settles on process.nextTick, which never does. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A zip archive written file by file into memory. */
class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });

  constructor(private readonly mtime: Date) {}

  /** Adds a file, deflated unless `stored`. */
  add(name: string, data: Uint8Array, stored = false): void {
    const file = stored ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    file.mtime = this.mtime;
    this.zip.add(file);
    file.push(data, true);
  }

  /** The archive's bytes. */
  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** The zip archive's bytes. */
export async function buildBundle(input: BundleInput): Promise<Uint8Array> {
  const { workshop, exportedAt } = input;
  const t = input.t ?? english;
  const zip = new ZipWriter(new Date(exportedAt));
  const pairs = [...input.pairs].sort((a, b) => a.n - b.n);
  for (const pair of pairs) {
    await nextTurn();
    const plan = pairExportInput(workshop, pair, { t, exportedAt });
    zip.add(fileNameFor(workshop.title, pair.n, 'plan.pdf'), new Uint8Array(await planPdf({ ...plan, exportedAt })), true);
    zip.add(fileNameFor(workshop.title, pair.n, 'plan.md'), strToU8(toPlanMarkdown(plan)));
    zip.add(fileNameFor(workshop.title, pair.n, 'plan.csv'), strToU8(toPlanCsv(plan)));
  }
  await nextTurn();
  zip.add(fileNameFor(workshop.title, undefined, 'plans.csv'), strToU8(toPlansCsv(workshop, pairs, t)));
  const tally = aggregatePlans(pairs.map((p) => ({ n: p.n, plan: p.plan })), workshop.list);
  zip.add(fileNameFor(workshop.title, undefined, 'tally.csv'), strToU8(toTallyCsv(tally, workshop.list, t)));
  return zip.finish();
}
