export {
  HttpRefusal,
  InvalidFieldError,
  blameField,
  HTTP_ONLY_CODES,
  type HttpOnlyCode,
  type ApiErrorCode,
} from './api-error.js';
export { HTTP_STATUS } from './http-status.js';
export { errorSchema, errorResponses, type ErrorBody } from './error.schema.js';
export { describeError, errorHandler, type FaultReporter } from './error-response.js';
export { validationHook } from './validation-hook.js';
