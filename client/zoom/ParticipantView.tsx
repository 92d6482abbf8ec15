import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberName } from '../features/join/rememberedName.js';
import { MainRoomView } from './MainRoomView.js';
import { useZoomPlace } from './useZoomPlace.js';
import type { ZoomClient, ZoomUserContext } from './zoomClient.js';
import type { ZoomViews } from './zoomViews.js';

/**
 * A participant inside Zoom: their pair's room when their breakout room is a
 * pair (and the next one when the host moves them, without a reload), the
 * introduction and clock in the main room, or — in a room that is no pair —
 * why, and the join page to pick a pair by hand, their Zoom name filled in.
 */
export function ParticipantView({ client, user, views }: { client: ZoomClient; user: ZoomUserContext; views: ZoomViews }) {
  const { t } = useTranslation();
  const place = useZoomPlace(client, user);
  switch (place.status) {
    case 'loading':
      return (
        <p className="page-narrow loading" role="status">
          {t('zoom.finding')}
        </p>
      );
    case 'error':
      return (
        <div className="page-narrow card" role="alert">
          <p>{t('zoom.error')}</p>
          <button type="button" className="button" onClick={place.retry}>
            {t('app.retry')}
          </button>
        </div>
      );
    case 'not-linked':
      return (
        <p className="page-narrow card" role="status" data-testid="zoom-not-linked">
          {t('zoom.notLinked')}
        </p>
      );
    case 'main':
      return <MainRoomView answer={place} />;
    case 'unmapped':
      return <UnmappedRoom joinCode={place.joinCode} screenName={user.screenName} views={views} />;
    case 'pair':
      return views.pairRoom(place.session.workshopId, `${place.session.workshopId}:${place.session.pair}`);
  }
}

/** A room that is no pair: said so, and the join page with the Zoom name already in it. */
function UnmappedRoom({ joinCode, screenName, views }: { joinCode: string; screenName: string; views: ZoomViews }) {
  const { t } = useTranslation();
  // Before the join form mounts and reads the remembered name.
  useState(() => rememberName(screenName));
  return (
    <>
      <p className="page-narrow card" role="status" data-testid="zoom-unmapped">
        {t('zoom.unmapped')}
      </p>
      {views.joinPage(joinCode)}
    </>
  );
}
