import { createHash } from 'node:crypto';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isEsgError } from '../../core/index.js';
import { readDocument } from './read-document.js';
import { readText } from './text/index.js';

/** CPU milliseconds this process spent since `since` (wall time swings on a shared machine). */

const tmp = mkdtempSync(join(tmpdir(), 'esgkit-read-'));

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isEsgError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('readDocument on text', () => {
  it('reads a file by path with its sha256, name and encoding', async () => {
    const path = join(tmp, 'report.csv');
    const body = 'Total energy\t4,567 MWh\n';
    writeFileSync(path, body);
    const doc = await readDocument({ path });
    expect(doc).toMatchObject({ source: 'report.csv', kind: 'text', encoding: 'utf-8' });
    expect(doc.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(doc.lines).toEqual([
      { no: 1, text: 'Total energy\t4,567 MWh', cells: [{ text: 'Total energy' }, { text: '4,567 MWh' }] },
    ]);
  });

  it('chooses by content, not the extension', async () => {
    const doc = await readDocument({ bytes: new TextEncoder().encode('Water 89 m3'), name: 'looks.pdf' });
    expect(doc.kind).toBe('text');
    const zip = await rejection(
      readDocument({ bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), name: 'r.txt' }),
    );
    expect(zip).toEqual({ code: 'UNSUPPORTED', message: expect.stringMatching(/ZIP archive/) as string });
  });

  it('refuses a missing file, a directory and an empty file clearly', async () => {
    expect((await rejection(readDocument({ path: join(tmp, 'nope.txt') }))).code).toBe('NOT_FOUND');
    expect((await rejection(readDocument({ path: tmp }))).message).toMatch(/not a regular file/);
    writeFileSync(join(tmp, 'empty.txt'), '');
    expect(await rejection(readDocument({ path: join(tmp, 'empty.txt') }))).toEqual({
      code: 'INVALID_INPUT',
      message: 'the file is empty',
    });
  });

  it('refuses a 50 MB text file at once, before reading it', async () => {
    const path = join(tmp, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    // Refused from its size, never read: no read call on the file handle (counted, not timed).
    const probe = await open(path, 'r');
    const reads = vi.spyOn(Object.getPrototypeOf(probe) as FileHandle, 'readFile');
    await probe.close();
    const err = await rejection(readDocument({ path })).finally(() => {
      reads.mockRestore();
    });
    expect(reads).not.toHaveBeenCalled();
    expect(err.code).toBe('INVALID_INPUT');
    const fromBytes = await rejection(
      readDocument({ bytes: new Uint8Array(50 * 1024 * 1024).fill(0x61), name: 'big.txt' }),
    );
    expect(fromBytes.message).toMatch(/big\.txt is 50\.0 MB; text reports are read up to 32\.0 MB/);
  });

  it('reads an 8 MB text file with one line-break search per line', async () => {
    const row = 'Scope 2 emissions\t12,345.6\ttCO2e\t2023\n';
    const rows = Math.ceil((8 * 1024 * 1024) / row.length);
    const bytes = new TextEncoder().encode(row.repeat(rows));
    // Work is counted, not timed: searches for a line break, each from where the last one ended.
    const search = vi.spyOn(String.prototype, 'indexOf');
    const doc = await readDocument({ bytes, name: 'big.txt' }).finally(() => {
      search.mockRestore();
    });
    const breaks = search.mock.calls.filter(([sought]) => sought === '\n' || sought === '\r').length;
    expect(breaks).toBeLessThanOrEqual(rows + 2);
    expect(doc.lines).toHaveLength(rows);
    expect(doc.lines.at(-1)?.no).toBe(doc.lines.length);
    expect(doc.lines[0]?.cells).toHaveLength(4);
  });
});

/** UTF-16LE code units of `s` behind a BOM (lone surrogates included, as fast-check may make them). */
function utf16leWithBom(s: string): Uint8Array {
  const units = new Uint16Array(s.length + 1);
  units[0] = 0xfeff;
  for (let i = 0; i < s.length; i++) units[i + 1] = s.charCodeAt(i);
  return new Uint8Array(units.buffer);
}

describe('readText on arbitrary input', () => {
  const check = (bytes: Uint8Array): void => {
    try {
      const doc = readText(bytes, 'x');
      expect(doc.lines.every((l) => l.no >= 1 && l.cells.length > 0)).toBe(true);
    } catch (e) {
      if (!isEsgError(e)) throw e;
    }
  };

  it('returns a Doc or throws EsgError for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), check), { numRuns: 500 });
  });

  it('returns a Doc or throws EsgError for any string in UTF-8 or UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 512 }), fc.boolean(), (s, wide) => {
        const bytes = wide ? utf16leWithBom(s) : new TextEncoder().encode(s);
        check(bytes);
      }),
      { numRuns: 300 },
    );
  });
});
