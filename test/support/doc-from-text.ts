// Test-only: builds a Doc from a string with the real text reader, so extraction tests see exactly
// the cells and line numbers `esg extract` sees.
import { readText, type Doc } from '../../src/extract/index.js';

/** A text Doc from `text`, lines numbered from 1. */
export function docFromText(text: string, source = 'test.txt'): Doc {
  return readText(new TextEncoder().encode(text), source);
}
