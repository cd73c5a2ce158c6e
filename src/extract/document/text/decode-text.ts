import { EsgError } from '../../../core/index.js';
import type { TextEncoding } from '../doc.js';
import { looksLikeGbText } from './gb-heuristic.js';

/** Text decoded from bytes, with the encoding it was found in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/** Byte-order marks (Unicode 15.0 §23.8); UTF-32 is listed only to be refused by name. */
const BOMS: readonly { readonly encoding: TextEncoding | 'utf-32'; readonly magic: readonly number[] }[] = [
  { encoding: 'utf-32', magic: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32', magic: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', magic: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', magic: [0xff, 0xfe] },
  { encoding: 'utf-16be', magic: [0xfe, 0xff] },
  { encoding: 'gb18030', magic: [0x84, 0x31, 0x95, 0x33] },
];

/** Bytes inspected to guess UTF-16 without a BOM. */
const UTF16_SAMPLE = 4096;
/** Share of control characters above which decoded "text" is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decode a text file: a BOM decides; else NUL bytes in alternate positions mean UTF-16; else strict
 * UTF-8; else GB18030 (which covers GBK and GB2312) when the bytes read as Chinese text. Anything
 * else, and binary data, is refused with INVALID_INPUT.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new EsgError('INVALID_INPUT', 'the file is empty');
  const bom = BOMS.find((b) => b.magic.every((m, i) => bytes[i] === m));
  if (bom?.encoding === 'utf-32') {
    throw new EsgError('UNSUPPORTED', 'the file is UTF-32 text; save it as UTF-8 and try again');
  }
  const decoded =
    bom !== undefined
      ? strictDecode(bom.encoding, bytes.subarray(bom.magic.length))
      : decodeWithoutBom(bytes);
  return checkIsText(decoded);
}

function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  const utf16 = guessUtf16(bytes);
  if (utf16 !== undefined) return strictDecode(utf16, bytes);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== undefined && looksLikeGbText(bytes, gb)) return { text: gb, encoding: 'gb18030' };
  throw new EsgError(
    'INVALID_INPUT',
    'the file is neither valid UTF-8, UTF-16 nor GB18030/GBK text (nor PDF); re-save it as UTF-8',
  );
}

/** ASCII text in UTF-16 has a NUL in every other byte: odd offsets for LE, even ones for BE. */
function guessUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  if (n < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (e) {
    if (e instanceof TypeError) return undefined; // the WHATWG decoder's signal for malformed input
    throw e;
  }
}

function strictDecode(encoding: TextEncoding, bytes: Uint8Array): DecodedText {
  const text = tryDecode(encoding, bytes);
  if (text === undefined) {
    throw new EsgError(
      'INVALID_INPUT',
      `the file looks like ${encoding.toUpperCase()} text but is not valid`,
    );
  }
  return { text, encoding };
}

/** Refuse decoded "text" that is really binary: any NUL, or more than 1% control characters. */
function checkIsText(decoded: DecodedText): DecodedText {
  const { text } = decoded;
  let controls = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw binaryError();
    // Tab, LF, VT, FF and CR are layout; the rest of C0, DEL and C1 do not occur in prose.
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f)) controls++;
    else if (c > 0x20 && c !== 0xfeff) visible++;
  }
  if (controls > text.length * MAX_CONTROL_SHARE) throw binaryError();
  if (visible === 0) throw new EsgError('INVALID_INPUT', 'the file contains no text (only blank space)');
  return decoded;
}

function binaryError(): EsgError {
  return new EsgError('INVALID_INPUT', 'the file is binary data, not a text report or a PDF');
}
