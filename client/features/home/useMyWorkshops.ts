import { useState } from 'react';
import { deleteWorkshop } from '../../api/facilitatorApi.js';
import type { CreatedWorkshop } from '../../../shared/protocol/responses.js';
import { forgetWorkshop, listRememberedWorkshops, rememberWorkshop, setArchived, type RememberedWorkshop } from '../leader/rememberedWorkshops.js';

/** What the start page last did to a workshop, said once in its live region. */
export type MyWorkshopsNotice =
  | { readonly kind: 'forgotten'; readonly workshop: RememberedWorkshop }
  | { readonly kind: 'archived' | 'unarchived' | 'deleted'; readonly title: string }
  | { readonly kind: 'restored'; readonly id: string; readonly title: string };

/**
 * The workshops this browser runs (issue 14 "My workshops"): the active and
 * the archived (archiving is this browser's alone), and what can be done to
 * each — forget it here, archive it, delete it on the server for good — and
 * a workshop restored from a file, remembered with its new key.
 */
export function useMyWorkshops() {
  const [workshops, setWorkshops] = useState(listRememberedWorkshops);
  const [notice, setNotice] = useState<MyWorkshopsNotice | null>(null);
  const refresh = (): void => setWorkshops(listRememberedWorkshops());
  return {
    active: workshops.filter((w) => !w.archived),
    archived: workshops.filter((w) => w.archived),
    notice,
    forget(workshop: RememberedWorkshop): void {
      forgetWorkshop(workshop.id);
      setNotice({ kind: 'forgotten', workshop });
      refresh();
    },
    undoForget(): void {
      if (notice?.kind === 'forgotten') rememberWorkshop(notice.workshop);
      if (notice?.kind === 'forgotten' && notice.workshop.archived) setArchived(notice.workshop.id, true);
      setNotice(null);
      refresh();
    },
    archive(workshop: RememberedWorkshop, archived: boolean): void {
      setArchived(workshop.id, archived);
      setNotice({ kind: archived ? 'archived' : 'unarchived', title: workshop.title });
      refresh();
    },
    /** Deletes on the server, then forgets it here; rejects (with the server's reason) and keeps it when that fails. */
    async remove(workshop: RememberedWorkshop): Promise<void> {
      await deleteWorkshop({ workshopId: workshop.id, key: workshop.key });
      forgetWorkshop(workshop.id);
      setNotice({ kind: 'deleted', title: workshop.title });
      refresh();
    },
    restored(created: CreatedWorkshop, title: string): void {
      rememberWorkshop({ id: created.id, key: created.facilitatorKey, title, created: Date.now() });
      setNotice({ kind: 'restored', id: created.id, title });
      refresh();
    },
  };
}
