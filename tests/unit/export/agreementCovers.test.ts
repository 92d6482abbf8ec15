/**
 * What an agreement covers is said in the same words on the agree panel
 * (`agreement.covers`) and in every export of a plan: PDF, Markdown, CSV and
 * JSON (the print view has its component test), in English and Spanish.
 */
import { describe, expect, it } from 'vitest';
import { planPdf } from '../../../server/export/planPdf.js';
import { toPlanCsv } from '../../../shared/export/toPlanCsv.js';
import { toPlanJson } from '../../../shared/export/toPlanJson.js';
import { toPlanMarkdown } from '../../../shared/export/toPlanMarkdown.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { normaliseText, pdfText, savePdf } from '../../utils/pdf.js';
import { T0, smallInput } from './fixtures.js';

describe.each(['en', 'es'] as const)('every export in %s', (lang) => {
  const t = createTranslate(lang);
  const covers = t('agreement.covers');

  it('says what an agreement covers', async () => {
    const input = smallInput({ t });
    expect(toPlanMarkdown(input)).toContain(covers);
    expect(toPlanCsv(input)).toContain(`"${covers.replace(/"/g, '""')}"`);
    expect(JSON.parse(toPlanJson(input)).status.agreementCovers).toBe(covers);
    const pdf = pdfText(savePdf(await planPdf({ ...input, exportedAt: T0 }), `agreement-covers-${lang}.pdf`));
    expect(normaliseText(pdf)).toContain(normaliseText(covers));
  });
});
