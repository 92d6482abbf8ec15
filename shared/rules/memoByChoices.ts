/**
 * Remembering what was derived from a plan's choices while they stay the
 * same objects. Snapshots are immutable and patched key by key
 * (`shared/doc/patchSnapshot.ts`), so a keystroke in a note makes a new
 * snapshot that shares the old `picks` and `writeIns`: the rules, the
 * agreement fingerprint and the partners need not be worked out again. At a
 * thousand pairs the dashboards summarised every changed pair every 50 ms,
 * and those three were a twelfth of the server's time (issue 17).
 *
 * One entry per `picks` object (a WeakMap: it goes with the snapshot), and it
 * holds only when every other input is the same object too.
 */
export function memoByChoices<Picks extends object, Deps extends readonly unknown[], Result>(
  compute: (picks: Picks, ...deps: Deps) => Result,
): (picks: Picks, ...deps: Deps) => Result {
  const cache = new WeakMap<Picks, { deps: Deps; result: Result }>();
  return (picks, ...deps) => {
    const hit = cache.get(picks);
    if (hit && sameObjects(hit.deps, deps)) return hit.result;
    const result = compute(picks, ...deps);
    cache.set(picks, { deps, result });
    return result;
  };
}

function sameObjects(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
