import { describe, expect, it } from 'vitest';
import { planPdf } from '../../../server/export/planPdf.js';
import { localizeWorkshop } from '../../../shared/export/localizeWorkshop.js';
import { pairExportInput } from '../../../shared/export/pairExportInput.js';
import { toPlanCsv } from '../../../shared/export/toPlanCsv.js';
import { toPlanJson } from '../../../shared/export/toPlanJson.js';
import { toPlanMarkdown } from '../../../shared/export/toPlanMarkdown.js';
import { toPlansCsv } from '../../../shared/export/toPlansCsv.js';
import { toTallyCsv } from '../../../shared/export/toTallyCsv.js';
import type { WorkshopExport } from '../../../shared/export/types.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { aggregatePlans } from '../../../shared/tally/aggregatePlans.js';
import { normaliseText, pdfText, savePdf } from '../../utils/pdf.js';
import { LIST, T0, essentialPlan } from './fixtures.js';

/** Short labels are for the projector and the dashboard; every export keeps the full texts (issue 15). */
const WORKSHOP: WorkshopExport = { title: 'Spring workshop', list: LIST, rules: LIST.rules, pairs: [{ n: 1, members: [] }] };
const PAIRS = [{ n: 1, plan: essentialPlan() }];

describe.each(['en', 'es'] as const)('the exports in %s', (lang) => {
  const workshop = localizeWorkshop(WORKSHOP, lang);
  const t = createTranslate(lang);
  const chosen = workshop.list.strategies.flatMap((s) => s.activities).filter((a) => PAIRS[0].plan.picks[a.id]);
  const input = pairExportInput(workshop, PAIRS[0], { t, exportedAt: T0 });

  it('name every chosen activity by its full text, never its short label alone', () => {
    expect(chosen).toHaveLength(14);
    const texts = [toPlanMarkdown(input), toPlanCsv(input), toPlanJson(input), toPlansCsv(workshop, PAIRS, t)];
    for (const text of texts) {
      for (const a of chosen) expect(text, a.id).toContain(a.text.split('"')[0]);
    }
    const tally = toTallyCsv(aggregatePlans(PAIRS, workshop.list), workshop.list, t);
    for (const a of workshop.list.strategies.flatMap((s) => s.activities)) expect(tally, a.id).toContain(a.text.split(',')[0]);
    expect(tally).not.toContain(`,${chosen[0].short},`);
  });

  it('prints the full texts in the PDF', async () => {
    const text = normaliseText(pdfText(savePdf(await planPdf({ ...input, exportedAt: T0 }), `full-text-${lang}.pdf`)));
    for (const a of chosen) expect(text, a.id).toContain(normaliseText(a.text));
  });
});
