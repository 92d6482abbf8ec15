/**
 * The dashboard's local UI state — which pairs show, in what order, as
 * cards or as a table —
 * never workshop data, which comes from the stream. Built from slices;
 * actions are plain module functions.
 */
import { create, type StateCreator } from 'zustand';
import type { PairFilter, PairSort } from './selectPairs.js';

/** How the pairs show: a card each, or a compact table row each (30 pairs and more). */
export const PAIR_VIEWS = ['cards', 'table'] as const;
export type PairView = (typeof PAIR_VIEWS)[number];

/** Where the leader's choice of view is remembered, across workshops. */
export const PAIR_VIEW_STORAGE_KEY = 'pairplan.dashboard.view';

function rememberedView(): PairView {
  try {
    const stored = globalThis.localStorage?.getItem(PAIR_VIEW_STORAGE_KEY);
    return (PAIR_VIEWS as readonly (string | null | undefined)[]).includes(stored) ? (stored as PairView) : 'cards';
  } catch {
    return 'cards';
  }
}

interface FilterSlice {
  readonly filter: PairFilter;
}

interface SortSlice {
  readonly sort: PairSort;
}

interface ViewSlice {
  readonly view: PairView;
}

export type DashboardUiState = FilterSlice & SortSlice & ViewSlice;

const filterSlice: StateCreator<DashboardUiState, [], [], FilterSlice> = () => ({ filter: 'all' });
const sortSlice: StateCreator<DashboardUiState, [], [], SortSlice> = () => ({ sort: 'pair' });

const viewSlice: StateCreator<DashboardUiState, [], [], ViewSlice> = () => ({ view: rememberedView() });

export const useDashboardStore = create<DashboardUiState>()((...a) => ({ ...filterSlice(...a), ...sortSlice(...a), ...viewSlice(...a) }));

const initial = useDashboardStore.getState();

export function setPairFilter(filter: PairFilter): void {
  useDashboardStore.setState({ filter });
}

export function setPairSort(sort: PairSort): void {
  useDashboardStore.setState({ sort });
}

/** Shows the pairs as cards or as a table, and remembers the choice in this browser. */
export function setPairView(view: PairView): void {
  useDashboardStore.setState({ view });
  try {
    globalThis.localStorage?.setItem(PAIR_VIEW_STORAGE_KEY, view);
  } catch {
    // A browser that keeps nothing still switches the view.
  }
}

/** Back to all pairs by number, in the remembered view (a new workshop, or a test). */
export function resetDashboardStore(): void {
  useDashboardStore.setState({ ...initial, view: rememberedView() }, true);
}
