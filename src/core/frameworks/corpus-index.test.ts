import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseCode } from './code.js';
import { findItem } from './find-item.js';

// Every HKEX or GRI code a dev-corpus report cites in its content index must be in a catalogue. The
// index is found, not listed: it starts at the first heading naming an index in the last third of the
// report (earlier hits are the table of contents) and runs to the end. Each tab-separated cell that reads
// as a code on its own counts as a citation.
const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/dev');
const INDEX_HEADING =
  /^[#*\s-]*(?:appendix:?\s*)?(?:index\s*\d*:?\s*)?(?:gri|hkex|esg|content)[\w\s]*index\b|^[#*\s]*index\s*\d+\s*:/i;

function citedCodes(text: string): string[] {
  const lines = text.split('\n');
  const from = Math.floor(lines.length * (2 / 3));
  const start = lines.findIndex((line, n) => n >= from && INDEX_HEADING.test(line.trim()));
  if (start < 0) return [];
  const codes = new Set<string>();
  for (const line of lines.slice(start)) {
    for (const cell of line.split('\t')) {
      const code = normaliseCode(cell);
      if (code) codes.add(code);
    }
  }
  return [...codes];
}

const reports = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, citedCodes(readFileSync(join(CORPUS, name), 'utf8'))] as const);

describe('content indexes of the dev corpus', () => {
  it('finds an index with codes in every report', () => {
    expect(reports.length).toBeGreaterThan(0);
    for (const [name, codes] of reports) expect(codes.length, name).toBeGreaterThan(20);
  });

  it.each(reports)('%s cites only codes the catalogues have', (_, codes) => {
    const missing = codes.filter((code) => findItem(code) === undefined);
    expect(missing).toEqual([]);
  });
});
