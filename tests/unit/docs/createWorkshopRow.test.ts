/**
 * The README's `POST /api/workshops` row documents every body field, and
 * every field the set-up screen sends (issue 14): a roster, the mode, the
 * rules, an own list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialSetup, setupReducer, toCreateBody, type SetupAction, type SetupState } from '../../../client/features/setup/setupForm.js';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { createWorkshopBody } from '../../../shared/protocol/bodies.js';

const row = readFileSync('README.md', 'utf8')
  .split('\n')
  .find((line) => line.startsWith('| `POST /api/workshops` |'))!;

/** Every key in a body, nested ones (`rules`, the roster's people) included. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => [key, ...(key === 'list' ? [] : keysOf(v))]);
}

const sent = (actions: SetupAction[]): Record<string, unknown> => {
  const state = actions.reduce<SetupState>(setupReducer, initialSetup(ESSENTIAL_LIST_2020_21));
  const result = toCreateBody(state);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.body;
};

describe('the README row of POST /api/workshops', () => {
  it('names every field of the body schema', () => {
    expect(row).toBeDefined();
    for (const key of Object.keys(createWorkshopBody.shape)) expect(row, key).toContain(`"${key}"`);
  });

  it.each([
    ['numbered pairs', [{ type: 'title', value: 'Spring' }] as SetupAction[]],
    ['a roster with e-mails', [{ type: 'pairsBy', value: 'roster' }, { type: 'roster', text: 'Ana Ruiz, ana@example.org\nBen Ode\nCy Park' }] as SetupAction[]],
    ['the inventory mode', [{ type: 'mode', mode: 'inventory' }] as SetupAction[]],
    ['an own list', [{ type: 'imported', fileName: 'ours.json', list: BUILT_IN_LISTS[1] }] as SetupAction[]],
  ])('names every field the set-up screen sends with %s', (_name, actions) => {
    const body = sent(actions);
    for (const key of keysOf(body)) expect(row, key).toContain(`"${key}"`);
  });
});
