import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from './usePageTitle.js';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFoundTitle'));
  return (
    <div className="page-narrow card">
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundBody')}</p>
      <p>
        <Link href="/">{t('app.goHome')}</Link>
      </p>
    </div>
  );
}
