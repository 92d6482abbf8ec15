import { useTranslation } from 'react-i18next';
import { MARKS, type Mark } from '../../../shared/doc/schema.js';
import { useReadOnly } from './useReadOnly.js';

const ICONS: Record<Mark, string> = { now: '✓', future: '☆' };

/** Radio buttons ✓ now / ☆ future (/ not marked), inside the caller's fieldset. */
export function MarkChoice({
  name,
  value,
  allowNone,
  onChange,
}: {
  name: string;
  value: Mark | null;
  allowNone: boolean;
  onChange: (mark: Mark | null) => void;
}) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const options: (Mark | null)[] = allowNone ? [...MARKS, null] : [...MARKS];
  return (
    <div className="marks">
      {options.map((mark) => (
        <label key={mark ?? 'none'} className={`mark mark--${mark ?? 'none'}`}>
          <input
            type="radio"
            name={name}
            checked={value === mark}
            disabled={readOnly}
            onChange={() => onChange(mark)}
          />
          {mark && (
            <span className="mark-icon" aria-hidden="true">
              {ICONS[mark]}
            </span>
          )}
          <span>{t(mark ? `item.mark.${mark}` : 'item.mark.none')}</span>
        </label>
      ))}
    </div>
  );
}
