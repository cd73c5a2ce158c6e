// A worker thread for scripts/check-score.mjs: runs the built CLI's `check FILE --format json` in process
// (the same `main` bin/esg.js calls, loaded once rather than once a report) for each file it is sent.
import { parentPort } from 'node:worker_threads';
import { main } from '../dist/cli/index.js';

/** The findings of `esg check FILE`, or `{ error }` with the first line the CLI printed when it failed. */
export async function checkInProcess(file) {
  const out = [];
  const err = [];
  const io = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const status = await main(['node', 'esg', 'check', file, '--format', 'json'], io);
  if (status !== 0) return { error: (err.join('\n') || `exit ${status}`).trim().split('\n')[0] };
  return { findings: JSON.parse(out.join('')).findings ?? [] };
}

parentPort?.on('message', async ({ id, file }) => {
  parentPort.postMessage({ id, result: await checkInProcess(file) });
});
