export { createUser, getUser, findUserByEmail, verifyPassword, type NewUser } from './users.js';
export { createApiToken, verifyApiToken, listApiTokens, revokeApiToken } from './tokens.js';
export { createSession, getSession, deleteSession } from './sessions.js';
export { hashPassword, checkPassword } from './password.js';
