import { useMemo } from 'react';
import type { RoomWorkshop, Session } from '../../../shared/protocol/responses.js';
import { useLocalizedList } from '../../i18n/useLocalizedList.js';
import type { PairRoomConnection } from '../../sync/PairRoomConnection.js';
import { CompactBar } from './CompactBar.js';
import { ConnectionNotice } from './ConnectionNotice.js';
import { LeaderWatchingNotice } from './LeaderWatchingNotice.js';
import { RoomContext, type RoomModel } from './RoomContext.js';
import { RoomBody } from './RoomBody.js';
import { RoomHeader } from './RoomHeader.js';
import { TakeHome } from './TakeHome.js';
import { useNarrowScreen } from './useNarrowScreen.js';
import { useRoomWorkshop } from '../../sync/useRoomWorkshop.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { useTranslation } from 'react-i18next';

export interface PairRoomProps {
  readonly connection: PairRoomConnection;
  readonly session: Session;
  readonly workshop: RoomWorkshop;
}

/**
 * The pair room: who is here, the clock and rules bar, the list by strategy,
 * and agreeing. On a phone-narrow screen the rules, the clock and "We agree"
 * move to a bar at the bottom (issue 18).
 */
export function PairRoom({ connection, session, workshop: joined }: PairRoomProps) {
  // Title and rules as the leader last changed them (issue 14).
  const workshop = useRoomWorkshop(connection, joined);
  const { t } = useTranslation();
  usePageTitle(t('room.pageTitle', { n: session.pair, title: workshop.title }));
  // The list in the person's language: every part of the room (and its announcements) reads this one.
  const list = useLocalizedList(workshop.list);
  const narrow = useNarrowScreen();
  const room = useMemo<RoomModel>(() => ({ connection, actor: connection.actor, list, rules: workshop.rules }), [connection, list, workshop.rules]);
  return (
    <RoomContext value={room}>
      <div className={narrow ? 'room room--narrow' : 'room'} data-screen="room">
        <RoomHeader session={session} workshop={workshop} />
        <RoomBody
          list={list}
          narrow={narrow}
          notices={
            <>
              <ConnectionNotice />
              <LeaderWatchingNotice />
            </>
          }
          side={<TakeHome workshopId={workshop.id} pair={session.pair} />}
          footer={narrow && <CompactBar />}
        />
      </div>
    </RoomContext>
  );
}
