/**
 * Typed text through a real server (issue "Nothing typed is lost"): two
 * partners typing into one field at once keep every word, in the same
 * order on every screen (and a late joiner's); the length is counted on
 * the merged text; typing into a write-in a partner just removed is undone,
 * not a reason to reset; an agreement covers exactly the choices; and the
 * field a partner is writing in reaches the other through presence.
 */
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { textSpec } from '../../shared/doc/fields.js';
import { addWriteIn, agree, removeWriteIn, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { sharedText, shiftPosition } from '../../shared/doc/sharedText.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { agreementStatus } from '../../shared/rules/agreementStatus.js';
import { evaluatePlan } from '../../shared/rules/evaluatePlan.js';
import { planFingerprint } from '../../shared/rules/planFingerprint.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import { eventually } from '../utils/eventually.js';
import type { Partner } from '../utils/partner.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const list = ESSENTIAL_LIST_2020_21;
const first = list.strategies[0].activities[0].id;
const onePerStrategy = list.strategies.map((s) => s.activities[0].id);

const room = serverWithPartners();
const join = (w: CreatedWorkshop, name: string, pair = 1): Promise<Partner> => room.join(w.joinCode, name, pair);

/** A person typing into one field of their document: a caret that partners' edits move as the pair room's input moves it. */
function typist(partner: Partner, itemId: string, field: 'note' | 'timeline', caret: number) {
  const text = sharedText(partner.doc, itemId, field);
  let at = caret;
  text.observe((event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.local) return;
    at = shiftPosition(event.delta, at);
  });
  return {
    type(chars: string): void {
      for (const c of chars) {
        text.insert(at, c);
        at += c.length;
      }
    },
  };
}

describe('two partners typing into one field at once', () => {
  it('keep every word, in the same order on both screens and a late joiner’s', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Typing', pairs: 1 });
    const ana = await join(w, 'Ana');
    const ben = await join(w, 'Ben');
    const anaTyping = typist(ana, first, 'note', 0);
    const benTyping = typist(ben, first, 'note', 0);
    const anaWords = 'Ask the principals first. ';
    const benWords = 'Then the PTA in October.';
    // Keystrokes interleaved, each sent before the other's arrives: both type at the same spot at once.
    for (let i = 0; i < Math.max(anaWords.length, benWords.length); i++) {
      anaTyping.type(anaWords[i] ?? '');
      benTyping.type(benWords[i] ?? '');
      if (i % 5 === 4) await new Promise((resolve) => setImmediate(resolve));
    }
    await eventually(() => expect(toSnapshot(ben.doc).details[first]?.note).toBe(toSnapshot(ana.doc).details[first]?.note));
    const note = toSnapshot(ana.doc).details[first]?.note ?? '';
    expect(note.length).toBe(anaWords.length + benWords.length);
    expect(note).toContain(anaWords);
    expect(note).toContain(benWords);
    const late = await join(w, 'Cy');
    await eventually(() => expect(toSnapshot(late.doc).details[first]?.note).toBe(note));
    expect(ana.closes).toEqual([]);
    expect(ben.closes).toEqual([]);
  });

  it('count the length on the merged text: what passes it is undone and the typist told, nobody reset', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Long', pairs: 1 });
    const ana = await join(w, 'Ana');
    const ben = await join(w, 'Ben');
    const max = textSpec('timeline').max;
    const half = Math.ceil(max / 2) + 10;
    // Each within the limit alone, past it together.
    sharedText(ana.doc, first, 'timeline').insert(0, 'a'.repeat(half));
    sharedText(ben.doc, first, 'timeline').insert(0, 'b'.repeat(half));
    await eventually(() => {
      const a = toSnapshot(ana.doc).details[first]?.timeline ?? '';
      expect(toSnapshot(ben.doc).details[first]?.timeline).toBe(a);
      expect(a.length).toBe(half);
    });
    const told = [...ana.controls, ...ben.controls].filter((c) => c.t === 'refused');
    expect(told).toEqual([expect.objectContaining({ t: 'refused', rule: 'text-too-long' })]);
    expect([...ana.closes, ...ben.closes]).toEqual([]);
  });

  it('undo typing into a write-in the partner just removed, without a reset', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Removed', pairs: 1 });
    const ana = await join(w, 'Ana');
    const ben = await join(w, 'Ben');
    const id = addWriteIn(ana.doc, 'share-knowledge', 'Family cafe', ana.actor, Date.now());
    await eventually(() => expect(toSnapshot(ben.doc).writeIns[id]?.text).toBe('Family cafe'));
    removeWriteIn(ana.doc, id);
    sharedText(ben.doc, id, 'writeIn').insert(11, ' on Fridays');
    await eventually(() => {
      expect(toSnapshot(ana.doc).writeIns).toEqual({});
      expect(toSnapshot(ben.doc).writeIns).toEqual({});
      expect(sharedText(ben.doc, id, 'writeIn').toString()).toBe(sharedText(ana.doc, id, 'writeIn').toString());
    });
    expect(sharedText(ana.doc, id, 'writeIn').toString()).toBe('');
    await eventually(() => expect(ben.controls.some((c) => c.t === 'refused' && c.rule === 'item-removed')).toBe(true));
    expect([...ana.closes, ...ben.closes]).toEqual([]);
  });
});

