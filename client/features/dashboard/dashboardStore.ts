/**
 * The dashboard's local UI state — which cards show and in what order —
 * never workshop data, which comes from the stream. Built from slices;
 * actions are plain module functions.
 */
import { create, type StateCreator } from 'zustand';
import type { PairFilter, PairSort } from './selectPairs.js';

interface FilterSlice {
  readonly filter: PairFilter;
}

interface SortSlice {
  readonly sort: PairSort;
}

export type DashboardUiState = FilterSlice & SortSlice;

const filterSlice: StateCreator<DashboardUiState, [], [], FilterSlice> = () => ({ filter: 'all' });
const sortSlice: StateCreator<DashboardUiState, [], [], SortSlice> = () => ({ sort: 'pair' });

export const useDashboardStore = create<DashboardUiState>()((...a) => ({ ...filterSlice(...a), ...sortSlice(...a) }));

const initial = useDashboardStore.getState();

export function setPairFilter(filter: PairFilter): void {
  useDashboardStore.setState({ filter });
}

export function setPairSort(sort: PairSort): void {
  useDashboardStore.setState({ sort });
}

/** Back to all pairs by number (a new workshop, or a test). */
export function resetDashboardStore(): void {
  useDashboardStore.setState(initial, true);
}
