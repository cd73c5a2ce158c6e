import { describe, expect, it } from 'vitest';
import { isEsgError } from '../../../core/index.js';
import { decodeText } from './decode-text.js';

const SAMPLE = 'Scope 1\t1,234.5\ttCO2e\n温室气体排放总量\t2023\n';

/** Encode as UTF-16 with the given byte order, optionally with a BOM. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[order === 'le' ? 2 * i : 2 * i + 1] = u & 0xff;
    out[order === 'le' ? 2 * i + 1 : 2 * i] = u >> 8;
  }
  return out;
}

/** A GB18030 encoder for the test: invert the decoder over every double-byte code. */
function gb18030(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (pair === undefined) throw new Error(`test encoder cannot encode ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

function expectEsgError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(isEsgError(e)).toBe(true);
    expect((e as { code: string }).code).toBe(code);
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected an EsgError');
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it.each([
    ['le', 'utf-16le'],
    ['be', 'utf-16be'],
  ] as const)('reads UTF-16 %s with and without a BOM', (order, encoding) => {
    expect(decodeText(utf16(SAMPLE, order, true))).toEqual({ text: SAMPLE, encoding });
    expect(decodeText(utf16(SAMPLE, order, false))).toEqual({ text: SAMPLE, encoding });
  });

  it('reads GB18030/GBK text', () => {
    const text = '环境、社会及管治报告\n温室气体排放总量（吨二氧化碳当量）\t1,234\t2023年\n';
    const bytes = gb18030(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('refuses Latin-1 text that happens to be valid GB18030', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x73, 0x20, 0x61]); // 'Cafés a';
    expect(new TextDecoder('gb18030', { fatal: true }).decode(latin1)).toBeTypeOf('string');
    expectEsgError(() => decodeText(latin1), 'INVALID_INPUT', /UTF-8/);
  });

  it('refuses empty, blank and binary input with a clear message', () => {
    expectEsgError(() => decodeText(new Uint8Array()), 'INVALID_INPUT', /empty/);
    expectEsgError(() => decodeText(new TextEncoder().encode(' \n\t\r\n')), 'INVALID_INPUT', /no text/);
    expectEsgError(
      () => decodeText(new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43])),
      'INVALID_INPUT',
      /binary/,
    );
    const controls = new TextEncoder().encode('Total\x01\x02\x03\x04 energy\x05\x06\n');
    expectEsgError(() => decodeText(controls), 'INVALID_INPUT', /binary/);
  });

  it('refuses malformed UTF-16 and UTF-32', () => {
    const odd = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42]);
    expectEsgError(() => decodeText(odd), 'INVALID_INPUT', /UTF-16LE/);
    const utf32 = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]);
    expectEsgError(() => decodeText(utf32), 'UNSUPPORTED', /UTF-32/);
  });
});
