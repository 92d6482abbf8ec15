/**
 * Local UI state of the pair room — never plan data, which lives in the
 * Y.Doc. Built from slices; actions are plain module functions, so
 * components import what they call and tests can reset everything.
 */
import { create, type StateCreator } from 'zustand';
import type { MessageKey } from '../../shared/i18n/messages.js';

/** A message to show, as an i18n key with its values (so a language switch re-words it). */
export interface UiMessage {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  /** Increases on every showing, so the same refusal twice is announced twice. */
  readonly seq: number;
}

interface DetailsSlice {
  /** Items whose details panel is open, by item id. */
  readonly expanded: Readonly<Record<string, boolean>>;
}

interface RefusalSlice {
  /** Why the last tick was refused, until the plan makes room or it is dismissed. */
  readonly refusal: UiMessage | null;
}

interface BroadcastSlice {
  /** The leader's message the person closed (a new message shows again). */
  readonly dismissedBroadcastId: string | null;
}

export type UiState = DetailsSlice & RefusalSlice & BroadcastSlice;

const detailsSlice: StateCreator<UiState, [], [], DetailsSlice> = () => ({ expanded: {} });
const refusalSlice: StateCreator<UiState, [], [], RefusalSlice> = () => ({ refusal: null });
const broadcastSlice: StateCreator<UiState, [], [], BroadcastSlice> = () => ({ dismissedBroadcastId: null });

export const useUiStore = create<UiState>()((...a) => ({ ...detailsSlice(...a), ...refusalSlice(...a), ...broadcastSlice(...a) }));

const initial = useUiStore.getState();
let seq = 0;

/** Opens or closes an item's details. */
export function toggleDetails(itemId: string): void {
  useUiStore.setState((s) => ({ expanded: { ...s.expanded, [itemId]: !s.expanded[itemId] } }));
}

/** Shows why a tick was refused. */
export function showRefusal(key: MessageKey, params: Record<string, string | number> = {}): void {
  useUiStore.setState({ refusal: { key, params, seq: ++seq } });
}

export function clearRefusal(): void {
  if (useUiStore.getState().refusal !== null) useUiStore.setState({ refusal: null });
}

/** Hides the leader's current message. */
export function dismissBroadcast(id: string): void {
  useUiStore.setState({ dismissedBroadcastId: id });
}

/** Back to the initial state (a new room, or a test). */
export function resetUiStore(): void {
  useUiStore.setState(initial, true);
}
