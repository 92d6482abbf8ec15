import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { english } from '../../../shared/i18n/english.js';
import { formatPartners, planPartners } from '../../../shared/export/planPartners.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { planRows } from '../../../shared/export/planRows.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { ANA, BEN, LIST, T0, smallPlan } from './fixtures.js';

const INVENTORY: ActivityList = { ...LIST, mode: 'inventory', rules: { minPerStrategy: 0, maxTotal: null, minutes: 20 } };

describe('planRows', () => {
  it('lists chosen activities in list order, write-ins after the listed ones of their strategy', () => {
    const plan: PlanSnapshot = {
      ...smallPlan(),
      picks: { ...smallPlan().picks, 'celebrate-milestones-1': { ...ANA, at: T0 + 9_000 } },
    };
    const rows = planRows({ plan, list: LIST });
    expect(rows.map((r) => [r.strategyId, r.itemId, r.kind])).toEqual([
      ['create-awareness', 'create-awareness-1', 'listed'],
      ['align-program-policy', 'align-program-policy-2', 'listed'],
      ['celebrate-milestones', 'celebrate-milestones-1', 'listed'],
      ['celebrate-milestones', 'w-family', 'write-in'],
    ]);
  });

  it('carries the details and who chose each activity', () => {
    const [first, , writeIn] = planRows({ plan: smallPlan(), list: LIST });
    expect(first).toMatchObject({ goals: ['district'], timeline: 'Sept 2020', responsible: 'Ana', resources: '$0', split: false, chosenBy: ANA.name, mark: null });
    expect(writeIn).toMatchObject({ text: 'Family night at the library', split: true, note: 'Ben wants two nights', chosenBy: BEN.name });
  });

  it('orders write-ins by when they were written, keeps one whose text is cleared (it still counts), and leaves out unknown ids', () => {
    const plan: PlanSnapshot = {
      ...EMPTY_SNAPSHOT,
      picks: { 'no-such-activity': { ...ANA, at: T0 } },
      writeIns: {
        'w-b': { strategyId: 'share-knowledge', text: 'Second', ...ANA, at: T0 + 2 },
        'w-a': { strategyId: 'share-knowledge', text: 'First', ...BEN, at: T0 + 1 },
        'w-c': { strategyId: 'share-knowledge', text: '   ', ...BEN, at: T0 },
        'w-d': { strategyId: 'no-such-strategy', text: 'Lost', ...BEN, at: T0 },
      },
    };
    expect(planRows({ plan, list: LIST }).map((r) => r.text)).toEqual(['', 'First', 'Second']);
  });

  it('counts only marked items in inventory mode and reports the mark', () => {
    const plan: PlanSnapshot = {
      ...EMPTY_SNAPSHOT,
      picks: {
        'create-awareness-1': { ...ANA, at: T0, mark: 'now' },
        'create-awareness-2': { ...ANA, at: T0 },
        'create-awareness-3': { ...BEN, at: T0, mark: 'future' },
      },
    };
    expect(planRows({ plan, list: INVENTORY }).map((r) => [r.itemId, r.mark])).toEqual([
      ['create-awareness-1', 'now'],
      ['create-awareness-3', 'future'],
    ]);
  });

  it('returns nothing for an empty plan', () => {
    expect(planRows({ plan: EMPTY_SNAPSHOT, list: LIST })).toEqual([]);
  });
});

describe('planPartners', () => {
  const names = (partners: readonly { name: string }[]) => partners.map((p) => p.name);

  it('puts roster members first, then authors by first action, without duplicates', () => {
    expect(names(planPartners(smallPlan(), { members: ['ben okafor', 'Dee'] }))).toEqual(['ben okafor', 'Dee', 'Ana Pérez']);
    expect(names(planPartners(smallPlan()))).toEqual(['Ana Pérez', 'Ben Okafor']);
  });

  it('lists everyone who joined or is here, even without a tick, after the roster (issue 12)', () => {
    const partners = planPartners(smallPlan(), { members: ['Dee'], joined: ['Ivan Ito', 'ana pérez'], present: [{ name: 'Zoe Park' }, { name: 'IVAN ITO' }] });
    expect(names(partners)).toEqual(['Dee', 'Ivan Ito', 'ana pérez', 'Zoe Park', 'Ben Okafor']);
  });

  it('says whether each partner agreed to the plan as it is now', () => {
    expect(planPartners(smallPlan(), { joined: ['Ivan Ito'] })).toEqual([
      { name: 'Ivan Ito', agreed: false },
      { name: 'Ana Pérez', agreed: true },
      { name: 'Ben Okafor', agreed: true },
    ]);
    const changed = { ...smallPlan(), picks: {} };
    expect(planPartners(changed).every((p) => !p.agreed)).toBe(true);
  });

  it('skips blank names and collapses spaces', () => {
    expect(planPartners(EMPTY_SNAPSHOT, { joined: ['  ', ' Cy   Lee '] })).toEqual([{ name: 'Cy Lee', agreed: false }]);
  });
});

describe('formatPartners', () => {
  it('says who agreed in the export\'s language, escaping each name', () => {
    const partners = [
      { name: 'Irene', agreed: true },
      { name: 'Ivan_*', agreed: false },
    ];
    expect(formatPartners(partners, english)).toBe('Irene (agreed), Ivan_* (not yet agreed)');
    expect(formatPartners(partners, createTranslate('es'), (n) => n.replace(/[_*]/g, '\\$&'))).toBe('Irene (de acuerdo), Ivan\\_\\* (todavía no está de acuerdo)');
  });
});
