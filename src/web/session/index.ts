export {
  SessionContext,
  useSession,
  useMe,
  type SessionState,
  type SessionValue,
} from './session-context.js';
export { SessionProvider } from './session-provider.js';
export { SignInPage } from './sign-in-page.js';
