import { Option, type Command } from 'commander';
import type { LogLevel, RunningApi } from '../../api/index.js';
import { EsgError } from '../../core/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

/** Options `esg serve` and `esg demo` share. */
export interface ServerOptions {
  db: string;
  port: string;
  host: string;
  logLevel?: LogLevel;
}

// The API's log levels (api/app/logger.ts), repeated as a value here so the CLI need not load the
// server's modules to print its help.
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const satisfies readonly LogLevel[];

/** The default store: an SQLite file in the current folder. */
export const DEFAULT_DB = 'sqlite:./esgkit.db';

/** Adds --db, --port and --host to a command. */
export function serverOptions(command: Command): Command {
  return command
    .option('--db <url>', 'store: sqlite:<file>, a file path, :memory: or postgres://…', DEFAULT_DB)
    .option('--port <port>', 'TCP port (0: any free port)', '8080')
    .option('--host <host>', 'interface to listen on (0.0.0.0: every interface)', '127.0.0.1')
    .addOption(
      new Option('--log-level <level>', 'least serious log line written to stderr').choices(LOG_LEVELS),
    );
}

/** A TCP port from its text: a whole number 0–65535. */
export function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new EsgError('INVALID_INPUT', `--port must be a whole number from 0 to 65535, not "${text}"`);
  return port;
}

/** Stops the server and closes the store on Ctrl-C or a termination signal. */
export function stopOnSignal(api: RunningApi, io: CliIo): void {
  const stop = (signal: NodeJS.Signals) => {
    io.err(`esg: ${signal}: stopping`);
    api.close().then(
      () => process.exit(0),
      (e: unknown) => {
        io.err(`esg: while stopping: ${String(e)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `esg serve`: the web app and HTTP API on SQLite or PostgreSQL. */
export const registerServe: RegisterCommand = (program, io) => {
  serverOptions(
    program
      .command('serve')
      .description('run the esgkit web app and HTTP API (OpenAPI at /api/openapi.json)'),
  ).action(async (o: ServerOptions) => {
    // Loaded on use, so other commands do not pay for the server's modules at start-up.
    const { startApi } = await import('../../api/index.js');
    const api = await startApi({
      db: o.db,
      port: parsePort(o.port),
      host: o.host,
      logLevel: o.logLevel ?? 'info',
      log: (line) => {
        io.err(line);
      },
    });
    io.out(`esgkit is serving on ${api.url} (API description: ${api.url}/api/openapi.json)`);
    stopOnSignal(api, io);
  });
};
