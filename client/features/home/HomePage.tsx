import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { JOIN_CODE_LENGTH, normalizeJoinCode } from '../../../shared/protocol/joinCode.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { LeaderStart } from './LeaderStart.js';

/** `/`: what pairplan is, "Join with a code", and for leaders "New workshop" and their workshops. */
export function HomePage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  usePageTitle('');
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (normalized === null) setInvalid(true);
    else navigate(`/j/${normalized}`);
  };
  return (
    <div data-screen="home">
      <div className="page-narrow card home">
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <form onSubmit={handleSubmit} noValidate>
          <div className="field">
            <label htmlFor="join-code">{t('home.codeLabel')}</label>
            <input
              id="join-code"
              name="code"
              type="text"
              className="code-input"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={JOIN_CODE_LENGTH + 4}
              value={code}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? 'join-code-error join-code-hint' : 'join-code-hint'}
              onChange={(e) => {
                setCode(e.currentTarget.value);
                setInvalid(false);
              }}
            />
            <p id="join-code-hint" className="hint">
              {t('home.codeHint')}
            </p>
            <div role="alert" className="live-slot">
              {invalid && (
                <p id="join-code-error" className="field-error">
                  {t('home.codeInvalid')}
                </p>
              )}
            </div>
          </div>
          <button type="submit" className="button button--primary button--wide">
            {t('home.join')}
          </button>
        </form>
      </div>
      <LeaderStart />
    </div>
  );
}