describe('an agreement', () => {
  it('holds while notes and the draft change, and is withdrawn on both screens when a write-in’s text changes', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Agree', pairs: 1 });
    const ana = await join(w, 'Ana');
    const ben = await join(w, 'Ben');
    ana.doc.transact(() => onePerStrategy.forEach((id) => setPick(ana.doc, id, ana.actor, Date.now())));
    const id = addWriteIn(ben.doc, 'share-knowledge', 'Family cafe', ben.actor, Date.now());
    await eventually(() => expect(Object.keys(toSnapshot(ana.doc).writeIns)).toEqual([id]));
    await eventually(() => expect(Object.keys(toSnapshot(ben.doc).picks)).toHaveLength(onePerStrategy.length));
    const fingerprint = planFingerprint(toSnapshot(ana.doc));
    agree(ana.doc, ana.actor, fingerprint, Date.now());
    agree(ben.doc, ben.actor, fingerprint, Date.now());
    const status = (p: Partner) => {
      const plan = toSnapshot(p.doc);
      return agreementStatus(plan, evaluatePlan(plan, list, list.rules).valid, [ana.actor.id, ben.actor.id]);
    };
    await eventually(() => {
      expect(status(ana).proposed).toBe(true);
      expect(status(ben).proposed).toBe(true);
    });
    sharedText(ana.doc, first, 'note').insert(0, 'Ask the principals first');
    sharedText(ben.doc, id, 'timeline').insert(0, 'Sept');
    await eventually(() => expect(toSnapshot(ben.doc).details[first]?.note).toBe('Ask the principals first'));
    await eventually(() => expect(toSnapshot(ana.doc).details[id]?.timeline).toBe('Sept'));
    expect(status(ana).proposed).toBe(true);
    expect(status(ben).proposed).toBe(true);
    sharedText(ana.doc, id, 'writeIn').insert(11, ', monthly');
    await eventually(() => {
      for (const p of [ana, ben]) {
        expect(status(p).proposed).toBe(false);
        expect(status(p).withdrawn.map((x) => x.name).sort()).toEqual(['Ana', 'Ben']);
      }
    });
  });
});

describe('presence', () => {
  it('tells the partner which field someone writes in, and passes on nothing else they claim', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Presence', pairs: 1 });
    const ana = await join(w, 'Ana');
    const ben = await join(w, 'Ben');
    const editingOf = (p: Partner, who: Partner): unknown => p.provider.awareness.getStates().get(who.doc.clientID)?.editing;
    ana.provider.awareness.setLocalStateField('editing', `text:${first}|note`);
    await eventually(() => expect(editingOf(ben, ana)).toBe(`text:${first}|note`));
    for (const hostile of ['picks', `text:${first}|secret`, `text:${'x'.repeat(80)}|note`, { field: 'note' }]) {
      ana.provider.awareness.setLocalStateField('editing', hostile);
      ana.provider.awareness.setLocalStateField('admin', true);
      await eventually(() => expect(editingOf(ben, ana)).toBeUndefined());
      expect(ben.provider.awareness.getStates().get(ana.doc.clientID)).not.toHaveProperty('admin');
      ana.provider.awareness.setLocalStateField('editing', `text:${first}|timeline`);
      await eventually(() => expect(editingOf(ben, ana)).toBe(`text:${first}|timeline`));
    }
  });
});
