#!/usr/bin/env node
// The `esg` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../dist/cli/index.js';

process.exitCode = await main(process.argv);
