import { useCallback, useState } from 'react';
import { localTimeZone } from '../../shared/time/timeZone.js';
import { createWorkshop } from '../api/setupApi.js';
import { rememberWorkshop } from '../features/leader/rememberedWorkshops.js';
import { keepFacilitatorKey } from '../features/leader/facilitatorKey.js';
import { adoptRooms, createRooms, linkMeeting } from './hostSetup.js';
import type { HostAuth, HostWorkshop } from './zoomApi.js';
import type { ZoomClient } from './zoomClient.js';
import type { MessageKey } from '../../shared/i18n/messages.js';

/** What the host panel last did, to say in words. */
export type HostNote = { readonly key: MessageKey; readonly params?: Readonly<Record<string, number>>; readonly error?: boolean } | null;

/** The host's set-up: the linked workshop, whether a step runs, and the last note. */
export interface HostSetup {
  readonly linked: { readonly auth: HostAuth; readonly workshop: HostWorkshop } | null;
  readonly busy: boolean;
  readonly note: HostNote;
  link(auth: HostAuth): void;
  createAndLink(title: string, pairs: number): void;
  invite(): void;
  makeRooms(): void;
  adopt(): void;
  open(): void;
}

/** The host panel's state and steps (hostSetup.ts does the work); one step at a time. */
export function useHostSetup(client: ZoomClient): HostSetup {
  const [linked, setLinked] = useState<HostSetup['linked']>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<HostNote>(null);
  const run = useCallback((step: () => Promise<HostNote>) => {
    setBusy(true);
    step().then(
      (done) => setNote(done),
      () => setNote({ key: 'zoom.host.failed', error: true }),
    ).finally(() => setBusy(false));
  }, []);

  const linkAuth = useCallback(
    async (auth: HostAuth): Promise<HostNote> => {
      const workshop = await linkMeeting(client, auth);
      keepFacilitatorKey(auth.workshopId, auth.key);
      rememberWorkshop({ id: auth.workshopId, key: auth.key, title: workshop.title });
      setLinked({ auth, workshop });
      return { key: 'zoom.host.linked' };
    },
    [client],
  );

  return {
    linked,
    busy,
    note,
    link: (auth) => run(() => linkAuth(auth)),
    createAndLink: (title, pairs) =>
      run(async () => {
        const created = await createWorkshop({ title, pairs, timeZone: localTimeZone() });
        return linkAuth({ workshopId: created.id, key: created.facilitatorKey });
      }),
    invite: () =>
      run(async () => {
        await client.sendAppInvitationToAllParticipants();
        return { key: 'zoom.host.invited' };
      }),
    makeRooms: () =>
      run(async () => {
        if (!linked) return null;
        const done = await createRooms(client, linked.auth, linked.workshop);
        return { key: 'zoom.host.roomsMade', params: done };
      }),
    adopt: () =>
      run(async () => {
        if (!linked) return null;
        return { key: 'zoom.host.roomsAdopted', params: await adoptRooms(client, linked.auth) };
      }),
    open: () =>
      run(async () => {
        await client.openBreakoutRooms();
        return { key: 'zoom.host.opened' };
      }),
  };
}
