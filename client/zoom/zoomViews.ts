import type { ReactNode } from 'react';

/**
 * The participant's pages the Zoom views show, handed in by App.tsx rather
 * than imported: the pair room and the join page are in the main bundle, and
 * importing them from the Zoom chunk made the bundler split them out of it,
 * an extra request for every participant in a browser (bench:client).
 */
export interface ZoomViews {
  /** The pair room of `workshopId`; a new `key` opens it afresh (another pair). */
  pairRoom(workshopId: string, key: string): ReactNode;
  /** The join page of `code`, to pick a pair by hand. */
  joinPage(code: string): ReactNode;
}
