import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { LIMITS } from '../../../shared/doc/schema.js';
import { postJoin } from '../../api/joinApi.js';
import type { JoinInfo } from '../../../shared/protocol/responses.js';
import { joinErrorMessage } from './joinErrorMessage.js';
import { PairPicker, ROSTER_CHOICE } from './PairPicker.js';
import { readRememberedName, rememberName } from './rememberedName.js';

/** The pair given in the link (`?pair=3`), if it is one of this workshop's. */
function pairFromSearch(search: string, info: JoinInfo): number | null {
  const n = Number(new URLSearchParams(search).get('pair'));
  return info.pairs.some((p) => p.n === n) ? n : null;
}

/** The list's title in `language` when the list has one, else in its own language. */
function listTitleIn(info: JoinInfo, language: string): { text: string; lang: string } {
  const translated = Object.hasOwn(info.listTitles, language) ? info.listTitles[language] : undefined;
  return translated ? { text: translated, lang: language } : { text: info.listTitle, lang: info.listLang };
}

/** Name (remembered) and pair, then POST /api/join and into the room. */
export function JoinForm({ code, info }: { code: string; info: JoinInfo }) {
  const { t, i18n } = useTranslation();
  const listTitle = listTitleIn(info, i18n.resolvedLanguage ?? i18n.language);
  // The sentence around the title, so the title alone carries its `lang`.
  const listLine = t('join.listLine', { list: '\u0000' }).split('\u0000');
  const [, navigate] = useLocation();
  const search = useSearch();
  const [name, setName] = useState(readRememberedName);
  const [pair, setPair] = useState<string>(() => String(pairFromSearch(search, info) ?? ''));
  const [error, setError] = useState<{ field: 'name' | 'pair' | 'form'; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const hasRoster = info.pairs.some((p) => p.members.length > 0);

  const handleSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const clean = name.trim().replace(/\s+/g, ' ');
    if (clean === '') {
      setError({ field: 'name', message: t('join.nameRequired') });
      nameRef.current?.focus();
      return;
    }
    if (pair === '') {
      setError({ field: 'pair', message: t('join.pairRequired') });
      document.getElementById('join-pair')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const joined = await postJoin({ code, name: clean, ...(pair === ROSTER_CHOICE ? {} : { pair: Number(pair) }) });
      rememberName(joined.name);
      navigate(`/w/${joined.workshopId}`);
    } catch (e) {
      setBusy(false);
      setError({ field: 'form', message: joinErrorMessage(e, pair === ROSTER_CHOICE, t) });
    }
  };

  return (
    <div className="page-narrow card join">
      <h1>{t('join.title', { title: info.title })}</h1>
      {listTitle.text && (
        <p className="join-list">
          {listLine[0]}
          <span lang={listTitle.lang}>{listTitle.text}</span>
          {listLine[1]}
        </p>
      )}
      <form onSubmit={handleSubmit} noValidate aria-describedby={error?.field === 'form' ? 'join-error' : undefined}>
        <div className="field">
          <label htmlFor="join-name">{t('join.nameLabel')}</label>
          <input
            ref={nameRef}
            id="join-name"
            name="name"
            type="text"
            autoComplete="name"
            required
            maxLength={LIMITS.nameLength}
            value={name}
            aria-invalid={error?.field === 'name' ? true : undefined}
            aria-describedby={error?.field === 'name' ? 'join-name-error join-name-hint' : 'join-name-hint'}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <p id="join-name-hint" className="hint">
            {t('join.nameHint')}
          </p>
          {error?.field === 'name' && (
            <p id="join-name-error" className="field-error">
              {error.message}
            </p>
          )}
        </div>
        <PairPicker info={info} value={pair} onChange={setPair} hasRoster={hasRoster} error={error?.field === 'pair' ? error.message : null} />
        <div role="alert" className="live-slot">
          {error?.field === 'form' && (
            <p id="join-error" className="field-error">
              {error.message}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('join.submitting') : t('join.submit')}
        </button>
      </form>
    </div>
  );
}
