import type { Store } from '../../store/index.js';
import type { ApiConfig } from './config.js';
import type { Logger } from './logger.js';

/** The current time; injected so tests pin it and nothing reads the clock at import time. */
export type Clock = () => Date;

/** Everything the app needs from outside, built once by the start-up file. */
export interface AppDeps {
  readonly store: Store;
  readonly config: ApiConfig;
  readonly logger: Logger;
  readonly clock: Clock;
}
