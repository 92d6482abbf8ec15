import type { ChangeEvent, Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { readFileText } from './readFileText.js';
import { MAX_LIST_FILE_BYTES, readListFile } from './readListFile.js';
import type { FieldProblem, SetupAction, SetupState } from './setupForm.js';

/** The leader's own list: a file input, the format, and what came of the file (its error names the line). */
export function ListImport({ state, dispatch, problem }: { state: SetupState; dispatch: Dispatch<SetupAction>; problem?: FieldProblem }) {
  const { t } = useTranslation();
  const handleFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > MAX_LIST_FILE_BYTES) {
      dispatch({ type: 'importFailed', fileName: file.name, error: t('setup.import.tooLarge', { kb: Math.round(MAX_LIST_FILE_BYTES / 1000) }) });
      return;
    }
    readFileText(file).then(
      (text) => {
        const result = readListFile(file.name, text, state.mode);
        dispatch(result.ok ? { type: 'imported', fileName: file.name, list: result.list } : { type: 'importFailed', fileName: file.name, error: result.error });
      },
      () => dispatch({ type: 'importFailed', fileName: file.name, error: t('setup.import.unreadable') }),
    );
  };
  const imported = state.imported;
  const activities = imported ? imported.list.strategies.reduce((n, s) => n + s.activities.length, 0) : 0;
  const invalid = state.importError !== null || problem !== undefined;
  return (
    <div className="list-import">
      <div className="field">
        <label htmlFor="setup-list-file">{t('setup.import.label')}</label>
        <input
          id="setup-list-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-invalid={invalid ? true : undefined}
          aria-describedby="setup-list-file-result"
          onChange={handleFile}
        />
      </div>
      <details className="format-help">
        <summary>{t('setup.import.formatSummary')}</summary>
        <p>{t('setup.import.formatCsv')}</p>
        <pre className="format-example">{'strategy,activity,description\nCreate awareness,Meet with the superintendent,Help everyone know about the program\nCreate awareness,Post the program on the website,'}</pre>
        <p>{t('setup.import.formatJson')}</p>
        <pre className="format-example">{'{ "title": "Our list", "mode": "choose",\n  "strategies": [ { "title": "Create awareness", "description": "…",\n      "activities": ["Meet with the superintendent", "…"] } ] }'}</pre>
      </details>
      <div id="setup-list-file-result">
        <div role="alert" className="live-slot">
          {state.importError && (
            <p className="field-error" data-testid="list-import-error">
              {t('setup.import.failed', { file: state.importError.fileName, error: state.importError.error })}
            </p>
          )}
          {!state.importError && problem && <p className="field-error">{t(problem.key, problem.params)}</p>}
        </div>
        <div role="status" className="live-slot">
          {imported && (
            <p className="import-ok" data-testid="list-import-ok">
              {t('setup.import.ok', { file: imported.fileName, title: imported.list.title, strategies: imported.list.strategies.length, activities })}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
