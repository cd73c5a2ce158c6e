import { z } from 'zod';
import { EsgError } from '../../core/index.js';

const MINUTE = 60_000;

// Defaults: an 8-hour working-day session; OWASP's Authentication Cheat Sheet asks for login
// throttling — 10 attempts per e-mail and address per 15 minutes stops guessing without locking out
// a person who mistypes; 25 MiB holds a long illustrated ESG report PDF.
const configSchema = z.object({
  /** Lifetime of a sign-in session. */
  sessionTtlMs: z
    .number()
    .int()
    .positive()
    .default(8 * 60 * MINUTE),
  /** Largest accepted upload (report or activity file), in bytes. */
  maxUploadBytes: z
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
  /** Largest accepted JSON body, in bytes. */
  maxJsonBytes: z
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  /** Login attempts allowed per client address and e-mail within one window. */
  loginAttempts: z.number().int().positive().default(10),
  /** Length of the fixed login rate-limit window. */
  loginWindowMs: z
    .number()
    .int()
    .positive()
    .default(15 * MINUTE),
  /** Mark the session cookie `Secure` (serve over HTTPS). */
  secureCookies: z.boolean().default(false),
  /** Origins besides the server's own that may send cookie-authenticated writes. */
  allowedOrigins: z.array(z.url()).default([]),
  /** Take the client address from `X-Forwarded-For` (only behind a trusted proxy). */
  trustProxy: z.boolean().default(false),
  /** Folder (absolute, or relative to the working directory) of the built web UI served at `/`. */
  webRoot: z.string().min(1).optional(),
});

/** The API's settings; see the field comments in {@link apiConfig} for their defaults. */
export type ApiConfig = Readonly<z.output<typeof configSchema>>;

/** Settings with defaults filled in; INVALID_INPUT naming the setting when one is bad. */
export function apiConfig(overrides: Partial<z.input<typeof configSchema>> = {}): ApiConfig {
  const parsed = configSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EsgError(
      'INVALID_INPUT',
      `API setting ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
