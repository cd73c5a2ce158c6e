#!/usr/bin/env node
// Prints the plain "N passed, N failed" line CI reads, from vitest's JSON report.
import fs from 'node:fs';

const file = process.argv[2] ?? 'test-artifacts/vitest.json';
let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(file)) {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed =
    (r.numFailedTests ?? 0) +
    (r.numRuntimeErrorTestSuites ?? 0) +
    (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else {
  failed = 1;
  console.error(`no test report at ${file}: the test runner did not finish`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
