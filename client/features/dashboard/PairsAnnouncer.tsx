import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairSummary } from '../../../shared/tally/summarizePair.js';
import type { MessageKey } from '../../../shared/i18n/messages.js';

/** What changed that a leader should hear without looking: a pair asked for help, a pair agreed. */
export function pairNews(before: ReadonlyMap<number, PairSummary>, pairs: readonly PairSummary[]): { key: MessageKey; n: number }[] {
  const news: { key: MessageKey; n: number }[] = [];
  for (const pair of pairs) {
    const was = before.get(pair.n);
    if (!was) continue;
    if (pair.help && !was.help) news.push({ key: 'dashboard.announce.help', n: pair.n });
    if (pair.agreed && !was.agreed) news.push({ key: 'dashboard.announce.agreed', n: pair.n });
  }
  return news;
}

/** A polite live region for pairs asking for help and pairs agreeing (the cards say it visually). */
export function PairsAnnouncer({ pairs }: { pairs: readonly PairSummary[] }) {
  const { t } = useTranslation();
  const previous = useRef<ReadonlyMap<number, PairSummary> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = new Map(pairs.map((p) => [p.n, p]));
    if (before === null) return;
    const news = pairNews(before, pairs);
    if (news.length > 0) setMessage(news.map((item) => t(item.key, { n: item.n })).join(' '));
  }, [pairs, t]);
  return (
    <p role="status" className="visually-hidden" data-testid="pairs-announcer">
      {message}
    </p>
  );
}
