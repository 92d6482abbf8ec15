import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LeaderWorkshop } from '../../../shared/protocol/workshop.js';
import { useLocalizedList } from '../../i18n/useLocalizedList.js';
import type { PairRoomConnection } from '../../sync/PairRoomConnection.js';
import { useConnectionStatus } from '../../sync/useConnectionStatus.js';
import { useRoomWorkshop } from '../../sync/useRoomWorkshop.js';
import { PresenceList } from '../pair-room/PresenceList.js';
import { RoomBody } from '../pair-room/RoomBody.js';
import { RoomContext, type RoomModel } from '../pair-room/RoomContext.js';
import { Icon } from '../shell/Icon.js';
import '../../styles/watch.css';

export interface WatchRoomProps {
  readonly connection: PairRoomConnection;
  readonly workshop: LeaderWorkshop;
  readonly pair: number;
  /** What the leader can do for this pair from here (the "message this pair" form, issue 14); nothing by default. */
  readonly actions?: ReactNode;
}

function WatchStatus({ connection }: { connection: PairRoomConnection }) {
  const { t } = useTranslation();
  const status = useConnectionStatus(connection);
  const reason = status.close && status.state !== 'connected' ? t(status.close.messageKey, status.close.params) : null;
  return (
    <p className={`connection connection--${status.state}`} role="status" data-testid="connection-status">
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-state">{t(`connection.${status.state}`)}</span>
      {reason && <span className="connection-reason"> {reason}</span>}
    </p>
  );
}

/**
 * A pair's room as its partners see it, live and read-only, for the leader
 * (issue 14 "Open a pair"): the same components as the pair room, every
 * control disabled (useReadOnly reads `connection.readOnly`), with the
 * partners' presence, the plan, the notes and the plan draft.
 */
export function WatchRoom({ connection, workshop: loaded, pair, actions }: WatchRoomProps) {
  const { t } = useTranslation();
  // Title and rules as the leader last changed them, from the room's live state, as the partners see them.
  const workshop = useRoomWorkshop(connection, loaded);
  const list = useLocalizedList(workshop.list);
  const room = useMemo<RoomModel>(() => ({ connection, actor: connection.actor, list, rules: workshop.rules }), [connection, list, workshop.rules]);
  return (
    <RoomContext value={room}>
      <div className="room room--watch" data-screen="room" data-testid="watch-room">
        <div className="watch-bar">
          <Link href={`/facilitate/${encodeURIComponent(workshop.id)}`} className="button button--quiet button--small">
            ← {t('watch.back')}
          </Link>
          <p className="watch-readonly">
            <Icon name="eye" /> {t('watch.readOnly')}
          </p>
        </div>
        <div className="room-header">
          <div className="room-title">
            <h1>{t('watch.heading', { n: pair })}</h1>
            <p className="room-pair">{workshop.title}</p>
          </div>
          <div className="room-meta">
            <PresenceList />
            <WatchStatus connection={connection} />
          </div>
        </div>
        {/* What the leader does for this pair from here: the message form (WatchPairPage). */}
        <section className="watch-actions" aria-label={t('watch.actionsLabel')} data-testid="watch-actions">
          {actions}
        </section>
        <RoomBody list={list} />
      </div>
    </RoomContext>
  );
}
