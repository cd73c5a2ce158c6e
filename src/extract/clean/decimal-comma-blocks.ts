import { FOREIGN_CAPTION_WORDS } from './caption-words.js';
import { COMMA_ONLY, POINT_ONLY, count, usesDecimalComma } from './decimal-comma.js';
import { pointThousandsInBlock } from './point-thousands.js';

/**
 * A German or Dutch report in English may print its tables in the home convention ("186.412,4",
 * "69,4 %") and its prose in the English one ("2,846,120 t", "9.8%"), so one decision for the whole
 * document reads half of it wrong. Each line is read by its own unambiguous figures; a line without
 * any by the block it sits in (lines between blank lines or page breaks: one table, one paragraph)
 * when the block's figures all point one way; else by the document's convention (usesDecimalComma),
 * unless the integers beside a line's "1.240" show it groups thousands (pointThousandsInBlock).
 */

// A comma before one or two digits groups no thousands, so "38,42" or "–4,3" is a decimal comma; a
// point before one or two digits ("3.03", but also a section number "4.3") leans the other way. One
// such figure alone may be a list ("Tables 6,7") or a heading, so it only counts for its convention on
// a line printing two or more figures that agree (a row of figures); it always counts against the other.
const WEAK_COMMA = /(?<![\d.,])\d+,\d{1,2}(?![\d.,]*\d)/g;
const WEAK_POINT = /(?<![\d.,])\d+\.\d{1,2}(?![\d.,]*\d)/g;
// A weak comma that fills a table cell of its own ("Blue-collar workers | 49 354 | 2 094 | 25,8"): no
// list of references or heading number stands alone in a cell, so it counts for the comma as a row of
// them would, though one alone does not decide its line.
const CELL_COMMA = /(?:^|\t| {2,})[-–+]?\d+,\d{1,2}(?=\s*(?:$|\t| {2,}))/g;
/** Figures a row needs, agreeing, before its ambiguous-looking ones count for their convention. */
const MIN_ROW_FIGURES = 2;
/** Figures a block needs, all pointing one way, before it overrides the document's convention. */
const MIN_BLOCK_FIGURES = 2;
// Work bound for hostile input: only this much of each line is looked at.
const MAX_LINE_CHARS = 2_000;

/** A document line as this decision needs it: its number (a gap marks blank lines), page and text. */
export interface NumberedLine {
  readonly no: number;
  readonly page?: number;
  readonly text: string;
}

interface Evidence {
  strongComma: number;
  strongPoint: number;
  /** Figures that show the comma convention (strong ones, and weak ones in a row of them). */
  forComma: number;
  forPoint: number;
  /** Every figure that could only be read one way with the comma convention. */
  anyComma: number;
  anyPoint: number;
}

const NO_EVIDENCE: Evidence = {
  strongComma: 0,
  strongPoint: 0,
  forComma: 0,
  forPoint: 0,
  anyComma: 0,
  anyPoint: 0,
};

// The number of a table, figure or section ("Table 6.5", "4.2. Energy consumption", "Tabla 5.1.1")
// names it: it is no decimal, for either convention.
const CAPTION_NUMBER = new RegExp(
  `\\b(?:Table|Figure|Fig\\.|Chart|Section|Chapter|Note|Appendix|Annex|${FOREIGN_CAPTION_WORDS.join('|')})\\s+\\d+(?:[.,]\\d+)*|^\\s*\\d+(?:\\.\\d+)+\\.?(?=\\s+\\p{L})`,
  'giu',
);

// The hours a rate is per ("per 1,000,000 h", "/200,000 hours") is a round base many reports print
// in the English form whatever their own convention ("5,60   per 1,000,000 h"): it shows neither.
const RATE_BASE = /(?:\bper|\bpor|\bpar|\bpro|\/)\s*\d{1,3}(?:[.,]\d{3})+(?![\d.,]*\d)/giu;

