/**
 * The 201 body of a new workshop (`POST /api/workshops`, `POST
 * /api/workshops/import`): its id, the participants' join code and link,
 * and the leader's private link and key (shown once, stored only hashed).
 */
import type { Request } from 'express';
import type { createdWorkshopResponse } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import type { AppContext } from '../context.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { publicOrigin } from './publicUrl.js';

/** The response body for a workshop just created with `facilitatorKey`. */
export function createdWorkshopBody(ctx: AppContext, req: Request, workshop: WorkshopRecord, facilitatorKey: string): Wire<typeof createdWorkshopResponse> {
  const origin = publicOrigin(ctx.config, req);
  return {
    id: workshop.id,
    joinCode: workshop.joinCode,
    joinUrl: `${origin}/j/${workshop.joinCode}`,
    facilitatorUrl: `${origin}/facilitate/${workshop.id}#key=${facilitatorKey}`,
    facilitatorKey,
  };
}
