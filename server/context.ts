/** What routes and socket handlers share: built once by `createApp`. */
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { RoomManager } from './rooms/RoomManager.js';
import type { Store } from './store/Store.js';
import type { Relay } from './cluster/Relay.js';
import type { WorkshopService } from './workshops/WorkshopService.js';
import type { Metrics } from './metrics/Metrics.js';
import type { HeavyJobs } from './jobs/HeavyJobs.js';

export interface AppContext {
  readonly config: Config;
  readonly log: Logger;
  readonly store: Store;
  /** Other instances (Redis), or a no-op with one instance. */
  readonly relay: Relay;
  readonly workshops: WorkshopService;
  readonly rooms: RoomManager;
  /** HMAC secret for participant sessions (kept in the store, shared by instances). */
  readonly sessionSecret: string;
  /** Counters and latencies for `GET /metrics`. */
  readonly metrics: Metrics;
  /** Worker pools for compaction and large exports (off the event loop). */
  readonly jobs: HeavyJobs;
}
