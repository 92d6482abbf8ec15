import { useTranslation } from 'react-i18next';
import { WRITE_IN_TEXT } from '../../../shared/doc/fields.js';
import { markWriteIn, removeWriteIn } from '../../../shared/doc/planDoc.js';
import type { WriteIn } from '../../../shared/doc/schema.js';
import { ChosenBy } from './ChosenBy.js';
import { DetailsToggle } from './DetailsToggle.js';
import { MarkChoice } from './MarkChoice.js';
import { SharedTextInput } from './SharedTextInput.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';

/**
 * A partner's own activity: chosen by being there; its text is shared text
 * either partner can edit, with who wrote it, Remove, details (and its mark
 * in inventory mode).
 */
export function WriteInItem({ id, writeIn }: { id: string; writeIn: WriteIn }) {
  const { t } = useTranslation();
  const room = useRoom();
  const readOnly = useReadOnly();
  const textId = `writein-${id}`;
  const byId = `${textId}-by`;
  const inventory = room.list.mode === 'inventory';
  return (
    <li className="item item--chosen item--write-in" data-testid="write-in">
      <div className="item-row">
        <span className="item-icon" aria-hidden="true">
          ✎
        </span>
        <p className="visually-hidden" id={textId}>
          {t('writeIn.itemLabel')} {writeIn.text}
        </p>
        <div className="item-text write-in-text">
          <SharedTextInput itemId={id} field={WRITE_IN_TEXT.field} aria-label={t('writeIn.editLabel')} />
        </div>
        <ChosenBy id={byId} participantId={writeIn.by} name={writeIn.name} text={t('writeIn.writtenBy', { name: writeIn.name })} />
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={readOnly}
          aria-label={t('writeIn.removeLabel', { item: writeIn.text })}
          onClick={() => removeWriteIn(room.connection.doc, id)}
        >
          {t('writeIn.remove')}
        </button>
      </div>
      {inventory && (
        <fieldset className="item-fieldset item-fieldset--plain" aria-labelledby={textId}>
          <MarkChoice name={textId} value={writeIn.mark ?? null} allowNone={false} onChange={(mark) => mark && markWriteIn(room.connection.doc, id, mark)} />
        </fieldset>
      )}
      <DetailsToggle itemId={id} itemText={writeIn.text} />
    </li>
  );
}
