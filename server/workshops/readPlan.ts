import * as Y from 'yjs';
import { migrateInPlace } from '../../shared/doc/migrate.js';
import { initPlanDoc, toSnapshot } from '../../shared/doc/planDoc.js';
import type { PlanSnapshot } from '../../shared/doc/schema.js';
import type { Store } from '../store/Store.js';

/** The stored plan of a room that is not loaded (read at today's schema version), and the time of its latest value. */
export async function readStoredPlan(store: Store, key: string): Promise<{ plan: PlanSnapshot; lastChangeAt: number | null }> {
  const updates = await store.loadUpdates(key);
  const doc = initPlanDoc(new Y.Doc());
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates.map((u) => u.data)), 'store');
  migrateInPlace(doc);
  const plan = toSnapshot(doc);
  doc.destroy();
  return { plan, lastChangeAt: latestChange(plan) };
}

/** The newest timestamp in a plan, or null for an untouched one. */
export function latestChange(plan: PlanSnapshot): number | null {
  const times = [
    ...Object.values(plan.picks).map((p) => p.at),
    ...Object.values(plan.writeIns).map((w) => w.at),
    ...Object.values(plan.agreements).map((a) => a.at),
  ];
  return times.length > 0 ? Math.max(...times) : null;
}
