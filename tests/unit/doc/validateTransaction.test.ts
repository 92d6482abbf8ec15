import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { DISTRICT_LEADERSHIP_ROLES } from '../../../shared/lists/districtLeadershipRoles.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { textRootName } from '../../../shared/doc/fields.js';
import { addWriteIn, agree, initPlanDoc, setDetail, setPick } from '../../../shared/doc/planDoc.js';
import { validateTransaction, type ValidationContext } from '../../../shared/doc/validateTransaction.js';
import type { ActivityList } from '../../../shared/lists/types.js';

const ana = { id: 'p-ana', name: 'Ana' };
const list = ESSENTIAL_LIST_2020_21;
const first = list.strategies[0].activities[0].id;

/** Applies `change` to a fresh doc and returns what the validator says about its transactions. */
function check(change: (doc: Y.Doc) => void, l: ActivityList = list, author: ValidationContext['author'] = ana): string | null {
  const source = new Y.Doc();
  change(source);
  const target = initPlanDoc(new Y.Doc());
  let problem: string | null = null;
  target.on('afterTransaction', (tr: Y.Transaction) => {
    problem ??= validateTransaction(target, tr, { list: l, author, rules: null })?.reason ?? null;
  });
  Y.applyUpdate(target, Y.encodeStateAsUpdate(source));
  return problem;
}

