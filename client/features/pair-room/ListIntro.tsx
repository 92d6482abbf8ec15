import { useTranslation } from 'react-i18next';
import { listLanguage } from './listLanguage.js';
import { useRoom } from './RoomContext.js';

/** The list's title, its "THINK with your ZOOM partner" prompts, and its directions (collapsible). */
export function ListIntro() {
  const { t } = useTranslation();
  const { list } = useRoom();
  const prompts = list.prompts ?? [];
  return (
    <section className="card intro" aria-labelledby="list-title">
      <h2 id="list-title" lang={listLanguage(list)}>
        {list.title}
        {list.subtitle && <span className="intro-subtitle">{list.subtitle}</span>}
      </h2>
      {prompts.length > 0 && (
        <div className="prompts">
          <p className="prompts-lead">{t('room.think')}</p>
          <ul lang={listLanguage(list)}>
            {prompts.map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </ul>
        </div>
      )}
      {list.directions.length > 0 && (
        <details className="directions">
          <summary>{t('room.directions')}</summary>
          <div lang={listLanguage(list)}>
            {list.directions.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            {list.source && <p className="source">{list.source}</p>}
          </div>
        </details>
      )}
    </section>
  );
}
