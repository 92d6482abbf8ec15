import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '../../../shared/doc/schema.js';
import { escapeMarkdown } from '../../../shared/export/escapeMarkdown.js';
import { toPlanMarkdown } from '../../../shared/export/toPlanMarkdown.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { LIST, smallInput } from './fixtures.js';

/** Rules without a per-strategy minimum, so the small plan is valid and its agreements hold. */
const OPEN_RULES = { minPerStrategy: 0, maxTotal: 14, minutes: 20 };

const GOLDEN = `# Leadership Plan for Partnerships

- **Workshop:** Leaders workshop
- **Pair:** 3
- **Partners:** Ana Pérez (agreed), Ben Okafor (agreed)
- **Activity list:** Most Essential List 2020-21 — Partner ZOOM Activity 2 · Explore Leadership and Facilitation Strategies
- **Source:** ${escapeMarkdown(LIST.source)}
- **Exported:** 2020-09-15
- **Status:** 3 of 14 · 3 of 6 strategies
- **Agreement:** Agreed by Ana Pérez, Ben Okafor on 2020-09-15 14:00 UTC An agreement covers the chosen activities, their marks and the write-ins' text: changing any of them withdraws every agreement. Notes, goals, "we split on this" and the plan draft can be added afterwards without withdrawing it.

## Create awareness

- ${LIST.strategies[0].activities[0].text}
  - Goal: District leadership
  - Note: Before October, with the "ATP" chairs

## Align program and policy

- ${LIST.strategies[1].activities[1].text}

## Celebrate milestones

- *write-in:* Family night at the library
  - Goal: School ATPs, District leadership
  - Note: Ben wants two nights
  - **Split:** we split on this

## Plan draft

| Activity | Timeline | Person responsible | Resources / budget | Goal |
| --- | --- | --- | --- | --- |
| ${LIST.strategies[0].activities[0].text} | Sept 2020 | Ana | \\$0 | District leadership |
| ${LIST.strategies[1].activities[1].text} |  |  |  |  |
| Family night at the library |  |  |  | School ATPs, District leadership |
`;

describe('toPlanMarkdown', () => {
  it('matches the golden Markdown of a fixed plan', () => {
    expect(toPlanMarkdown(smallInput({ rules: OPEN_RULES }))).toBe(GOLDEN);
  });

  it('names the missing strategies and says the plan is not agreed while rules are broken', () => {
    const text = toPlanMarkdown(smallInput());
    expect(text).toContain('- **Status:** 3 of 14 · 3 of 6 strategies · missing: Guide learning and program development, Share knowledge, Document progress and evaluate outcomes');
    expect(text).toContain('- **Agreement:** Not agreed yet');
  });

  it('speaks Spanish with a Spanish Translate', () => {
    const text = toPlanMarkdown(smallInput({ rules: OPEN_RULES, t: createTranslate('es') }));
    expect(text).toMatch(/^# Plan de liderazgo para las alianzas\n/);
    expect(text).toContain('- **Integrantes:** Ana Pérez (de acuerdo), Ben Okafor (de acuerdo)');
    expect(text).toContain('  - **Desacuerdo:** no estamos de acuerdo en esta');
    expect(text).toContain('| Actividad | Calendario | Persona responsable | Recursos / presupuesto | Meta |');
  });

  it('says nothing is chosen and leaves out the draft table for an empty plan', () => {
    const text = toPlanMarkdown(smallInput({ plan: EMPTY_SNAPSHOT, exportedAt: undefined }));
    expect(text).toContain('No activities chosen yet.');
    expect(text).not.toContain('Plan draft');
    expect(text).not.toContain('Exported');
  });

  it('prints inventory marks with their symbol and word', () => {
    const list = { ...LIST, mode: 'inventory' as const };
    const plan = { ...EMPTY_SNAPSHOT, picks: { 'create-awareness-1': { by: 'p', name: 'Ana', at: 1, mark: 'future' as const } } };
    expect(toPlanMarkdown(smallInput({ list, plan }))).toContain(`- ☆ future — ${LIST.strategies[0].activities[0].text}`);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['[link](http://x.y) ![img](a.png)', '\\[link\\](http://x.y) !\\[img\\](a.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b', 'a \\| b'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['> quote', '\\> quote'],
    ['1. first', '1\\. first'],
    ['&amp; &#35; Q&A', '\\&amp; \\&#35; Q&A'],
    ['$x^2$ ~~gone~~', '\\$x^2\\$ \\~\\~gone\\~\\~'],
    ['line one\n\n# two\r\n| three', 'line one # two \\| three'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('leaves plain words and accents alone', () => {
    expect(escapeMarkdown("Noche de familias (¿sí?), district's ATP.")).toBe("Noche de familias (¿sí?), district's ATP.");
  });
});
