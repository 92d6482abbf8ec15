/**
 * i18next for the client, with the messages shared/ formats with
 * (shared/i18n/en.ts and es.ts). The language is the one the person chose
 * (kept in localStorage), else the browser's, else English; `<html lang>`
 * follows it.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { EN } from '../../shared/i18n/en.js';
import { LANGUAGES, type Language } from '../../shared/i18n/languages.js';
import type { Messages } from '../../shared/i18n/messages.js';

/** Where the chosen language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'pairplan.lang';

const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language to start in: remembered, else the browser's, else English. */
export function detectLanguage(): Language {
  const remembered = stored();
  if (isLanguage(remembered)) return remembered;
  const browser = globalThis.navigator?.language?.slice(0, 2).toLowerCase();
  return isLanguage(browser) ? browser : 'en';
}

function setDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/**
 * English is in the main bundle; every other language is a chunk of its own,
 * fetched when someone uses it (most people never download Spanish, and
 * Spanish speakers never wait for it twice).
 */
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  es: () => import('../../shared/i18n/es.js').then((m) => m.ES),
};

const loading = new Map<Language, Promise<void>>();

/** Makes `language`'s messages available: its chunk is fetched and added once, however many callers ask. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return Promise.resolve();
  let load = loading.get(language);
  if (!load) {
    load = LOADERS[language]().then(
      (messages) => void i18next.addResourceBundle(language, 'translation', messages),
      (error: unknown) => {
        loading.delete(language); // a failed fetch may be retried
        throw error;
      },
    );
    loading.set(language, load);
  }
  return load;
}

/**
 * Initialises i18next once (synchronously, with English bundled) and returns
 * it. Another language shows once its messages are loaded: `main.tsx` waits
 * for that before the first render.
 */
export function initI18n(language: Language = detectLanguage()): i18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { en: { translation: EN } },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    i18next.on('languageChanged', setDocumentLanguage);
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  if (!i18next.hasResourceBundle(language, 'translation')) {
    void loadLanguage(language).then(() => i18next.changeLanguage(language));
  }
  setDocumentLanguage(i18next.language);
  return i18next;
}

/** Switches the language and remembers the choice. */
export function chooseLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void loadLanguage(language).then(() => i18next.changeLanguage(language));
}

export { isLanguage };
