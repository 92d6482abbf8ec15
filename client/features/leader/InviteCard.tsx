import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { JOIN_CODE_LENGTH } from '../../../shared/protocol/joinCode.js';
import { CopyButton } from './CopyButton.js';
import { QrCode } from './QrCode.js';

/** `K7M2QX` → `K7M 2QX`: easier to read aloud and to copy by eye. */
export function formatJoinCode(code: string): string {
  const half = JOIN_CODE_LENGTH / 2;
  return code.length === JOIN_CODE_LENGTH ? `${code.slice(0, half)} ${code.slice(half)}` : code;
}

/** The participants' way in: the join link, the short code, a QR code, and a message ready for the Zoom chat. */
export function InviteCard({ joinUrl, joinCode, level = 2 }: { joinUrl: string; joinCode: string; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const chatMessage = t('leader.invite.chatMessage', { url: joinUrl, code: joinCode });
  return (
    <section className="invite" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('leader.invite.heading')}</Heading>
      <div className="invite-body">
        <div className="invite-text">
          <p className="invite-code-line">
            <span>{t('leader.invite.code')}</span>{' '}
            <strong className="invite-code" data-testid="join-code">
              {formatJoinCode(joinCode)}
            </strong>
          </p>
          <div className="field">
            <label htmlFor={`${id}-link`}>{t('leader.invite.link')}</label>
            <div className="input-with-button">
              <input id={`${id}-link`} type="text" readOnly value={joinUrl} onFocus={(e) => e.currentTarget.select()} data-testid="join-url" />
              <CopyButton text={joinUrl} label={t('leader.invite.copyLink')} />
            </div>
          </div>
          <p className="hint">{t('leader.invite.chatHint')}</p>
          <CopyButton text={chatMessage} label={t('leader.invite.copyChat')} className="button button--secondary button--small" />
        </div>
        <QrCode text={joinUrl} label={t('leader.invite.qrLabel', { url: joinUrl })} />
      </div>
    </section>
  );
}
