import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies with the Clipboard API, or the old way when it is not there (an http page, an old browser). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = typeof document.execCommand === 'function' && document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * A "Copy …" button. Its name never changes (so it can be found again);
 * the result is said beside it, in a polite live region.
 */
export function CopyButton({ text, label, className = 'button button--small' }: { text: string; label: string; className?: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (result === null) return;
    const timer = setTimeout(() => setResult(null), 4_000);
    return () => clearTimeout(timer);
  }, [result]);
  const handleClick = (): void => {
    void copyText(text).then((ok) => setResult(ok ? 'copied' : 'failed'));
  };
  return (
    <span className="copy">
      <button type="button" className={className} onClick={handleClick}>
        {label}
      </button>
      <span role="status" className="copy-result">
        {result === 'copied' ? t('leader.copied') : result === 'failed' ? t('leader.copyFailed') : ''}
      </span>
    </span>
  );
}
