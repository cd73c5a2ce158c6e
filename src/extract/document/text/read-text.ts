import { EsgError } from '../../../core/index.js';
import type { Doc } from '../doc.js';
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from '../limits.js';
import { sha256Hex } from '../sha256.js';
import { decodeText } from './decode-text.js';
import { textToLines } from './text-lines.js';

/**
 * Read a text report: decode (UTF-8, UTF-16 or GB18030), then one {@link Doc} line per file line with
 * tab-separated cells. Faults (empty, binary, undecodable, too large) throw {@link EsgError}.
 */
export function readText(bytes: Uint8Array, source: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Doc {
  if (bytes.length > limits.maxTextBytes) {
    throw new EsgError(
      'INVALID_INPUT',
      `${source} is ${formatBytes(bytes.length)}; text reports are read up to ` +
        `${formatBytes(limits.maxTextBytes)} (a report is usually under 1 MB)`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  return { source, kind: 'text', sha256: sha256Hex(bytes), encoding, lines: textToLines(text, limits) };
}
