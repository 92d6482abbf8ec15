/**
 * "Take it home" over HTTP: a real server on port 0, real partners writing
 * through y-websocket, then every download, its access rules, and the
 * workshop.json round trip through the import.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWriteIn, agree, setDetail, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { planFingerprint } from '../../shared/rules/planFingerprint.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../shared/lists/essentialList2020.js';
import type { TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair, request, type CreatedWorkshop } from '../utils/api.js';
import type { Partner } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';
import { normaliseText, pdfPages, pdfText, renderFirstPage, savePdf } from '../utils/pdf.js';
import { longestFourteen } from '../unit/export/fixtures.js';

const room = serverWithPartners();
let server: TestServer;
const partners = room.partners;
beforeAll(() => {
  server = room.server;
});
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const activity = (id: string) => LIST.strategies.flatMap((s) => s.activities).find((a) => a.id === id)!.text;

/** GET as bytes, with the headers that matter. */
async function download(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', cache: res.headers.get('cache-control'), bytes, text: new TextDecoder().decode(bytes) };
}

const connect = (code: string, name: string, pair: number): Promise<Partner> => room.join(code, name, pair);

/** Pair 1: Ana and Ben choose 13 activities and a write-in, annotate them, and agree. Pair 2: Cy ticks one. */
async function planTogether(w: CreatedWorkshop): Promise<{ ana: Partner; ben: Partner; cy: Partner; ids: string[] }> {
  const ana = await connect(w.joinCode, 'Ana Pérez', 1);
  const ben = await connect(w.joinCode, 'Ben Okafor', 1);
  const cy = await connect(w.joinCode, 'Cy', 2);
  const ids = longestFourteen().slice(0, 13);
  ids.forEach((id, i) => setPick((i % 2 ? ben : ana).doc, id, (i % 2 ? ben : ana).actor, Date.now()));
  const writeIn = addWriteIn(ben.doc, 'celebrate-milestones', 'Noche de familias <b>en la biblioteca</b>', ben.actor, Date.now());
  setDetail(ana.doc, ids[0], 'note', 'Ask the principals first');
  setDetail(ana.doc, ids[0], 'timeline', 'Sept–Oct');
  setDetail(ana.doc, ids[0], 'responsible', 'Ana');
  setDetail(ben.doc, writeIn, 'split', true);
  setPick(cy.doc, 'create-awareness-3', cy.actor, Date.now());
  await eventually(() => {
    expect(Object.keys(toSnapshot(ana.doc).picks)).toHaveLength(13);
    expect(Object.keys(toSnapshot(ana.doc).writeIns)).toHaveLength(1);
  });
  await eventually(() => expect(toSnapshot(ben.doc)).toEqual(toSnapshot(ana.doc)));
  const fingerprint = planFingerprint(toSnapshot(ana.doc));
  agree(ana.doc, ana.actor, fingerprint, Date.now());
  agree(ben.doc, ben.actor, fingerprint, Date.now());
  await eventually(() => expect(Object.keys(toSnapshot(ana.doc).agreements)).toHaveLength(2));
  return { ana, ben, cy, ids };
}


