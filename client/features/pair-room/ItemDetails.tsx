import { useTranslation } from 'react-i18next';
import { setDetail } from '../../../shared/doc/planDoc.js';
import { textSpec, type ItemDetails as Details } from '../../../shared/doc/fields.js';
import { GoalChoice } from './GoalChoice.js';
import { SharedTextInput } from './SharedTextInput.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';

/** Goals a choice serves, a short note (shared text both partners type in), and "we split on this". */
export function ItemDetails({ id, itemId, itemText, details }: { id: string; itemId: string; itemText: string; details: Details | undefined }) {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const readOnly = useReadOnly();
  const noteId = `${id}-note`;
  return (
    <div className="details-panel" id={id}>
      <GoalChoice itemId={itemId} itemText={itemText} goals={details?.goals ?? []} legend={t('details.goalsLegend')} className="details-goals" />
      <div className="field">
        <label htmlFor={noteId}>
          {t('details.note')}
          <span className="visually-hidden"> — {itemText}</span>
        </label>
        <SharedTextInput multiline id={noteId} rows={2} itemId={itemId} field="note" aria-describedby={`${noteId}-hint`} />
        <p id={`${noteId}-hint`} className="hint">
          {t('details.noteHint', { max: textSpec('note').max })}
        </p>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={details?.split ?? false}
          disabled={readOnly}
          onChange={(e) => setDetail(connection.doc, itemId, 'split', e.currentTarget.checked)}
        />
        {t('details.split')}
        <span className="visually-hidden"> — {itemText}</span>
      </label>
    </div>
  );
}
