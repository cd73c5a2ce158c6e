#!/usr/bin/env node
// `npm start`: builds what is out of date (the TypeScript into dist/, and the web UI into
// web-dist/ once the project has one), then runs `esg demo` — the app on http://localhost:8080
// with the demo organisation loaded into ./esgkit.db when that database is new. Extra arguments
// go to `esg demo` (e.g. `npm start -- --port 3000`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function run(script) {
  console.log(`npm start: npm run ${script}`);
  const r = spawnSync(npm, ['run', script, '--silent'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const built = mtime(path.join(root, 'dist/cli/index.js'));
if (built === 0 || newest(path.join(root, 'src')) > built) run('build');
if (pkg.scripts?.['build:web']) {
  const webBuilt = mtime(path.join(root, 'web-dist/index.html'));
  const sources = Math.max(newest(path.join(root, 'src/web')), newest(path.join(root, 'web')));
  if (webBuilt === 0 || sources > webBuilt) run('build:web');
}

const { main } = await import(pathToFileURL(path.join(root, 'dist/cli/index.js')).href);
process.exitCode = await main([process.argv[0], 'esg', 'demo', ...process.argv.slice(2)]);
