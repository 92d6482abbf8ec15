import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSwitcher } from './LanguageSwitcher.js';

/** After an in-app navigation, focus moves to the new page (as a full page load would), not left on a vanished button. */
function useFocusMainOnNavigate(): RefObject<HTMLElement | null> {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [location]);
  return main;
}

/** The frame of every page: skip link, banner with the language switcher, and the main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const main = useFocusMainOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ✓✓
          </span>
          <span>{t('app.name')}</span>
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {children}
      </main>
    </>
  );
}
