import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title ("Pair 3 · Workshop — pairplan"), so each page is named for screen readers and tabs. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}
