// Test-only: builds the extractor's Doc from a string the way the text reader does (cells on tabs,
// blank lines left out), so extraction tests do not depend on the reader.
import type { Doc } from '../../src/extract/index.js';

/** A text Doc from `text`, lines numbered from 1. */
export function docFromText(text: string, source = 'test.txt'): Doc {
  const lines = text
    .split(/\r?\n/)
    .flatMap((line, i) =>
      line.trim() === ''
        ? []
        : [{ no: i + 1, text: line, cells: line.split('\t').map((t) => ({ text: t })) }],
    );
  return { source, kind: 'text', sha256: '0'.repeat(64), lines };
}
