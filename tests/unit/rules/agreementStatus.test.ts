import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { agreementStatus } from '../../../shared/rules/agreementStatus.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';

const pick = { by: 'a', name: 'Ana', at: 1 };
const base: PlanSnapshot = { ...EMPTY_SNAPSHOT, picks: { x: pick, y: pick } };
const fp = planFingerprint(base);

describe('planFingerprint', () => {
  it('does not depend on the order of insertion', () => {
    expect(planFingerprint({ picks: { y: pick, x: pick }, writeIns: {} })).toBe(fp);
  });

  it('changes with a tick, an untick, a mark or a write-in edit', () => {
    const variants: Pick<PlanSnapshot, 'picks' | 'writeIns'>[] = [
      { picks: { x: pick }, writeIns: {} },
      { picks: { x: pick, y: pick, z: pick }, writeIns: {} },
      { picks: { x: { ...pick, mark: 'now' }, y: pick }, writeIns: {} },
      { picks: base.picks, writeIns: { 'w-1': { strategyId: 's', text: 'a', by: 'a', name: 'Ana', at: 1 } } },
      { picks: base.picks, writeIns: { 'w-1': { strategyId: 's', text: 'b', by: 'a', name: 'Ana', at: 1 } } },
    ];
    const prints = variants.map(planFingerprint);
    expect(new Set([fp, ...prints]).size).toBe(prints.length + 1);
  });

  it('ignores who ticked and when', () => {
    expect(planFingerprint({ picks: { x: { by: 'b', name: 'Ben', at: 9 }, y: pick }, writeIns: {} })).toBe(fp);
  });
});

describe('agreementStatus', () => {
  it('is proposed when every partner present agreed to this plan and the rules hold', () => {
    const plan = { ...base, agreements: { a: { name: 'Ana', fingerprint: fp, at: 5 }, b: { name: 'Ben', fingerprint: fp, at: 7 } } };
    const s = agreementStatus(plan, true, ['a', 'b']);
    expect(s.proposed).toBe(true);
    expect(s.proposedAt).toBe(7);
    expect(s.waitingFor).toEqual([]);
  });

  it('waits for a present partner who has not agreed', () => {
    const plan = { ...base, agreements: { a: { name: 'Ana', fingerprint: fp, at: 5 } } };
    const s = agreementStatus(plan, true, ['a', 'b']);
    expect(s.proposed).toBe(false);
    expect(s.waitingFor).toEqual(['b']);
  });

  it('is not proposed while the rules do not hold', () => {
    const plan = { ...base, agreements: { a: { name: 'Ana', fingerprint: fp, at: 5 } } };
    expect(agreementStatus(plan, false, ['a']).proposed).toBe(false);
  });

  it('shows an agreement to an earlier plan as withdrawn', () => {
    const plan = { ...base, agreements: { a: { name: 'Ana', fingerprint: 'old', at: 5 }, b: { name: 'Ben', fingerprint: fp, at: 6 } } };
    const s = agreementStatus(plan, true, ['a', 'b']);
    expect(s.withdrawn).toEqual([{ id: 'a', name: 'Ana' }]);
    expect(s.agreed.map((x) => x.id)).toEqual(['b']);
    expect(s.proposed).toBe(false);
  });

  it('with nobody present (an export), needs a matching agreement and none withdrawn', () => {
    const agreed = { ...base, agreements: { a: { name: 'Ana', fingerprint: fp, at: 5 } } };
    expect(agreementStatus(agreed, true, []).proposed).toBe(true);
    const mixed = { ...base, agreements: { ...agreed.agreements, b: { name: 'Ben', fingerprint: 'old', at: 6 } } };
    expect(agreementStatus(mixed, true, []).proposed).toBe(false);
    expect(agreementStatus(base, true, []).proposed).toBe(false);
  });
});
