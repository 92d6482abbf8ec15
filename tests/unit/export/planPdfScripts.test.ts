/**
 * The plan PDF prints every script people's names and write-ins use (issue
 * "Airtight": everything outside Latin-1 printed as `????`). Left-to-right
 * text is read back with pdftotext exactly; right-to-left text (Arabic,
 * Hebrew) and Devanagari, whose extraction order pdftotext does not
 * promise, is checked letter by letter; the fonts that draw each script are
 * embedded, as subsets. The page is rendered to
 * test-results/mixed-script-plan-1.png to look at.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import type { ItemDetails } from '../../../shared/doc/fields.js';
import { planPdf } from '../../../server/export/planPdf.js';
import { normaliseText, pdfPages, pdfText, renderFirstPage, savePdf } from '../../utils/pdf.js';
import { T0, smallInput } from './fixtures.js';

/** Names and write-ins, one per script, as people type them. */
const IN_ORDER = {
  latin: 'Zoë Ångström-Nguyễn, Łukasz Żółć, François Çelik, Ærøskøbing',
  greek: 'Αθηνά Παπαδοπούλου',
  cyrillic: 'Алексей Иванович Смирнов',
  chinese: '张伟：家长开放日',
  japanese: '田中さくら、カタカナの会',
  korean: '김민준과 학부모 모임',
  thai: 'สมชาย ใจดี',
  emoji: 'Family night 🎉📚👍',
} as const;
/** Text whose glyphs are not in typing order: right to left, or Devanagari (the i-sign goes before its consonant). */
const REORDERED = { arabic: 'ليلى حداد', hebrew: 'נועה כהן', arabicNote: 'اجتماع أولياء الأمور في المكتبة', devanagari: 'प्रिया शर्मा' } as const;

function mixedPlan(): PlanSnapshot {
  const by = { by: 'p-ana', name: IN_ORDER.greek };
  // A skin tone is typed too; the monochrome emoji font draws the plain hand.
  const texts = [IN_ORDER.chinese, IN_ORDER.japanese, IN_ORDER.korean, IN_ORDER.thai, `${IN_ORDER.emoji}\u{1F3FD}`, REORDERED.arabicNote];
  const writeIns = Object.fromEntries(texts.map((text, i) => [`w-${i}`, { strategyId: 'celebrate-milestones', text, ...by, at: T0 + i }]));
  const details: Record<string, ItemDetails> = {
    'w-0': { goals: ['district'], note: `${IN_ORDER.cyrillic} — ${REORDERED.hebrew}`, timeline: '2020年9月', responsible: REORDERED.devanagari, resources: IN_ORDER.latin },
    'w-5': { goals: ['schools'], note: `${REORDERED.arabic} (12) 🎉`, responsible: REORDERED.hebrew },
  };
  return { ...EMPTY_SNAPSHOT, writeIns, details };
}

describe('planPdf in every script', () => {
  it('prints Latin, Greek, Cyrillic, Chinese, Japanese, Korean, Devanagari, Thai, emoji, Arabic and Hebrew, never ?', async () => {
    const started = performance.now();
    const pdf = await planPdf({ ...smallInput({ plan: mixedPlan(), partners: [IN_ORDER.greek, REORDERED.arabic, IN_ORDER.japanese.slice(0, 5)].map((name) => ({ name, agreed: false })), workshopTitle: 'Atelier Ω' }), exportedAt: T0 });
    const ms = performance.now() - started;
    const path = savePdf(pdf, 'mixed-script-plan.pdf');
    renderFirstPage(path, 110);
    expect(pdfPages(path)).toBe(1);
    const raw = pdfText(path);
    const text = normaliseText(raw);
    for (const [script, sample] of Object.entries(IN_ORDER)) expect(text, script).toContain(normaliseText(sample));
    expect(text).toContain('Atelier Ω');
    expect(raw).not.toMatch(/[?\uFFFD]/);
    // Hebrew and Devanagari: every letter typed is read back (in another order).
    for (const [script, sample] of [['hebrew', REORDERED.hebrew], ['devanagari', REORDERED.devanagari]] as const) {
      for (const letter of sample.replace(/\s/g, '')) expect(raw, `${script}: ${letter}`).toContain(letter);
    }
    // Arabic is drawn joined: Noto Sans Arabic draws letters that differ only by their dots with one
    // skeleton glyph plus dot marks, and the text layer names a skeleton by one of its letters
    // (ح reads back as ج, ي as ت). So: the letters whose skeleton is theirs alone are read back,
    // and about as many Arabic characters come back as were typed.
    for (const letter of ['ل', 'ا', 'د', 'م', 'و', 'ر', 'ة']) expect(raw, `arabic: ${letter}`).toContain(letter);
    const arabicTyped = [REORDERED.arabic, REORDERED.arabic, REORDERED.arabicNote].join('').match(/\p{sc=Arabic}/gu)!.length;
    const arabicRead = raw.match(/\p{sc=Arabic}/gu)?.length ?? 0;
    expect(arabicRead).toBeGreaterThanOrEqual(arabicTyped * 0.8);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    for (const family of ['NotoSans-', 'NotoSansArabic', 'NotoSansHebrew', 'NotoSansThai', 'NotoSansSC', 'NotoSansKR', 'NotoEmoji']) {
      expect(fonts, family).toContain(family);
    }
    // Every embedded font is a subset (pdfkit names them ABCDEF+Name).
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/^[A-Z]{6}\+/);
    console.info(`Mixed-script plan PDF: ${pdf.length} bytes, ${Math.round(ms)} ms (first PDF of the process, fonts read from disk)`);
  });

  it('keeps an English plan small and quick', async () => {
    await planPdf({ ...smallInput(), exportedAt: T0 });
    const started = performance.now();
    const pdf = await planPdf({ ...smallInput(), exportedAt: T0 });
    const ms = performance.now() - started;
    expect(pdf.length).toBeLessThan(60_000);
    console.info(`English plan PDF: ${pdf.length} bytes, ${Math.round(ms)} ms (fonts already read)`);
  });
});
