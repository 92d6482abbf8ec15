import type { TallyRow } from '../../../shared/tally/aggregatePlans.js';
import { shareStyle } from './shareStyle.js';

/**
 * A tally row's bar: the share of pairs that chose it, or in inventory mode
 * two fills (✓ now, ☆ future). `block` is the CSS block (`tally` on the
 * dashboard, `pj` on the projector): `<block>-bar`, `<block>-fill`, `<block>-fill--now|future`.
 */
export function TallyBar({ row, pairs, inventory, block }: { row: TallyRow; pairs: number; inventory: boolean; block: 'tally' | 'pj' }) {
  const share = (n: number): ReturnType<typeof shareStyle> => shareStyle(pairs ? n / pairs : 0);
  return (
    <span className={`${block}-bar`} aria-hidden="true">
      {inventory ? (
        <>
          <span className={`${block}-fill ${block}-fill--now`} style={share(row.now)} />
          <span className={`${block}-fill ${block}-fill--future`} style={share(row.future)} />
        </>
      ) : (
        <span className={`${block}-fill`} style={share(row.count)} />
      )}
    </span>
  );
}
