/**
 * bundle.zip: the registry's files marked `inBundle` (`shared/export/formats.ts`):
 * every pair's plan as PDF, Markdown and CSV, plus the workshop's plans.csv,
 * tally.csv and report.pdf, named as the single downloads are. PDFs are stored
 * (already compressed); text is deflated.
 *
 * fflate's streaming `Zip` rather than `zipSync`: each file is compressed
 * as it is made, with a turn of the event loop between pairs, so a large
 * workshop never holds the server (and every pair room on it) for more than
 * one pair's files (~20 ms); `zipSync` at the end stalled it ~80 ms more
 * per 100 pairs, and the PDFs alone ~2 s without the turns.
 */
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { buildWorkshopFile } from '../../shared/export/formatBuilders.js';
import { PLAN_FORMATS, WORKSHOP_FORMATS, formatEntries, isFormatId, type SharedWorkshopFormatId, type WorkshopFileInput } from '../../shared/export/formats.js';
import { fileNameFor } from '../../shared/export/fileNameFor.js';
import { localizeWorkshop } from '../../shared/export/localizeWorkshop.js';
import { pairExportInput } from '../../shared/export/pairExportInput.js';
import { paperOf } from '../../shared/export/paper.js';
import { createTranslate, type Language } from '../../shared/i18n/translate.js';
import { SERVER_BUNDLED_BUILDERS, buildPlanFile } from './serverFormats.js';

/** What a bundle is made of: a workshop file's input, in English unless `lang` says otherwise. */
export type BundleInput = Omit<WorkshopFileInput, 'lang'> & { readonly lang?: Language };

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
  const { exportedAt } = input;
  const lang = input.lang ?? 'en';
  const workshop = localizeWorkshop(input.workshop, lang);
  const t = createTranslate(lang);
  const zip = new ZipWriter(new Date(exportedAt));
  const pairs = [...input.pairs].sort((a, b) => a.n - b.n);
  const planFiles = formatEntries(PLAN_FORMATS).filter(([, format]) => format.inBundle);
  for (const pair of pairs) {
    await nextTurn();
    const plan = { ...pairExportInput(workshop, pair, { t, exportedAt }), exportedAt, paper: paperOf(input.paper, lang) };
    for (const [id] of planFiles) {
      const body = await buildPlanFile(id, plan);
      // Binary files (PDF) are compressed already: stored as they are.
      zip.add(fileNameFor(workshop.title, pair.n, id), typeof body === 'string' ? strToU8(body) : new Uint8Array(body), typeof body !== 'string');
    }
  }
  for (const [id, format] of formatEntries(WORKSHOP_FORMATS)) {
    if (!format.inBundle) continue;
    await nextTurn();
    const name = fileNameFor(workshop.title, undefined, id);
    if (format.build === 'shared') zip.add(name, strToU8(buildWorkshopFile(id as SharedWorkshopFormatId, { ...input, pairs, lang })));
    else {
      const build = isFormatId(SERVER_BUNDLED_BUILDERS, id) ? SERVER_BUNDLED_BUILDERS[id] : undefined;
      if (build === undefined) throw new Error(`${id} is marked inBundle but has no builder in SERVER_BUNDLED_BUILDERS`);
      // A PDF is compressed already: stored as it is.
      zip.add(name, await build({ ...input, pairs, lang }), true);
    }
  }
  return zip.finish();
}
