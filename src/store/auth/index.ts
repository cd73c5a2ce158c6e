export { createUser, getUser, findUserByEmail, verifyPassword, type NewUser } from './users.js';
export { createApiToken, verifyApiToken, listApiTokens, revokeApiToken } from './tokens.js';
export { createSession, getSession, deleteSession } from './sessions.js';
export { hashPassword, checkPassword, DEFAULT_SCRYPT_N } from './password.js';
