import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A piece of horizontal text on a page, in page space with y growing downwards (points). */
export interface TextRun {
  readonly text: string;
  /** Left and right edges. */
  readonly x: number;
  readonly x2: number;
  /** Baseline, measured from the top of the page. */
  readonly y: number;
  /** Font size (the text matrix's vertical scale). */
  readonly size: number;
}

/** What a page gives the line builder: its horizontal runs, and how much text was set otherwise. */
export interface PageText {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  /** Characters set vertically or at an angle (side labels), left out of the runs. */
  readonly rotatedChars: number;
}

/** Text matrices whose shear exceeds this share of their scale are not horizontal text. */
const MAX_SKEW = 0.2;

/**
 * The page's text as runs, in the page's displayed orientation (the viewport applies /Rotate and
 * the crop box). Whitespace-only items are dropped: gaps come from geometry, not from space glyphs.
 */
export async function pageText(page: PDFPageProxy): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  let rotatedChars = 0;
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = multiply(viewport.transform, item.transform as number[]);
    const horizontal = a > 0 && Math.abs(b) <= MAX_SKEW * a && Math.abs(c) <= MAX_SKEW * Math.abs(d);
    if (!horizontal) {
      rotatedChars += item.str.length;
      continue;
    }
    const size = Math.hypot(c, d);
    if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) continue;
    const width = Number.isFinite(item.width) && item.width > 0 ? item.width * viewport.scale : 0;
    runs.push({ text: item.str, x: e, x2: e + width, y: f, size });
  }
  return { width: viewport.width, height: viewport.height, runs, rotatedChars };
}

/** The product of two PDF affine matrices [a b c d e f] (ISO 32000-1 §8.3.4): `m2` then `m1`. */
function multiply(
  m1: readonly number[],
  m2: readonly number[],
): [number, number, number, number, number, number] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}
