import { useTranslation } from 'react-i18next';
import { setHelp } from '../../../shared/doc/planDoc.js';
import { usePlan } from '../../sync/usePlan.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';

/** "Ask for help": a flag the leader sees on the dashboard, like Zoom's button but for this pair. */
export function HelpToggle() {
  const { t } = useTranslation();
  const { connection, actor } = useRoom();
  const help = usePlan(connection).help;
  const readOnly = useReadOnly();
  const on = help?.on ?? false;
  return (
    <section className="card help" aria-labelledby="help-heading">
      <h2 id="help-heading" className="visually-hidden">
        {t('help.heading')}
      </h2>
      <button
        type="button"
        className={on ? 'button button--secondary button--wide help-on' : 'button button--secondary button--wide'}
        aria-pressed={on}
        disabled={readOnly}
        onClick={() => setHelp(connection.doc, !on, actor, connection.serverNow())}
      >
        <Icon name="help" />
        {t('help.ask')}
      </button>
      <p className="hint" role="status">
        {on && help ? t('help.requested', { name: help.name }) : ''}
      </p>
    </section>
  );
}