function evidenceOf(line: string): Evidence {
  if (!/\d[.,]\d/.test(line)) return NO_EVIDENCE;
  const text = (line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line)
    .replace(CAPTION_NUMBER, ' ')
    .replace(RATE_BASE, ' ');
  const strongComma = count(text, COMMA_ONLY);
  const strongPoint = count(text, POINT_ONLY);
  const anyComma = strongComma + count(text, [WEAK_COMMA]);
  const anyPoint = strongPoint + count(text, [WEAK_POINT]);
  return {
    strongComma,
    strongPoint,
    forComma: anyComma >= MIN_ROW_FIGURES ? anyComma : strongComma + cellCommas(text),
    forPoint: anyPoint >= MIN_ROW_FIGURES ? anyPoint : strongPoint,
    anyComma,
    anyPoint,
  };
}

/** Weak commas printed as whole cells of a row of cells (tab- or space-aligned). */
function cellCommas(text: string): number {
  return /\t| {2,}/.test(text.trim()) ? count(text, [CELL_COMMA]) : 0;
}

/** The convention a block's figures show when they all point one way and are enough; else undefined. */
function blockConvention(sum: (key: keyof Evidence) => number): boolean | undefined {
  if (sum('forComma') >= MIN_BLOCK_FIGURES && sum('anyPoint') === 0) return true;
  if (sum('forPoint') >= MIN_BLOCK_FIGURES && sum('anyComma') === 0) return false;
  return undefined;
}

/** The convention a line's unambiguous figures show on their own, if they agree. */
function lineConvention(own: Evidence | undefined): boolean | undefined {
  if (own === undefined) return undefined;
  if (own.strongComma > 0 && own.strongPoint === 0) return true;
  if (own.strongPoint > 0 && own.strongComma === 0) return false;
  return undefined;
}

/** Runs of line indexes with no blank line or page break between them. */
function blocksOf(lines: readonly NumberedLine[]): number[][] {
  const blocks: number[][] = [];
  for (const [i, line] of lines.entries()) {
    const prev = lines[i - 1];
    const joined = prev !== undefined && line.no === prev.no + 1 && line.page === prev.page;
    const last = blocks[blocks.length - 1];
    if (joined && last) last.push(i);
    else blocks.push([i]);
  }
  return blocks;
}

/** For each line, whether its numbers print the decimal comma ("1.234,5"): by line, block, then document. */
export function decimalCommaByLine(lines: readonly NumberedLine[]): boolean[] {
  const byDocument = usesDecimalComma(lines.map((l) => l.text));
  const evidence = lines.map((l) => evidenceOf(l.text));
  const out = new Array<boolean>(lines.length).fill(byDocument);
  for (const block of blocksOf(lines)) {
    const sum = (key: keyof Evidence): number => block.reduce((n, i) => n + (evidence[i]?.[key] ?? 0), 0);
    const ofBlock = blockConvention(sum);
    const groupsThousands = pointThousandsInBlock(block.map((i) => lines[i]?.text ?? ''));
    block.forEach((i, k) => {
      const own = lineConvention(evidence[i]);
      if (own !== undefined) out[i] = own;
      else if (ofBlock !== undefined) out[i] = ofBlock;
      else out[i] = besideLines(block, k, evidence) ?? (byDocument || groupsThousands(k));
    });
  }
  return out;
}

/**
 * In a block whose figures point both ways (a highlights box quoting an environmental table in
 * "3.705.118 kWh" and a social one in "0.87 per million hours"), an ambiguous line ("417.306 m³")
 * is printed as the lines right beside it are, when those that decide agree; else undefined.
 */
function besideLines(
  block: readonly number[],
  k: number,
  evidence: readonly Evidence[],
): boolean | undefined {
  const beside = [block[k - 1], block[k + 1]]
    .map((i) => (i === undefined ? undefined : lineConvention(evidence[i])))
    .filter((c): c is boolean => c !== undefined);
  return beside.length > 0 && beside.every((c) => c === beside[0]) ? beside[0] : undefined;
}
