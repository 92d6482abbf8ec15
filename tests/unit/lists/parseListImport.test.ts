import { describe, expect, it } from 'vitest';
import { parseListCsv, parseListJson } from '../../../shared/lists/parseListImport.js';

describe('parseListCsv', () => {
  it('groups activities by strategy in file order, with descriptions', () => {
    const csv = '\uFEFFStrategy,Activity,Description\nReach out,Home visits,"Meet families, at home"\nReach out,Phone tree,\nCelebrate,Family night,Mark successes\n';
    const result = parseListCsv(csv, 'Our list');
    if (!result.ok) throw new Error(result.error);
    expect(result.list.strategies).toEqual([
      { id: 's1', title: 'Reach out', description: 'Meet families, at home', activities: [{ id: 's1-1', text: 'Home visits' }, { id: 's1-2', text: 'Phone tree' }] },
      { id: 's2', title: 'Celebrate', description: 'Mark successes', activities: [{ id: 's2-1', text: 'Family night' }] },
    ]);
    expect(result.list.rules).toEqual({ minPerStrategy: 1, maxTotal: null, minutes: 20 });
    expect(result.list.mode).toBe('choose');
  });

  it.each([
    ['name,text\nx,y', /Line 1: the header must name the columns "strategy" and "activity"/],
    ['strategy,activity\nReach out,\n', /Line 2: the activity is empty/],
    ['strategy,activity\nA,b\n,c\n', /Line 3: the strategy is empty/],
    ['strategy,activity\nA,"unclosed\n', /Line 2: /],
    ['strategy,activity\n', /no activities/],
  ])('rejects a broken file %#, naming the line', (csv, message) => {
    const result = parseListCsv(csv, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('parseListJson', () => {
  it('accepts strings or {text} activities and the inventory mode', () => {
    const result = parseListJson(JSON.stringify({ title: 'Inv', mode: 'inventory', strategies: [{ title: 'A', activities: ['one', { text: 'two' }] }] }));
    if (!result.ok) throw new Error(result.error);
    expect(result.list.mode).toBe('inventory');
    expect(result.list.rules).toEqual({ minPerStrategy: 0, maxTotal: null, minutes: 20 });
    expect(result.list.strategies[0].activities.map((a) => a.text)).toEqual(['one', 'two']);
  });

  it.each([
    ['{not json', /not valid JSON/],
    ['[]', /strategies: must be a list/],
    [JSON.stringify({ strategies: [{ activities: [] }] }), /strategies\[0\]\.title: is required/],
    [JSON.stringify({ strategies: [{ title: 'A', activities: ['ok', ''] }] }), /strategies\[0\]\.activities\[1\]: the text is empty/],
  ])('rejects %s with the path of the problem', (json, message) => {
    const result = parseListJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
