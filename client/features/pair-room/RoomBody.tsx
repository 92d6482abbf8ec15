import type { ReactNode } from 'react';
import type { ActivityList } from '../../../shared/lists/types.js';
import { AgreePanel } from './AgreePanel.js';
import { BroadcastBanner } from './BroadcastBanner.js';
import { Countdown } from './Countdown.js';
import { HelpAnswerBanner } from './HelpAnswerBanner.js';
import { HelpToggle } from './HelpToggle.js';
import { ListIntro } from './ListIntro.js';
import { LockedNotice } from './LockedNotice.js';
import { PartnerAnnouncer } from './PartnerAnnouncer.js';
import { PlanDraft } from './PlanDraft.js';
import { RulesBar } from './RulesBar.js';
import { StrategySection } from './StrategySection.js';
import { TimesUpNotice } from './TimesUpNotice.js';

export interface RoomBodyProps {
  readonly list: ActivityList;
  /** Phone-narrow: the rules and the clock move to the bar at the bottom (`footer`). */
  readonly narrow?: boolean;
  /** Notices only this screen shows, below the leader's message and answer (the partner's connection, "the leader is looking"). */
  readonly notices?: ReactNode;
  /** What this screen adds under agreeing (the partner's take-home links). */
  readonly side?: ReactNode;
  /** After the room (the phone's compact bar). */
  readonly footer?: ReactNode;
}

/**
 * A pair room below its header, as the partners see it — the leader's
 * message and answer, the lock and time's-up notices, the rules and the
 * clock, the list by strategy, the plan draft, agreeing and help — for the
 * partners' room and for the leader who opens it read-only (issue 14), so
 * both show the same room.
 */
export function RoomBody({ list, narrow = false, notices, side, footer }: RoomBodyProps) {
  return (
    <>
      <BroadcastBanner />
      <HelpAnswerBanner />
      {notices}
      <LockedNotice />
      <TimesUpNotice />
      {!narrow && (
        <div className="sticky-bar">
          <RulesBar />
          <Countdown />
        </div>
      )}
      <div className="room-layout">
        <div className="room-list">
          <ListIntro narrow={narrow} />
          {list.strategies.map((strategy) => (
            <StrategySection key={strategy.id} strategy={strategy} />
          ))}
        </div>
        <PlanDraft />
        <aside className="room-side" aria-labelledby="agree-heading">
          <AgreePanel />
          <HelpToggle />
          {side}
        </aside>
      </div>
      {footer}
      <PartnerAnnouncer />
    </>
  );
}
