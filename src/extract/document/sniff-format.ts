/** What the first bytes of an input say it is. */
export type SniffedFormat =
  { readonly kind: 'pdf' } | { readonly kind: 'text' } | { readonly kind: 'binary'; readonly name: string };

/** Magic numbers of binary formats people hand in by mistake, so the error can name them. */
const BINARY_SIGNATURES: readonly { readonly name: string; readonly magic: readonly number[] }[] = [
  { name: 'a ZIP archive (DOCX, XLSX and PPTX are ZIP files)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an OLE file (legacy DOC or XLS)', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a TIFF image', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'a TIFF image', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'a gzip archive', magic: [0x1f, 0x8b] },
  { name: 'a RAR archive', magic: [0x52, 0x61, 0x72, 0x21] },
  { name: 'a 7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf] },
];

/** The `%PDF-` header; ISO 32000-1 §7.5.2 lets it sit anywhere in the first 1024 bytes. */
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d];
const PDF_HEADER_WINDOW = 1024;

/** Classify input by its magic bytes, never by its file name. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (findHeader(bytes, PDF_HEADER, PDF_HEADER_WINDOW)) return { kind: 'pdf' };
  for (const sig of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig.magic)) return { kind: 'binary', name: sig.name };
  }
  return { kind: 'text' };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

function findHeader(bytes: Uint8Array, header: readonly number[], window: number): boolean {
  const last = Math.min(bytes.length - header.length, window);
  for (let i = 0; i <= last; i++) {
    if (header.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}
