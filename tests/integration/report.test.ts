/**
 * report.pdf through the API (issue 15): the leader's only, with the
 * partners' real plans; in Spanish with ?lang=es; in the workshop's time
 * zone; on A4 or Letter (?paper=, else the language's) like plan.pdf; and
 * in bundle.zip.
 */
import { execFileSync } from 'node:child_process';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { setDetail, setPick } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../shared/lists/essentialList2020.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import { eventually } from '../utils/eventually.js';
import { normaliseText, pdfText, savePdf } from '../utils/pdf.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const ctx = serverWithPartners();
const [A, B] = LIST.strategies[0].activities;

const get = (w: CreatedWorkshop, path: string, headers: Record<string, string> = { authorization: `Bearer ${w.facilitatorKey}` }) =>
  fetch(`${ctx.server.url}/api/workshops/${w.id}${path}`, { headers });
const pdfAt = async (w: CreatedWorkshop, path: string, name: string) => {
  const res = await get(w, path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  return savePdf(new Uint8Array(await res.arrayBuffer()), name);
};
const pageSize = (path: string) => /^Page size:\s+([\d.]+ x [\d.]+) pts/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1];
const LETTER = '612 x 792';
const A4 = '595.28 x 841.89';

/** Two pairs chose A; pair 2 also chose B and split on it. */
async function plannedWorkshop(): Promise<CreatedWorkshop> {
  const w = await createWorkshop(ctx.server.url, { title: 'Report day', pairs: 2, timeZone: 'America/Chicago' });
  const ana = await ctx.join(w.joinCode, 'Ana', 1);
  const ben = await ctx.join(w.joinCode, 'Ben', 2);
  setPick(ana.doc, A.id, ana.actor, Date.now());
  setPick(ben.doc, A.id, ben.actor, Date.now());
  setPick(ben.doc, B.id, ben.actor, Date.now());
  setDetail(ben.doc, B.id, 'split', true);
  await eventually(async () => expect(normaliseText(pdfText(await pdfAt(w, '/export/report.pdf', 'report-api.pdf')))).toContain('1 of 1 split'));
  return w;
}

describe('report.pdf', () => {
  it("is the leader's only", async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Report day', pairs: 1 });
    const partner = await ctx.join(w.joinCode, 'Ana', 1);
    expect((await get(w, '/export/report.pdf', {})).status).toBe(401);
    expect((await get(w, '/export/report.pdf', { cookie: partner.cookie })).status).toBe(401);
    expect((await get(w, '/export/report.pdf', { authorization: 'Bearer not-the-key-0123456789' })).status).toBe(403);
  });

  it("has the pairs' plans, the tally and the consensus, with the date in the workshop's zone, on Letter in English", async () => {
    const w = await plannedWorkshop();
    const path = await pdfAt(w, '/export/report.pdf', 'report-api.pdf');
    const text = normaliseText(pdfText(path));
    expect(text).toContain('Workshop report');
    expect(text).toContain('Pairs that chose activities: 2');
    expect(text).toContain('Consensus picks: chosen by at least 1 of 2 pairs (50 %)');
    expect(text).toContain(`Date: ${new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Chicago', dateStyle: 'short' }).format(Date.now())}`);
    expect(text).toContain('Pair 2');
    expect(pageSize(path)).toBe(LETTER);
  });

  it('is in Spanish on A4 with ?lang=es, and on the paper ?paper= asks for; plan.pdf too', async () => {
    const w = await plannedWorkshop();
    const es = await pdfAt(w, '/export/report.pdf?lang=es', 'report-api-es.pdf');
    expect(normaliseText(pdfText(es))).toContain('Informe del taller');
    expect(pageSize(es)).toBe(A4);
    expect(pageSize(await pdfAt(w, '/export/report.pdf?paper=a4', 'report-api-a4.pdf'))).toBe(A4);
    expect(pageSize(await pdfAt(w, '/export/report.pdf?lang=es&paper=letter', 'report-api-es-letter.pdf'))).toBe(LETTER);
    expect(pageSize(await pdfAt(w, '/pairs/1/plan.pdf', 'plan-api.pdf'))).toBe(LETTER);
    expect(pageSize(await pdfAt(w, '/pairs/1/plan.pdf?lang=es', 'plan-api-es.pdf'))).toBe(A4);
    expect(pageSize(await pdfAt(w, '/pairs/1/plan.pdf?paper=a4', 'plan-api-a4.pdf'))).toBe(A4);
    expect(pageSize(await pdfAt(w, '/pairs/1/plan.pdf?paper=legal', 'plan-api-legal.pdf'))).toBe(LETTER);
  });

  it('is in bundle.zip, on the paper of the bundle', async () => {
    const w = await plannedWorkshop();
    const res = await get(w, '/export/bundle.zip?paper=a4');
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const report = savePdf(files['report-day-report.pdf'], 'report-bundle.pdf');
    expect(normaliseText(pdfText(report))).toContain('Workshop report');
    expect(pageSize(report)).toBe(A4);
    expect(pageSize(savePdf(files['report-day-pair-1-plan.pdf'], 'plan-bundle.pdf'))).toBe(A4);
  });
});
