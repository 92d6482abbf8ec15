/** The formatters of the time of day, one per language. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "10:42" (or "10:42 AM", as the language writes it) for a server time,
 * shown on this device's clock: `offsetMs` is server minus local time.
 */
export function formatTimeOfDay(serverMs: number, offsetMs: number, language: string): string {
  let format = formatters.get(language);
  if (!format) formatters.set(language, (format = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' })));
  return format.format(serverMs - offsetMs);
}
