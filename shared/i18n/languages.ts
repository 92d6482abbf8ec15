/** The languages the app ships in (a module of its own, so the client can name them without bundling every language's messages). */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
