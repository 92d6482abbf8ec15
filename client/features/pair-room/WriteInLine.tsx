import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/doc/schema.js';
import type { Strategy } from '../../../shared/lists/types.js';
import { listLanguage } from './listLanguage.js';
import { writeIn, type WriteInRefusal } from './planActions.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';
import type { MessageKey } from '../../../shared/i18n/messages.js';

const MESSAGES: Record<Exclude<WriteInRefusal, 'max'>, MessageKey> = { empty: 'writeIn.empty', limit: 'writeIn.limit' };

/**
 * The strategy's write-in line, labelled with the source's own prompt ("Other
 * district activities to create awareness") or, when it has none, "Other
 * activity for <Strategy>": a text field and Add; a write-in counts as chosen.
 */
export function WriteInLine({ strategy, count }: { strategy: Strategy; count: number }) {
  const { t } = useTranslation();
  const room = useRoom();
  const readOnly = useReadOnly();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<WriteInRefusal | null>(null);
  const full = count >= LIMITS.writeInsPerStrategy;
  const inputId = `write-in-${strategy.id}`;
  const messageId = `${inputId}-message`;
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const refusal = writeIn(room, strategy.id, text);
    setProblem(refusal);
    if (refusal === null) setText('');
  };
  const message = full ? 'writeIn.limit' : problem && problem !== 'max' ? MESSAGES[problem] : null;
  return (
    <form className="write-in" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId} className="write-in-label" lang={strategy.writeInPrompt ? listLanguage(room.list, strategy) : undefined}>
        {strategy.writeInPrompt ?? t('writeIn.label', { strategy: strategy.title })}
      </label>
      <div className="write-in-row">
        <input
          id={inputId}
          type="text"
          value={text}
          maxLength={LIMITS.writeInLength}
          disabled={readOnly || full}
          aria-invalid={problem === 'empty' ? true : undefined}
          aria-describedby={message ? messageId : undefined}
          onChange={(e) => {
            setText(e.currentTarget.value);
            if (problem) setProblem(null);
          }}
        />
        <button type="submit" className="button button--secondary" disabled={readOnly || full} aria-label={t('writeIn.addLabel', { strategy: strategy.title })}>
          {t('writeIn.add')}
        </button>
      </div>
      <p id={messageId} className="hint" role="status">
        {message ? t(message, { max: LIMITS.writeInsPerStrategy }) : ''}
      </p>
    </form>
  );
}
