import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLeader } from '../leader/LeaderContext.js';
import { PROJECTOR_VIEWS, toggleFullScreen, type ProjectorView } from './useProjectorKeys.js';

interface Props {
  readonly view: ProjectorView;
  readonly spotlight: boolean;
  readonly hidden: boolean;
  /** Digits of a pair number typed so far. */
  readonly digits: string;
  readonly onStep: (step: 1 | -1) => void;
  readonly onShow: (view: ProjectorView) => void;
  readonly onToggleHidden: () => void;
}

/** The projector's footer: the keys, and a button for each. */
export function ProjectorControls({ view, spotlight, hidden, digits, onStep, onShow, onToggleHidden }: Props) {
  const { t } = useTranslation();
  const { workshop } = useLeader();
  return (
    <footer className="pj-footer">
      <p className="pj-keys">
        {digits === '' ? t('projector.keys') : <strong role="status">{t('projector.jumpTo', { n: digits })}</strong>}
      </p>
      <nav className="pj-controls" aria-label={t('projector.controlsLabel')}>
        <button type="button" className="pj-button" onClick={() => onStep(-1)}>
          {t('projector.previous')}
        </button>
        <button type="button" className="pj-button" onClick={() => onStep(1)}>
          {spotlight ? t('projector.next') : t('projector.spotlight')}
        </button>
        {PROJECTOR_VIEWS.map((v) => (
          <button key={v} type="button" className="pj-button" aria-pressed={!spotlight && view === v} onClick={() => onShow(v)}>
            {t(`projector.view.${v}`)}
          </button>
        ))}
        <button type="button" className="pj-button" data-testid="projector-hide" onClick={onToggleHidden}>
          {hidden ? t('projector.reveal') : t('projector.hide')}
        </button>
        <button type="button" className="pj-button" onClick={toggleFullScreen}>
          {t('projector.fullScreen')}
        </button>
        <Link href={`/facilitate/${workshop.id}`} className="pj-button">
          {t('projector.dashboard')}
        </Link>
      </nav>
    </footer>
  );
}
