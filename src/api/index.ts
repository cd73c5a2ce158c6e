// The HTTP API: hono routes over the store, extraction, calculation and checks, described in
// OpenAPI 3.1. `createApp` builds it from injected dependencies; `startApi` is the one start-up file.
export * from './app/index.js';
export { CSRF_HEADER, SESSION_COOKIE } from './auth/index.js';
export { HTTP_STATUS, describeError, type ApiErrorCode, type ErrorBody } from './errors/index.js';
export { importFileCommand, IMPORT_KINDS, type ImportKind, type ImportSummary } from './imports/index.js';
export { enterFactCommand } from './facts/index.js';
export { startApi, type StartOptions, type RunningApi } from './server/index.js';
export { loadDemo, DEMO_ORGANISATION, DEMO_USERS, type DemoLoaded, type DemoSignIn } from './demo/index.js';
