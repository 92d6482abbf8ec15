import { useTranslation } from 'react-i18next';
import '../styles/zoom.css';
import { usePageTitle } from '../features/shell/usePageTitle.js';
import { HostPanel } from './HostPanel.js';
import { ParticipantView } from './ParticipantView.js';
import { isHostRole } from './zoomClient.js';
import { useZoomClient } from './useZoomClient.js';
import type { ZoomViews } from './zoomViews.js';

/** `/zoom`, the Zoom App's home URL: the host's set-up panel, or the participant's pair, main room or fallback. */
export function ZoomPage({ views }: { views: ZoomViews }) {
  const { t } = useTranslation();
  const zoom = useZoomClient();
  usePageTitle(t('zoom.pageTitle'));
  switch (zoom.status) {
    case 'loading':
      return (
        <p className="page-narrow loading" role="status">
          {t('zoom.loading')}
        </p>
      );
    case 'outside':
      return (
        <p className="page-narrow card" role="status" data-testid="zoom-outside">
          {t('zoom.outside')}
        </p>
      );
    case 'ready':
      return isHostRole(zoom.user.role) ? <HostPanel client={zoom.client} /> : <ParticipantView client={zoom.client} user={zoom.user} views={views} />;
  }
}
