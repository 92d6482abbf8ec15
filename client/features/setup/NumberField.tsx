import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './setupForm.js';

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly min: number;
  readonly max: number;
  readonly problem?: FieldProblem;
  readonly onChange: (value: string) => void;
}

/** A labelled whole-number input with its hint and, when wrong, its error (linked by `aria-describedby`). */
export function NumberField({ id, label, hint, value, min, max, problem, onChange }: NumberFieldProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field field--number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {t(problem.key, problem.params)}
        </p>
      )}
    </div>
  );
}
