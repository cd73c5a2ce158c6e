export { ApiError, apiErrorOf, isErrorBody, type ErrorBody } from './api-error.js';
export { createHttp, CSRF_HEADER, API_PREFIX, type Http, type Query, type RequestOptions } from './http.js';
export { createApi, browserApi, type Api } from './client.js';
export * from './org.types.js';
export * from './fact.types.js';
export * from './audit.types.js';
export { MAX_FACTS, type FactEntry } from './fact.api.js';
export * from './import.types.js';
export type { UploadProgress } from './upload.js';