describe('validateTransaction', () => {
  it.each<[string, (doc: Y.Doc) => void]>([
    ['a pick of a listed activity', (d) => setPick(d, first, ana, 1)],
    ['a write-in', (d) => addWriteIn(d, 'share-knowledge', 'Family cafe', ana, 1)],
    ['a note and goals', (d) => (setDetail(d, first, 'note', 'why'), setDetail(d, first, 'goals', ['district']))],
    ['an agreement by the sender', (d) => agree(d, ana, 'abcd', 1)],
  ])('accepts %s', (_name, change) => {
    expect(check(change)).toBeNull();
  });

  it.each<[string, (doc: Y.Doc) => void, RegExp]>([
    ['an unknown activity', (d) => setPick(d, 'made-up', ana, 1), /unknown activity/],
    ['a mark in choose mode', (d) => setPick(d, first, ana, 1, 'now'), /marks are for inventory mode/],
    ['a pick naming someone else', (d) => setPick(d, first, { id: 'p-ben', name: 'Ben' }, 1), /must name its sender/],
    ['a pick with the right id but another name', (d) => setPick(d, first, { id: 'p-ana', name: 'Boss' }, 1), /must name its sender/],
    ['an agreement for someone else', (d) => agree(d, { id: 'p-ben', name: 'Ben' }, 'abcd', 1), /only agree for themselves/],
    ['an overlong note', (d) => d.getText(textRootName(first, 'note')).insert(0, 'x'.repeat(501)), /longer than 500/],
    ['a formatted note', (d) => d.getText(textRootName(first, 'note')).insert(0, 'bold', { bold: true }), /plain text only/],
    ['formatting applied to a note', (d) => { const t = d.getText(textRootName(first, 'note')); t.insert(0, 'abc'); t.format(0, 2, { href: 'https://evil.example' }); }, /plain text only/],
    ['an embed in a note', (d) => d.getText(textRootName(first, 'note')).insertEmbed(0, { image: 'https://evil.example/x.png' }), /plain text only/],
    ['a Y type inside a note', (d) => d.getText(textRootName(first, 'note')).insertEmbed(0, new Y.Map()), /plain text only|nested/],
    ['list content under a text name', (d) => d.getArray(textRootName(first, 'note')).push(['x']), /plain text only/],
    ['an attribute on a text', (d) => d.getText(textRootName(first, 'note')).setAttribute('lang', 'xx'), /no attributes/],
    ['text for an unknown item', (d) => d.getText(textRootName('made-up', 'note')).insert(0, 'x'), /unknown item/],
    ['write-in text for a listed activity', (d) => d.getText(textRootName(first, 'writeIn')).insert(0, 'x'), /unknown item/],
    ['an unknown text field', (d) => d.getText(`text:${first}|secret`).insert(0, 'x'), /unknown top-level type/],
    ['a schema version from a partner', (d) => d.getMap('meta').set('version', 99), /written by the server/],
    ['a write-in carrying its text in its entry', (d) => d.getMap('writeIns').set('w-1', { strategyId: 'share-knowledge', text: 'x', by: 'p-ana', name: 'Ana', at: 1 }), /shared text/],
    ['an unknown goal', (d) => d.getMap('details').set(`${first}|goals`, ['world']), /unknown goal/],
    ['a detail of an unknown item', (d) => setDetail(d, 'nope', 'split', true), /unknown item/],
    ['an unknown top-level type', (d) => d.getMap('evil').set('a', 1), /unknown top-level type "evil"/],
    ['array content in a map', (d) => d.getArray('picks').push(['x']), /must be a map/],
    ['a nested Y type', (d) => d.getMap('picks').set(first, new Y.Map()), /nested|not an object|author/],
    ['a write-in for an unknown strategy', (d) => addWriteIn(d, 'nope', 'x', ana, 1), /unknown strategy/],
    ['a sixth write-in in one strategy', (d) => { for (let i = 0; i < 6; i++) addWriteIn(d, 'share-knowledge', `x${i}`, ana, 1); }, /more than 5 write-ins/],
    ['a huge value', (d) => d.getMap('picks').set(first, { by: 'p-ana', name: 'Ana', at: 1, junk: 'x'.repeat(3000) }), /too large/],
    ['an unknown flag', (d) => d.getMap('flags').set('admin', true), /unknown flag/],
  ])('rejects %s', (_name, change, reason) => {
    expect(check(change)).toMatch(reason);
  });

  it('rejects more text fields than a list could ever use (write-in ids are free to invent)', () => {
    const many = (n: number) => (d: Y.Doc) => {
      for (let i = 0; i < n; i++) d.getText(textRootName(`w-${i}`, 'note')).insert(0, 'x');
    };
    expect(check(many(50))).toBeNull();
    expect(check(many(2000))).toMatch(/too many text fields/);
  });

  it('rejects write-ins for a list without them', () => {
    expect(check((d) => addWriteIn(d, DISTRICT_LEADERSHIP_ROLES.strategies[0].id, 'x', ana, 1), DISTRICT_LEADERSHIP_ROLES)).toMatch(/no write-ins/);
  });

  it('requires a mark in inventory mode', () => {
    const id = DISTRICT_INVENTORY.strategies[0].activities[0].id;
    expect(check((d) => setPick(d, id, ana, 1), DISTRICT_INVENTORY)).toMatch(/need a mark/);
    expect(check((d) => setPick(d, id, ana, 1, 'future'), DISTRICT_INVENTORY)).toBeNull();
  });

  it('accepts an update whose value loses a concurrent overwrite to the partner, in either order', () => {
    const ben = { id: 'p-ben', name: 'Ben' };
    const a = initPlanDoc(new Y.Doc());
    const b = initPlanDoc(new Y.Doc());
    setPick(a, first, ana, 1);
    setPick(b, first, ben, 1);
    // The server holds one partner's tick, then the other's concurrent tick of the same activity arrives.
    for (const [earlier, later, author] of [[a, b, ben], [b, a, ana]] as const) {
      const server = initPlanDoc(new Y.Doc());
      Y.applyUpdate(server, Y.encodeStateAsUpdate(earlier));
      let problem: string | null = null;
      server.on('afterTransaction', (tr: Y.Transaction) => {
        problem ??= validateTransaction(server, tr, { list, author, rules: null })?.reason ?? null;
      });
      Y.applyUpdate(server, Y.encodeStateAsUpdate(later));
      expect(problem).toBeNull();
    }
  });

  it('skips author checks when no author is given (server-side restore)', () => {
    expect(check((d) => setPick(d, first, { id: 'p-ben', name: 'Ben' }, 1), list, null)).toBeNull();
  });
});
