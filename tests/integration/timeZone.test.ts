/**
 * The workshop's time zone (issue 15): the set-up screen sends the leader's
 * browser zone, the server keeps it, every export prints its times there
 * (and workshop.json carries it through an import); a workshop made without
 * one prints UTC, and a zone that is not one is refused.
 */
import { describe, expect, it } from 'vitest';
import { agree, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../shared/lists/essentialList2020.js';
import { planFingerprint } from '../../shared/rules/planFingerprint.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { eventually } from '../utils/eventually.js';
import { normaliseText, pdfText, savePdf } from '../utils/pdf.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const ctx = serverWithPartners();
const bearer = (w: CreatedWorkshop) => ({ authorization: `Bearer ${w.facilitatorKey}` });
const text = async (w: CreatedWorkshop, path: string) => {
  const res = await fetch(`${ctx.server.url}/api/workshops/${w.id}${path}`, { headers: bearer(w) });
  expect(res.status, path).toBe(200);
  return res.text();
};
const pdf = async (w: CreatedWorkshop, path: string) => {
  const res = await fetch(`${ctx.server.url}/api/workshops/${w.id}${path}`, { headers: bearer(w) });
  expect(res.status, path).toBe(200);
  return normaliseText(pdfText(savePdf(new Uint8Array(await res.arrayBuffer()), 'time-zone-plan.pdf')));
};

/** The time `ms` in `zone` as the exports print it (`YYYY-MM-DD HH:MM`), to compare with the server's. */
const clock = (ms: number, zone: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(ms);

/** A workshop whose pair 1 has agreed on a whole plan; returns it and when the pair agreed. */
async function agreedWorkshop(body: Record<string, unknown>): Promise<{ w: CreatedWorkshop; at: number }> {
  const w = await createWorkshop(ctx.server.url, { title: 'Zones', pairs: 1, ...body });
  const ana = await ctx.join(w.joinCode, 'Ana', 1);
  for (const s of LIST.strategies) setPick(ana.doc, s.activities[0].id, ana.actor, Date.now());
  const at = Date.now();
  agree(ana.doc, ana.actor, planFingerprint(toSnapshot(ana.doc)), at);
  await eventually(async () => expect(await text(w, '/pairs/1/plan.md')).toContain('Agreed by Ana'));
  return { w, at };
}

describe("the workshop's time zone", () => {
  it('is where plan.md and plan.pdf print the time of the agreement (America/Chicago: CST or CDT), and is in plan.json', async () => {
    const { w, at } = await agreedWorkshop({ timeZone: 'America/Chicago' });
    const md = await text(w, '/pairs/1/plan.md');
    const agreed = /Agreed by Ana on (\d{4}-\d\d-\d\d \d\d:\d\d) (C[SD]T)/.exec(md);
    expect(agreed, md).not.toBeNull();
    // The minute may turn between the agreement and the check: allow one minute.
    expect([clock(at, 'America/Chicago'), clock(at + 60_000, 'America/Chicago')]).toContain(agreed![1]);
    expect(md).toContain(`**Exported:** ${clock(Date.now(), 'America/Chicago').slice(0, 10)}`);
    expect(await pdf(w, '/pairs/1/plan.pdf')).toMatch(/Agreed by Ana on \d{4}-\d\d-\d\d \d\d:\d\d C[SD]T/);
    // plan.json names the zone, for the print view.
    expect(JSON.parse(await text(w, '/pairs/1/plan.json')).timeZone).toBe('America/Chicago');
  });

  it('travels in workshop.json and through an import', async () => {
    const { w } = await agreedWorkshop({ timeZone: 'America/Chicago' });
    const file = await text(w, '/export/workshop.json');
    expect(JSON.parse(file).timeZone).toBe('America/Chicago');
    const imported = await request(`${ctx.server.url}/api/workshops/import`, { body: file });
    expect(imported.status).toBe(201);
    const copy = imported.body as CreatedWorkshop;
    expect(JSON.parse(await text(copy, '/export/workshop.json')).timeZone).toBe('America/Chicago');
    expect(await text(copy, '/pairs/1/plan.md')).toMatch(/Agreed by Ana on .* C[SD]T/);
  });

  it('is UTC for a workshop made without one', async () => {
    const { w } = await agreedWorkshop({});
    expect(await text(w, '/pairs/1/plan.md')).toMatch(/Agreed by Ana on \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(JSON.parse(await text(w, '/export/workshop.json'))).not.toHaveProperty('timeZone');
  });

  it.each(['Mars/Olympus', 'UTC+99', '', 'x'.repeat(500), 42])('refuses %j with 400', async (timeZone) => {
    const res = await request(`${ctx.server.url}/api/workshops`, { body: { pairs: 1, timeZone } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('timeZone');
  });
});
