import type { Request } from 'express';
import type { Config } from '../config.js';

/** The origin links are built from: PUBLIC_URL, else the request's own. */
export function publicOrigin(config: Config, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? `localhost:${config.port}`}`;
}
