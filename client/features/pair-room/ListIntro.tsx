import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markDirectionsSeen, wereDirectionsSeen } from './directionsSeen.js';
import { listLanguage } from './listLanguage.js';
import { useRoom } from './RoomContext.js';

/**
 * The list's name (the activity as its subtitle), its citation, its "THINK
 * with your ZOOM partner" prompts joined as the source joins them, and its
 * Directions: open on a first visit (where the rules and "we will hear ideas
 * at the end" are), closed after; on a phone they start closed, and the
 * citation shows two lines until tapped, so the first activities show on
 * the first screen (issue 18).
 */
export function ListIntro({ narrow = false }: { narrow?: boolean }) {
  const { t } = useTranslation();
  const { list } = useRoom();
  const lang = listLanguage(list);
  const [openAtFirst] = useState(() => !narrow && !wereDirectionsSeen(list.id));
  useEffect(() => markDirectionsSeen(list.id), [list.id]);
  return (
    <section className="card intro" aria-labelledby="list-title">
      <h2 id="list-title" lang={lang}>
        {list.title}
        {list.subtitle && <span className="intro-subtitle">{list.subtitle}</span>}
      </h2>
      {list.source &&
        (narrow ? (
          <details className="source source-details" lang={lang} data-testid="list-source">
            <summary>{list.source}</summary>
          </details>
        ) : (
          <p className="source" lang={lang} data-testid="list-source">
            {list.source}
          </p>
        ))}
      <Prompts />
      {list.directions.length > 0 && (
        <details className="directions" open={openAtFirst}>
          <summary>{t('room.directions')}</summary>
          <div lang={lang}>
            {list.directions.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </details>
      )}
    </section>
  );
}

/** The THINK prompts: a list, or (when the source joins them, "AND") one question per line with the join between. */
function Prompts() {
  const { t } = useTranslation();
  const { list } = useRoom();
  const prompts = list.prompts ?? [];
  if (prompts.length === 0) return null;
  return (
    <div className="prompts">
      <p className="prompts-lead">{t('room.think')}</p>
      {list.promptsJoin ? (
        <div className="prompts-joined" lang={listLanguage(list)}>
          {prompts.map((prompt, index) => (
            <Fragment key={index}>
              {index > 0 && <p className="prompts-join">{list.promptsJoin}</p>}
              <p className="prompt">{prompt}</p>
            </Fragment>
          ))}
        </div>
      ) : (
        <ul lang={listLanguage(list)}>
          {prompts.map((prompt, index) => (
            <li key={index}>{prompt}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
