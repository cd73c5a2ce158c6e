import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { EsgError } from '../../core/index.js';
import type { Doc } from './doc.js';
import { DEFAULT_READ_LIMITS, formatBytes, type ReadLimits } from './limits.js';
import { sniffFormat } from './sniff-format.js';
import { readPdfBytes } from './pdf/index.js';
import { readText } from './text/index.js';

/** Where a document comes from: a file on disk, or bytes already in memory with a name for them. */
export type DocumentInput = { readonly path: string } | { readonly bytes: Uint8Array; readonly name: string };

/**
 * Read a report into a {@link Doc}, choosing the reader by the bytes (a `%PDF-` header means PDF),
 * never by the file name. Faults throw {@link EsgError}: INVALID_INPUT for empty, binary, corrupt or
 * oversized input, UNSUPPORTED for formats esgkit does not read (and PDFs that need OCR), NOT_FOUND
 * for a missing file.
 */
export async function readDocument(input: DocumentInput, limits: Partial<ReadLimits> = {}): Promise<Doc> {
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  const { bytes, name } = 'path' in input ? await readFileBounded(input.path, lim) : input;
  const format = sniffFormat(bytes);
  switch (format.kind) {
    case 'pdf':
      // A file read here belongs to this call alone, so pdfjs may take its buffer without a copy.
      return readPdfBytes(bytes, name, lim, 'path' in input);
    case 'binary':
      throw new EsgError('UNSUPPORTED', `${name} is ${format.name}; esgkit reads text reports and PDFs`);
    case 'text':
      return readText(bytes, name, lim);
  }
}

/** Read a file, refusing before the read when it is larger than any reader accepts. */
async function readFileBounded(path: string, lim: ReadLimits): Promise<{ bytes: Uint8Array; name: string }> {
  const name = basename(path);
  const handle = await open(path, 'r').catch((e: unknown) => {
    throw openError(path, e);
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new EsgError('INVALID_INPUT', `${path} is not a regular file`);
    const size = stat.size;
    const max = Math.max(lim.maxTextBytes, lim.maxPdfBytes);
    if (size > max) {
      throw new EsgError(
        'INVALID_INPUT',
        `${name} is ${formatBytes(size)}; the limit is ${formatBytes(max)}`,
      );
    }
    return { bytes: await handle.readFile(), name };
  } finally {
    await handle.close();
  }
}

function openError(path: string, e: unknown): EsgError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new EsgError('NOT_FOUND', `no such file: ${path}`, { cause: e });
  return new EsgError('INVALID_INPUT', `cannot read ${path}: ${String(e)}`, { cause: e });
}
