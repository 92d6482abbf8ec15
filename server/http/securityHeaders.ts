/**
 * The security headers of every response (helmet). Zoom renders an app only
 * when its HTML responses carry Strict-Transport-Security,
 * X-Content-Type-Options, Content-Security-Policy and Referrer-Policy
 * (issue 16); helmet sets all four in both modes. In Zoom mode the app is
 * loaded top-level by the Zoom client's web view, as Zoom's sample
 * (zoomapps-sample-js app.js, helmet `frameguard: sameorigin`) allows it:
 * frame-ancestors 'self' and X-Frame-Options SAMEORIGIN instead of 'none';
 * connect-src names the app's own wss origin (from PUBLIC_URL) rather than
 * any ws:/wss: host, since Zoom blocks requests to domains off its allow list.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config.js';

/** The app's own WebSocket origin (`wss://plan.example.org`), from PUBLIC_URL; `null` without it. */
export function ownSocketOrigin(publicUrl: string | null): string | null {
  if (publicUrl === null) return null;
  try {
    const url = new URL(publicUrl);
    return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  } catch {
    return null;
  }
}

/** helmet, configured for the browser mode, or for Zoom mode when `config.zoom` is set. */
export function securityHeaders(config: Pick<Config, 'zoom' | 'publicUrl'>): RequestHandler {
  const zoom = config.zoom !== null;
  const socket = ownSocketOrigin(config.publicUrl);
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: zoom && socket !== null ? ["'self'", socket] : ["'self'", 'ws:', 'wss:'],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: zoom ? ["'self'"] : ["'none'"],
        formAction: ["'self'"],
      },
    },
    frameguard: { action: 'sameorigin' },
    crossOriginEmbedderPolicy: false,
  });
}
