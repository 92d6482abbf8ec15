import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassifiedRow, TallyClasses } from '../../../shared/tally/classifyTally.js';
import { ActivityLabel } from '../leader/ActivityLabel.js';
import { useLeaderList } from '../leader/useTally.js';
import { textLanguage } from '../pair-room/listLanguage.js';
import { ShareControl } from './ShareControl.js';
import { useFitContent } from './useFitContent.js';

type Group = 'consensus' | 'contested' | 'notChosen';

/** How many rows a group lists in the side panel before "+N more" (the consensus view lists them all). */
const BRIEF_ROWS: Record<Group, number> = { consensus: 5, contested: 3, notChosen: 3 };

function GroupList({ group, rows, brief }: { group: Group; rows: readonly ClassifiedRow[]; brief: boolean }) {
  const { t } = useTranslation();
  const list = useLeaderList();
  const shown = brief ? rows.slice(0, BRIEF_ROWS[group]) : rows;
  const more = rows.length - shown.length;
  return (
    <section className={`pj-group pj-group--${group}`} aria-labelledby={`pj-group-${group}`} data-testid={`projector-${group}`}>
      <h2 id={`pj-group-${group}`}>
        {t(`projector.group.${group}`)} <span className="pj-group-count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="pj-empty">{t(`projector.groupEmpty.${group}`)}</p>
      ) : (
        <ol className="pj-group-list">
          {shown.map((row) => (
            <li key={row.activityId}>
              {group !== 'notChosen' && (
                <span className="pj-group-figure">{group === 'consensus' ? t('projector.pairsCount', { count: row.count }) : t('projector.splitOf', { split: row.split, count: row.count })}</span>
              )}
              <ActivityLabel className="pj-group-text" text={row.text} short={row.short} lang={textLanguage(list, row.activityId)} />
              {!brief && <span className="pj-group-strategy">{row.strategy}</span>}
            </li>
          ))}
        </ol>
      )}
      {more > 0 && <p className="pj-more">{t('projector.more', { count: more })}</p>}
    </section>
  );
}

interface Props {
  readonly classes: TallyClasses;
  readonly activePairs: number;
  readonly share: number;
  readonly onShare: (share: number) => void;
}

function Rule({ classes, activePairs, share, onShare }: Props) {
  const { t } = useTranslation();
  return (
    <p className="pj-rule">
      <ShareControl share={share} onShare={onShare} /> <span>{t('projector.rule', { count: classes.threshold, active: activePairs })}</span>
    </p>
  );
}

/** Beside the tally: the first consensus picks, contested and unchosen activities. */
export function TallySummary(props: Props) {
  const box = useRef<HTMLElement>(null);
  useFitContent(box, props.classes);
  return (
    <aside ref={box} className="pj-summary" data-testid="projector-summary">
      <Rule {...props} />
      <GroupList group="consensus" rows={props.classes.consensus} brief />
      <GroupList group="contested" rows={props.classes.contested} brief />
      <GroupList group="notChosen" rows={props.classes.notChosen} brief />
    </aside>
  );
}

/** The consensus view: every consensus pick, contested activity and unchosen one, in three columns. */
export function ConsensusView(props: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useFitContent(box, props.classes);
  return (
    <section className="pj-consensus" aria-labelledby="pj-consensus-heading" data-testid="projector-consensus-view">
      <header className="pj-view-head">
        <h2 id="pj-consensus-heading">{t('projector.view.consensus')}</h2>
        <Rule {...props} />
      </header>
      <div ref={box} className="pj-groups">
        <GroupList group="consensus" rows={props.classes.consensus} brief={false} />
        <GroupList group="contested" rows={props.classes.contested} brief={false} />
        <GroupList group="notChosen" rows={props.classes.notChosen} brief={false} />
      </div>
    </section>
  );
}
