import { createHash } from 'node:crypto';

/** SHA-256 of the input bytes as lowercase hex: the document's identity in provenance records. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
