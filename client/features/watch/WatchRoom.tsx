import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LeaderWorkshop } from '../../../shared/protocol/workshop.js';
import { useLocalizedList } from '../../i18n/useLocalizedList.js';
import type { PairRoomConnection } from '../../sync/PairRoomConnection.js';
import { useConnectionStatus } from '../../sync/useConnectionStatus.js';
import { AgreePanel } from '../pair-room/AgreePanel.js';
import { BroadcastBanner } from '../pair-room/BroadcastBanner.js';
import { Countdown } from '../pair-room/Countdown.js';
import { HelpToggle } from '../pair-room/HelpToggle.js';
import { ListIntro } from '../pair-room/ListIntro.js';
import { LockedNotice } from '../pair-room/LockedNotice.js';
import { PartnerAnnouncer } from '../pair-room/PartnerAnnouncer.js';
import { PlanDraft } from '../pair-room/PlanDraft.js';
import { PresenceList } from '../pair-room/PresenceList.js';
import { RoomContext, type RoomModel } from '../pair-room/RoomContext.js';
import { RulesBar } from '../pair-room/RulesBar.js';
import { StrategySection } from '../pair-room/StrategySection.js';
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
export function WatchRoom({ connection, workshop, pair, actions }: WatchRoomProps) {
  const { t } = useTranslation();
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
        {/* The slot for what the leader does for this pair: the integrator drops <PairMessageForm pair={n} /> in through `actions`. */}
        <section className="watch-actions" aria-label={t('watch.actionsLabel')} data-testid="watch-actions">
          {actions}
        </section>
        <BroadcastBanner />
        <LockedNotice />
        <div className="sticky-bar">
          <RulesBar />
          <Countdown />
        </div>
        <div className="room-layout">
          <div className="room-list">
            <ListIntro narrow={false} />
            {list.strategies.map((strategy) => (
              <StrategySection key={strategy.id} strategy={strategy} />
            ))}
          </div>
          <PlanDraft />
          <aside className="room-side" aria-labelledby="agree-heading">
            <AgreePanel />
            <HelpToggle />
          </aside>
        </div>
        <PartnerAnnouncer />
      </div>
    </RoomContext>
  );
}
