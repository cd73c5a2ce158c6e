import { randomBytes } from 'node:crypto';

// Record ids are UUIDv7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then random bits. Ids made
// later sort later, so new rows land at the right edge of each id index instead of at random pages
// (faster bulk imports), and a page of facts in id order is read from neighbouring pages.

let lastMs = 0;
let sequence = 0;

/**
 * A new UUIDv7. Within one millisecond the 12-bit `rand_a` field counts up from a random start
 * (RFC 9562 §6.2, method 1), so ids from one process stay in creation order.
 */
export function timeOrderedId(nowMs: number = Date.now()): string {
  const random = randomBytes(10);
  if (nowMs > lastMs) {
    lastMs = nowMs;
    sequence = random.readUInt16BE(0) & 0x7ff;
  } else {
    sequence++;
    if (sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
  }
  const ms = lastMs.toString(16).padStart(12, '0');
  const randA = (0x7000 | sequence).toString(16);
  const randB = ((random.readUInt16BE(2) & 0x3fff) | 0x8000).toString(16);
  const tail = random.subarray(4, 10).toString('hex');
  return `${ms.slice(0, 8)}-${ms.slice(8)}-${randA}-${randB}-${tail}`;
}
