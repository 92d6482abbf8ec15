/** The name a person joined with last time, to prefill the join form. */
export const NAME_STORAGE_KEY = 'pairplan.name';

export function readRememberedName(): string {
  try {
    return globalThis.localStorage?.getItem(NAME_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberName(name: string): void {
  try {
    globalThis.localStorage?.setItem(NAME_STORAGE_KEY, name);
  } catch {
    // private mode: nothing to remember with
  }
}
