/**
 * The 201 body of a new workshop (`POST /api/workshops`, `POST
 * /api/workshops/import`): its id, the participants' join code and link,
 * and the leader's private link and key (shown once, stored only hashed).
 */
import type { Request } from 'express';
import type { AppContext } from '../context.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { publicOrigin } from './publicUrl.js';

export interface CreatedWorkshopBody {
  readonly id: string;
  readonly joinCode: string;
  readonly joinUrl: string;
  readonly facilitatorUrl: string;
  readonly facilitatorKey: string;
}

/** The response body for a workshop just created with `facilitatorKey`. */
export function createdWorkshopBody(ctx: AppContext, req: Request, workshop: WorkshopRecord, facilitatorKey: string): CreatedWorkshopBody {
  const origin = publicOrigin(ctx.config, req);
  return {
    id: workshop.id,
    joinCode: workshop.joinCode,
    joinUrl: `${origin}/j/${workshop.joinCode}`,
    facilitatorUrl: `${origin}/facilitate/${workshop.id}#key=${facilitatorKey}`,
    facilitatorKey,
  };
}
