export { startApi, type StartOptions, type RunningApi } from './start-api.js';
