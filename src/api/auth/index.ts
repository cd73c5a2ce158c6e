export { authenticate } from './authenticate.js';
export { authRoutes, LOGIN_PATH } from './auth.routes.js';
export { tokenRoutes } from './token.routes.js';
export { CSRF_HEADER, checkCsrf, checkOrigin, isUnsafe } from './csrf.js';
export { SESSION_COOKIE } from './session-cookie.js';
export { FixedWindowLimiter, type LimitDecision } from './login-limiter.js';
export { userSchema } from './auth.schema.js';
