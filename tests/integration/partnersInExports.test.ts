/**
 * Everyone who joined is a partner of the plan (issue 12): two people join a
 * pair, only one ticks and agrees, the other leaves; the dashboard and every
 * export (PDF, Markdown, CSV, JSON, plans.csv, the bundle's files) list both,
 * with whether each agreed, in the export's language.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agree, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../shared/lists/essentialList2020.js';
import { planFingerprint } from '../../shared/rules/planFingerprint.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { connectPartner, synced } from '../utils/partner.js';
import { normaliseText, pdfText, savePdf } from '../utils/pdf.js';

let server: TestServer;
let w: CreatedWorkshop;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const get = async (path: string) => {
  const res = await fetch(`${server.url}/api${path}`, { headers: bearer(w.facilitatorKey) });
  expect(res.status, path).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
};
const text = async (path: string) => new TextDecoder().decode(await get(path));

const EN = 'Irene Ortiz (agreed), Ivan Ito (not yet agreed)';
const ES = 'Irene Ortiz (de acuerdo), Ivan Ito (todavía no está de acuerdo)';

beforeAll(async () => {
  server = await createTestServer();
  w = await createWorkshop(server.url, { title: 'Partners', pairs: 2 });
  const irene = await connectPartner(server.url, w.joinCode, 'Irene Ortiz', 1);
  const ivan = await connectPartner(server.url, w.joinCode, 'Ivan Ito', 1);
  await Promise.all([synced(irene), synced(ivan)]);
  // Irene alone ticks one activity per strategy and agrees; Ivan never ticks, then leaves.
  for (const s of LIST.strategies) setPick(irene.doc, s.activities[0].id, irene.actor, Date.now());
  agree(irene.doc, irene.actor, planFingerprint(toSnapshot(irene.doc)), Date.now());
  await eventually(() => expect(Object.keys(toSnapshot(ivan.doc).agreements)).toEqual([irene.actor.id]));
  ivan.destroy();
  await eventually(async () => expect(JSON.parse(await text(`/workshops/${w.id}/pairs/1/plan.json`)).partners).toHaveLength(2));
  irene.destroy();
});
afterAll(() => server.close());

describe('the partners of a plan', () => {
  it('are on the dashboard, with who agreed and whom the plan waits for', async () => {
    const dashboard = openDashboard(server.url, w.id, w.facilitatorKey);
    await eventually(() =>
      expect(dashboard.latest.get(1)?.partners).toEqual([
        { name: 'Irene Ortiz', agreed: true },
        { name: 'Ivan Ito', agreed: false },
      ]),
    );
    dashboard.ws.close();
  });

  it('are in plan.json, plan.md, plan.csv and plan.pdf, in English and in Spanish', async () => {
    const json = JSON.parse(await text(`/workshops/${w.id}/pairs/1/plan.json`));
    expect(json.partners).toEqual([
      { name: 'Irene Ortiz', agreed: true },
      { name: 'Ivan Ito', agreed: false },
    ]);
    expect(await text(`/workshops/${w.id}/pairs/1/plan.md`)).toContain(`- **Partners:** ${EN}\n`);
    expect(await text(`/workshops/${w.id}/pairs/1/plan.md?lang=es`)).toContain(`- **Integrantes:** ${ES}\n`);
    expect(await text(`/workshops/${w.id}/pairs/1/plan.csv`)).toContain(`\r\nPartners,"${EN}"\r\n`);
    expect(await text(`/workshops/${w.id}/pairs/1/plan.csv?lang=es`)).toContain(`\r\nIntegrantes,"${ES}"\r\n`);
    const pdf = normaliseText(pdfText(savePdf(await get(`/workshops/${w.id}/pairs/1/plan.pdf`), 'partners-plan.pdf')));
    expect(pdf).toContain(`Partners: ${EN}`);
    const pdfEs = normaliseText(pdfText(savePdf(await get(`/workshops/${w.id}/pairs/1/plan.pdf?lang=es`), 'partners-plan-es.pdf')));
    expect(pdfEs).toContain(`Integrantes: ${ES}`);
  });

  it("are on every row of plans.csv and in the bundle's files", async () => {
    const plans = await text(`/workshops/${w.id}/export/plans.csv`);
    const rows = plans.split('\r\n').filter((l) => l.startsWith('Partners,1,'));
    expect(rows).toHaveLength(LIST.strategies.length);
    for (const row of rows) expect(row).toContain(`Partners,1,"${EN}",`);
    const files = unzipSync(await get(`/workshops/${w.id}/export/bundle.zip`));
    expect(strFromU8(files['partners-pair-1-plan.md'])).toContain(`- **Partners:** ${EN}\n`);
    expect(strFromU8(files['partners-pair-1-plan.csv'])).toContain(`Partners,"${EN}"`);
    expect(strFromU8(files['partners-plans.csv'])).toContain(`Partners,1,"${EN}",`);
    expect(normaliseText(pdfText(savePdf(files['partners-pair-1-plan.pdf'], 'partners-bundle-plan.pdf')))).toContain(`Partners: ${EN}`);
  });
});
