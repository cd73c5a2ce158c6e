export { EsgError, isEsgError, ERROR_CODES, type ErrorCode } from './esg-error.js';
