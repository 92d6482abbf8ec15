import '../../styles/activityLabel.css';

/**
 * A listed activity named by its short label, with the full text one step
 * away (issue 15): hovering shows it (`title`), a screen reader reads it
 * (the accessible name is the full text, the short label is hidden from
 * it), and keyboard focus shows it in place. The projector and the
 * dashboard name activities with it; a label equal to its text is plain.
 */
export function ActivityLabel({ text, short, lang, className }: { text: string; short: string; lang: string | undefined; className: string }) {
  if (short === text) {
    return (
      <span className={className} lang={lang}>
        {text}
      </span>
    );
  }
  return (
    <span className={`${className} activity-label`} lang={lang} title={text} tabIndex={0}>
      <span className="activity-label-short" aria-hidden="true">
        {short}
      </span>
      <span className="activity-label-full">{text}</span>
    </span>
  );
}
