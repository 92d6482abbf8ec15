import { useEffect, useRef, useSyncExternalStore, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { textRootName, textSpec, type TextField } from '../../../shared/doc/fields.js';
import { replaceText, sharedText, shiftPosition } from '../../../shared/doc/sharedText.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';

/** The origin of this input's own edits: the field already shows them. */
const TYPED_HERE = Symbol('typed here');

type Common = 'id' | 'className' | 'lang' | 'placeholder' | 'aria-describedby' | 'aria-label' | 'aria-labelledby';
type Props = { readonly itemId: string; readonly field: TextField } & (
  | ({ readonly multiline: true } & Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, Common | 'rows'>)
  | ({ readonly multiline?: false } & Pick<InputHTMLAttributes<HTMLInputElement>, Common | 'list'>)
);

/**
 * An input bound to one item's shared text (a root Y.Text): every keystroke
 * is sent as its smallest edit, a partner's edits arrive character by
 * character with this person's caret kept where they were writing, and
 * partners see "Ana is writing here…" under the field the caret is in.
 * The length limit counts the merged text (the server undoes what goes past it).
 */
export function SharedTextInput(props: Props) {
  const { itemId, field } = props;
  const { t } = useTranslation();
  const { connection } = useRoom();
  const readOnly = useReadOnly();
  const doc = useSyncExternalStore(connection.subscribe, connection.getDoc);
  const name = textRootName(itemId, field);
  const writers = useSyncExternalStore(connection.subscribe, () => connection.getEditing().get(name) ?? NOBODY_EDITING_NAMES);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { max } = textSpec(field);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const text = sharedText(doc, itemId, field);
    el.value = text.toString();
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
      if (transaction.origin === TYPED_HERE) return;
      const focused = el.ownerDocument.activeElement === el;
      const start = shiftPosition(event.delta, el.selectionStart ?? 0);
      const end = shiftPosition(event.delta, el.selectionEnd ?? 0);
      el.value = text.toString();
      if (focused) el.setSelectionRange(start, end);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [doc, itemId, field]);

  // A field that goes away with the caret in it (its row unticked, say) leaves no "writing here" behind.
  const focused = useRef(false);
  useEffect(
    () => () => {
      if (focused.current) connection.setEditing(null);
    },
    [connection],
  );

  const onInput = (): void => {
    const el = ref.current;
    if (!el || readOnly) return;
    const text = sharedText(doc, itemId, field);
    doc.transact(() => replaceText(text, el.value.slice(0, max), el.selectionEnd ?? undefined), TYPED_HERE);
  };
  const shared = {
    ref,
    maxLength: max,
    readOnly,
    onChange: onInput,
    onFocus: () => {
      focused.current = true;
      connection.setEditing(name);
    },
    onBlur: () => {
      focused.current = false;
      connection.setEditing(null);
    },
    'data-field': name,
    'data-partner-writing': writers.length > 0 ? 'true' : undefined,
  };
  const { itemId: _itemId, field: _field, multiline, ...attributes } = props;
  return (
    <span className="shared-text">
      {multiline ? <textarea {...attributes} {...shared} /> : <input type="text" {...(attributes as InputHTMLAttributes<HTMLInputElement>)} {...shared} />}
      {writers.length > 0 && (
        <span className="writing-here" data-testid="writing-here">
          {t('sharedText.writing', { names: writers.join(', '), count: writers.length })}
        </span>
      )}
    </span>
  );
}

const NOBODY_EDITING_NAMES: readonly string[] = [];
