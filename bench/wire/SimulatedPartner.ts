/**
 * What one simulated partner has written, as little as its next update
 * needs: its Yjs client id and clock, the item each of its picks last wrote
 * (a re-tick's origin, an untick's deletion) and the live characters of each
 * text it types in (the next keystroke's origin, the oldest to trim). It
 * writes the same updates `setPick`, `removePick` and typing into a
 * `sharedText` write in a real Y.Doc (see tests/unit/bench/yjsUpdates.test.ts),
 * for the fields only this partner writes (the benchmark's partners never
 * write the same key or text).
 */
import { encodeDeleteUpdate, encodeItemUpdate, type StructId } from './yjsUpdates.js';

/** An update and the id a receiver will read first from it (see `readFirstId`). */
export interface Written {
  readonly update: Uint8Array;
  readonly id: StructId;
}

/** The root map the picks live in (shared/doc/planDoc.ts). */
const PICKS = 'picks';

export class SimulatedPartner {
  private clock = 0;
  private readonly picks = new Map<string, { id: StructId; live: boolean }>();
  private readonly texts = new Map<string, StructId[]>();

  constructor(readonly clientId: number) {}

  private nextId(): StructId {
    return { client: this.clientId, clock: this.clock++ };
  }

  /** Whether this partner's pick of `key` stands. */
  isPicked(key: string): boolean {
    return this.picks.get(key)?.live ?? false;
  }

  /** Picks `key` with `value` (what `setPick` stores): a new item after the key's last one. */
  pick(key: string, value: unknown): Written {
    const id = this.nextId();
    const last = this.picks.get(key);
    this.picks.set(key, { id, live: true });
    return { update: encodeItemUpdate(id, last?.id ?? null, PICKS, key, { any: value }), id };
  }

  /** Unpicks `key` (what `removePick` does): deletes the item its pick wrote. */
  unpick(key: string): Written {
    const pick = this.picks.get(key);
    if (!pick?.live) throw new Error(`${key} is not picked`);
    pick.live = false;
    return { update: encodeDeleteUpdate(this.clientId, [[pick.id.clock, 1]]), id: pick.id };
  }

  /** The length of a text this partner typed (its live characters). */
  textLength(root: string): number {
    return this.texts.get(root)?.length ?? 0;
  }

  /** Appends one character (one UTF-16 unit) to the root text `root`: one keystroke. */
  type(root: string, char: string): Written {
    if (char.length !== 1) throw new Error('one keystroke is one character');
    const chars = this.texts.get(root) ?? this.texts.set(root, []).get(root)!;
    const id = this.nextId();
    const origin = chars.length > 0 ? chars[chars.length - 1] : null;
    chars.push(id);
    return { update: encodeItemUpdate(id, origin, root, null, { str: char }), id };
  }

  /** Deletes the first `count` characters of `root` (at least one stays, so the next keystroke has an origin). */
  trim(root: string, count: number): Written {
    const chars = this.texts.get(root) ?? [];
    if (count < 1 || count >= chars.length) throw new Error('trim leaves at least one character');
    const removed = chars.splice(0, count).sort((a, b) => a.clock - b.clock);
    const ranges: [number, number][] = [];
    for (const { clock } of removed) {
      const last = ranges[ranges.length - 1];
      if (last && last[0] + last[1] === clock) last[1]++;
      else ranges.push([clock, 1]);
    }
    return { update: encodeDeleteUpdate(this.clientId, ranges), id: { client: this.clientId, clock: ranges[0][0] } };
  }
}