describe('GET /api/workshops/:id/pairs/:n/plan.*', () => {
  it('lets the leader and the pair in, and nobody else', async () => {
    const w = await createWorkshop(server.url, { title: 'Leaders workshop', pairs: 2 });
    const other = await createWorkshop(server.url);
    const own = await joinPair(server.url, w.joinCode, 'Ana', 1);
    const neighbour = await joinPair(server.url, w.joinCode, 'Cy', 2);
    for (const file of ['plan.pdf', 'plan.md', 'plan.csv', 'plan.json']) {
      const path = `/api/workshops/${w.id}/pairs/1/${file}`;
      expect((await download(path, bearer(w.facilitatorKey))).status, file).toBe(200);
      expect((await download(path, { cookie: own.cookie })).status, file).toBe(200);
      expect((await download(path, { cookie: neighbour.cookie })).status, file).toBe(403);
      expect((await download(path)).status, file).toBe(401);
      expect((await download(path, bearer(other.facilitatorKey))).status, file).toBe(403);
      expect((await download(`/api/workshops/${w.id}/pairs/9/${file}`, bearer(w.facilitatorKey))).status, file).toBe(404);
      expect((await download(`/api/workshops/nope/pairs/1/${file}`, bearer(w.facilitatorKey))).status, file).toBe(404);
    }
    expect((await download(`/api/workshops/${w.id}/pairs/1/plan.exe`, bearer(w.facilitatorKey))).status).toBe(404);
  });

  it('sends each format as a named attachment of the right type, never cached', async () => {
    const w = await createWorkshop(server.url, { title: 'Leaders workshop', pairs: 2 });
    const expected = { 'plan.pdf': 'application/pdf', 'plan.md': 'text/markdown; charset=utf-8', 'plan.csv': 'text/csv; charset=utf-8', 'plan.json': 'application/json; charset=utf-8' };
    for (const [file, type] of Object.entries(expected)) {
      const res = await download(`/api/workshops/${w.id}/pairs/2/${file}`, bearer(w.facilitatorKey));
      expect(res.type, file).toBe(type);
      expect(res.disposition, file).toBe(`attachment; filename=leaders-workshop-pair-2-${file}`);
      expect(res.cache, file).toBe('no-store');
    }
  });

  it('exports what the partners wrote, live and after the room unloaded', async () => {
    const w = await createWorkshop(server.url, { title: 'Leaders workshop', pairs: 2 });
    const { ana, ids } = await planTogether(w);
    const md = async () => (await download(`/api/workshops/${w.id}/pairs/1/plan.md`, { cookie: ana.cookie })).text;
    await eventually(async () => expect(await md()).toContain('- **Agreement:** Agreed by '));
    const live = await md();
    for (const id of ids) expect(live).toContain(activity(id).slice(0, 40));
    expect(live).toContain('- *write-in:* Noche de familias \\<b\\>en la biblioteca\\</b\\>');
    expect(live).toContain('  - **Split:** we split on this');
    expect(live).toContain('| Sept–Oct | Ana |');
    for (const p of partners.splice(0)) p.destroy();
    await eventually(async () => expect(await server.app.ctx.rooms.loaded(`${w.id}/1`)).toBeNull());
    expect(await md()).toBe(live);
  });

  it('prints the plan as a one-page PDF with every activity and partner', async () => {
    const w = await createWorkshop(server.url, { title: 'Leaders workshop', pairs: 2 });
    const { ids } = await planTogether(w);
    await eventually(async () => {
      const json = JSON.parse((await download(`/api/workshops/${w.id}/pairs/1/plan.json`, bearer(w.facilitatorKey))).text);
      expect(json.status.agreed).toBe(true);
    });
    const res = await download(`/api/workshops/${w.id}/pairs/1/plan.pdf`, bearer(w.facilitatorKey));
    const path = savePdf(res.bytes, 'api-plan.pdf');
    renderFirstPage(path);
    expect(pdfPages(path)).toBe(1);
    const text = normaliseText(pdfText(path));
    for (const id of ids) expect(text).toContain(normaliseText(activity(id)));
    for (const name of ['Ana Pérez', 'Ben Okafor']) expect(text).toContain(name);
    expect(text).toContain('Noche de familias <b>en la biblioteca</b>');
  });

  it('speaks Spanish with ?lang=es', async () => {
    const w = await createWorkshop(server.url, { title: 'Taller', pairs: 1 });
    const ana = await connect(w.joinCode, 'Ana', 1);
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    await eventually(async () => {
      const res = await download(`/api/workshops/${w.id}/pairs/1/plan.md?lang=es`, bearer(w.facilitatorKey));
      expect(res.text).toMatch(/^# Plan de liderazgo para las alianzas\n/);
      // The list's own Spanish text, not only the interface words.
      expect(res.text).toContain('Convocar una reunión individual con el superintendente del distrito');
      expect(res.text).not.toContain(activity('create-awareness-1'));
    });
  });
});

describe('GET /api/workshops/:id/export/*', () => {
  it('is for the leader only', async () => {
    const w = await createWorkshop(server.url);
    const other = await createWorkshop(server.url);
    const own = await joinPair(server.url, w.joinCode, 'Ana', 1);
    for (const file of ['plans.csv', 'tally.csv', 'workshop.json', 'bundle.zip']) {
      const path = `/api/workshops/${w.id}/export/${file}`;
      expect((await download(path, bearer(w.facilitatorKey))).status, file).toBe(200);
      expect((await download(path)).status, file).toBe(401);
      expect((await download(path, { cookie: own.cookie })).status, file).toBe(401);
      expect((await download(path, bearer(other.facilitatorKey))).status, file).toBe(403);
    }
    // The route next door still answers.
    expect((await download(`/api/workshops/${w.id}/export/zoom-rooms.csv`, bearer(w.facilitatorKey))).status).toBe(200);
  });

  it('exports plans.csv, tally.csv and a bundle with every pair and the report', async () => {
    const w = await createWorkshop(server.url, { title: 'Leaders workshop', pairs: 3 });
    const { ids } = await planTogether(w);
    const get = (file: string) => download(`/api/workshops/${w.id}/export/${file}`, bearer(w.facilitatorKey));
    await eventually(async () => expect((await get('plans.csv')).text.split('\r\n').filter((l) => l.includes(',yes,'))).toHaveLength(14));
    const plans = await get('plans.csv');
    expect(plans.type).toBe('text/csv; charset=utf-8');
    expect(plans.disposition).toBe('attachment; filename=leaders-workshop-plans.csv');
    expect([...plans.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(plans.text).toContain('Leaders workshop,2,Cy (not yet agreed),Create awareness,');
    expect(plans.text).toContain('Leaders workshop,3,,,,,,,,,,,,no,');
    const tally = await get('tally.csv');
    expect(tally.text).toContain(`,${activity(ids[0]).includes(',') ? `"${activity(ids[0])}"` : activity(ids[0])},listed,1,`);
    expect(tally.text).toContain('Celebrate milestones,Noche de familias <b>en la biblioteca</b>,write-in,1,1');
    const bundle = await get('bundle.zip');
    expect(bundle.type).toBe('application/zip');
    expect(bundle.disposition).toBe('attachment; filename=leaders-workshop-bundle.zip');
    const files = unzipSync(bundle.bytes);
    expect(Object.keys(files).sort()).toEqual(
      [...[1, 2, 3].flatMap((n) => ['pdf', 'md', 'csv'].map((e) => `leaders-workshop-pair-${n}-plan.${e}`)), 'leaders-workshop-plans.csv', 'leaders-workshop-tally.csv', 'leaders-workshop-report.pdf'].sort(),
    );
    expect(strFromU8(files['leaders-workshop-pair-1-plan.md'])).toContain('Agreed by');
  });
});

describe('POST /api/workshops/import', () => {
  it('restores a workshop from its workshop.json: same plans, new keys, partners can go on', async () => {
    const w = await createWorkshop(server.url, { title: 'Leaders workshop', roster: [{ name: 'Ana Pérez' }, { name: 'Ben Okafor' }, { name: 'Cy' }, { name: 'Dee' }] });
    await planTogether(w);
    const exportOf = async (id: string, key: string) => JSON.parse((await download(`/api/workshops/${id}/export/workshop.json`, bearer(key))).text);
    await eventually(async () => expect(Object.keys((await exportOf(w.id, w.facilitatorKey)).pairs[0].plan.agreements)).toHaveLength(2));
    const original = await exportOf(w.id, w.facilitatorKey);
    expect(JSON.stringify(original)).not.toMatch(/keyHash|joinCode/);

    const res = await request(`${server.url}/api/workshops/import`, { body: original });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['facilitatorKey', 'facilitatorUrl', 'id', 'joinCode', 'joinUrl']);
    expect(res.body.id).not.toBe(w.id);
    expect(res.body.facilitatorKey).not.toBe(w.facilitatorKey);
    expect(res.body.facilitatorUrl).toBe(`${server.url}/facilitate/${res.body.id}#key=${res.body.facilitatorKey}`);

    const again = await exportOf(res.body.id, res.body.facilitatorKey);
    const { exportedAt: _a, ...before } = original;
    const { exportedAt: _b, ...after } = again;
    expect(after).toEqual(before);

    const summary = await request(`${server.url}/api/workshops/${res.body.id}`, { headers: bearer(res.body.facilitatorKey) });
    expect(summary.body.summaries[0]).toMatchObject({ chosenCount: 14, agreed: true, members: ['Ana Pérez', 'Ben Okafor'] });
    const ana = await connect(res.body.joinCode, 'Ana Pérez', 1);
    expect(toSnapshot(ana.doc).picks).toEqual(original.pairs[0].plan.picks);
  });

  it('refuses a broken file with the reason, and a file over 5 MB', async () => {
    const bad = await request(`${server.url}/api/workshops/import`, { body: { format: 'pairplan-workshop', version: 1, title: 'x', list: LIST, rules: LIST.rules, pairs: [{ n: 1, members: [], plan: { picks: { nope: { by: 'a', name: 'A', at: 1 } }, writeIns: {}, details: {}, agreements: {} } }] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('pairs[0].plan.picks.nope: unknown activity');
    const notJson = await request(`${server.url}/api/workshops/import`, { body: '{"format":', headers: { 'content-type': 'application/json' } });
    expect(notJson.status).toBe(400);
    const tooMany = await request(`${server.url}/api/workshops/import`, {
      body: { format: 'pairplan-workshop', version: 1, title: 'x', list: LIST, rules: LIST.rules, pairs: [{ n: 501, members: [], plan: { picks: {}, writeIns: {}, details: {}, agreements: {} } }] },
    });
    expect(tooMany.body.error).toBe('pairs: pair numbers go up to 500 (found 501).');
    // The same e-mail check as the set-up screen and POST /api/workshops (shared/roster/parseEmail.ts).
    const badEmail = await request(`${server.url}/api/workshops/import`, {
      body: { format: 'pairplan-workshop', version: 1, title: 'x', list: LIST, rules: LIST.rules, pairs: [{ n: 1, members: [{ name: 'Ana', email: 'a@b.org\r\nRoom 9,evil@x.org' }], plan: { picks: {}, writeIns: {}, details: {}, agreements: {} } }] },
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error).toBe('pairs[0].members[0].email: "a@b.org??Room 9,evil@x.org" is not an e-mail address');
    const huge = await request(`${server.url}/api/workshops/import`, { body: { format: 'pairplan-workshop', version: 1, padding: 'x'.repeat(5.5 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
  });

  it('accepts a file larger than the API’s usual 512 kB', async () => {
    const strategies = Array.from({ length: 6 }, (_, i) => ({
      id: `s${i + 1}`,
      title: `Strategy ${i + 1}`,
      description: '',
      activities: Array.from({ length: 60 }, (_, j) => ({ id: `s${i + 1}-${j + 1}`, text: `Activity ${j + 1} `.padEnd(1_900, 'x') })),
    }));
    const list = { ...LIST, id: 'custom', strategies };
    const body = { format: 'pairplan-workshop', version: 1, title: 'Big list', list, rules: LIST.rules, pairs: [{ n: 1, members: [], plan: { picks: {}, writeIns: {}, details: {}, agreements: {}, help: null } }] };
    expect(JSON.stringify(body).length).toBeGreaterThan(600 * 1024);
    const res = await request(`${server.url}/api/workshops/import`, { body });
    expect(res.status).toBe(201);
  });
});
