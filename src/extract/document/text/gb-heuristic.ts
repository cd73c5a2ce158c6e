/** Share of double-byte characters that must come from the GB2312 block in real Chinese text. */
const MIN_GB2312_SHARE = 0.6;
/** Share of non-ASCII decoded characters that must be CJK in real Chinese text. */
const MIN_CJK_SHARE = 0.8;

/**
 * True when bytes that decode cleanly as GB18030 also read like Chinese text. Many byte strings are
 * valid GB18030 (Latin-1 "café" is), so two checks: most double-byte codes sit in the GB2312 block
 * (both bytes 0xA1–0xFE, where everyday hanzi and CJK punctuation live; GB 2312-80, GBK extensions
 * use trail bytes below 0xA1), and most non-ASCII characters decoded are CJK.
 */
export function looksLikeGbText(bytes: Uint8Array, decoded: string): boolean {
  let doubles = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const trail = bytes[i + 1] ?? 0;
    if (lead < 0x80) i += 1;
    else if (trail >= 0x30 && trail <= 0x39)
      i += 4; // GB18030 four-byte sequence
    else {
      doubles++;
      if (lead >= 0xa1 && trail >= 0xa1) gb2312++;
      i += 2;
    }
  }
  if (doubles === 0 || gb2312 < doubles * MIN_GB2312_SHARE) return false;
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of decoded) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    nonAscii++;
    if (isCjk(c)) cjk++;
  }
  return cjk >= nonAscii * MIN_CJK_SHARE;
}

/** CJK ideographs, CJK and full-width punctuation, and the general punctuation GB2312 maps (“”—…). */
function isCjk(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2010 && c <= 0x203b) ||
    c === 0x00b7
  );
}
