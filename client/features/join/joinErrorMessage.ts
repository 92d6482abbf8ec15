import { ApiError } from '../../api/http.js';
import type { Translate } from '../../../shared/i18n/messages.js';

/**
 * Why a join failed, in the person's language: a network failure, no such
 * workshop, too many tries, or (joining by name) a name not on the roster.
 * Any other refusal keeps the server's own words.
 */
export function joinErrorMessage(error: unknown, byRoster: boolean, t: Translate): string {
  if (!(error instanceof ApiError) || error.status === 0) return t('app.networkError');
  if (error.status === 404) return t('join.notFound');
  if (error.status === 429) return t('join.tooMany');
  if (error.status === 400 && byRoster) return t('join.notOnRoster');
  return error.message;
}
