/**
 * Types i18next's `t` (and react-i18next's `useTranslation().t` and
 * `<Trans>`) with English's messages, so a key English does not have fails
 * `npm run typecheck` (shared/i18n/messages.ts types shared code's keys the same way).
 */
import 'i18next';
import type { EN } from '../../shared/i18n/en.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof EN };
  }
}
