import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../shared/i18n/languages.js';
import { chooseLanguage } from '../../i18n/index.js';

/** English / Español, each named in its own language (and marked with its `lang`). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <nav className="language-switcher" aria-label={t('app.language')}>
      <ul>
        {LANGUAGES.map((lng) => (
          <li key={lng}>
            <button
              type="button"
              lang={lng}
              className="link-button"
              aria-pressed={i18n.resolvedLanguage === lng}
              onClick={() => chooseLanguage(lng)}
            >
              {t(`language.${lng}`, { lng })}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
