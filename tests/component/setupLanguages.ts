/**
 * Component tests render in English or Spanish synchronously, as the app
 * does after `main.tsx` has loaded the person's language: load Spanish's
 * chunk once before the tests. (The lazy loading itself is exercised in
 * Chromium by tests/e2e/modesAndLanguages.spec.ts.)
 */
import { initI18n, loadLanguage } from '../../client/i18n/index.js';

initI18n('en');
await loadLanguage('es');
