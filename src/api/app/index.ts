export { createApp, API_BASE } from './create-app.js';
export { apiConfig, type ApiConfig } from './config.js';
export {
  jsonLogger,
  silentLogger,
  LOG_LEVELS,
  type Logger,
  type LogLevel,
  type LogFields,
} from './logger.js';
export type { AppDeps, Clock } from './app-deps.js';
export type { ApiEnv, ApiApp, Authenticated } from './api-env.js';
export { OPENAPI_PATH } from './openapi-doc.js';
