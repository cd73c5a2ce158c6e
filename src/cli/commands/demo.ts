import { chmod, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { DemoLoaded, DemoSignIn } from '../../api/index.js';
import type { StoreLocation } from '../../store/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';
import { parsePort, serverOptions, stopOnSignal, type ServerOptions } from './serve.js';

/** The demo files shipped with the package (demo/ at its root), wherever esg is run from. */
const PACKAGE_DEMO_DIR = fileURLToPath(new URL('../../../demo', import.meta.url));

// The demo's random passwords are kept beside an SQLite database (readable by its owner only) so
// later starts can print the sign-in again (named like SQLite's own -wal and -shm files, which
// .gitignore covers); a PostgreSQL or in-memory demo prints them once.
function signInFile(location: StoreLocation): string | undefined {
  return location.dialect === 'sqlite' && location.file !== ':memory:'
    ? `${location.file}-demo-sign-in.json`
    : undefined;
}

async function savedSignIns(file: string | undefined): Promise<DemoSignIn[] | undefined> {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DemoSignIn[];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function printLoad(io: CliIo, loaded: DemoLoaded): void {
  for (const i of loaded.imports) {
    io.out(
      `  ${i.file} (${i.kind}) → ${i.inserted} new, ${i.updated} updated, ${i.conflicts} conflicts, ${i.skipped.otherYears} for other years`,
    );
  }
  const d = loaded.disclosures;
  if (d)
    io.out(
      `  2025 disclosures → ${d.narratives} narratives, ${d.explanations} omission explanations, ${d.entries} entered figures, ${d.responses} survey responses`,
    );
}

/** `esg demo` (what `npm start` runs): the app with the demo organisation loaded into a new database. */
export const registerDemo: RegisterCommand = (program, io) => {
  serverOptions(
    program
      .command('demo')
      .description('run esgkit with the demo organisation, loaded when the database is new')
      .option('--demo-dir <dir>', 'folder of the demo files', PACKAGE_DEMO_DIR),
  ).action(async (o: ServerOptions & { demoDir: string }) => {
    const { loadDemo, startApi } = await import('../../api/index.js');
    let loaded: DemoLoaded | undefined;
    const api = await startApi({
      db: o.db,
      port: parsePort(o.port),
      host: o.host,
      log: (line) => {
        io.err(line);
      },
      logLevel: o.logLevel ?? 'warn',
      prepare: async (store) => {
        loaded = await loadDemo(store, o.demoDir);
      },
    });
    const { parseStoreUrl } = await import('../../store/index.js');
    const file = signInFile(parseStoreUrl(o.db));
    if (loaded) {
      io.out(`Loaded the demo organisation into ${o.db}:`);
      printLoad(io, loaded);
      if (file !== undefined) {
        await writeFile(file, JSON.stringify(loaded.signIns, null, 2), { mode: 0o600 });
        await chmod(file, 0o600);
      }
    }
    const signIns = loaded?.signIns ?? (await savedSignIns(file));
    io.out(`\nesgkit is running on ${api.url}\n`);
    if (signIns) {
      io.out('Sign in as:');
      for (const s of signIns) io.out(`  ${s.role.padEnd(12)} ${s.email.padEnd(34)} password: ${s.password}`);
    } else {
      io.out('The demo sign-ins were printed when this database was created; delete it to start afresh.');
    }
    io.out('\nPress Ctrl-C to stop.');
    stopOnSignal(api, io);
  });
};
