import { isCaptionText } from '../clean/index.js';
import { isRuleLine, type ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { statedYear } from '../period/index.js';
import { readBilingualRows } from './bilingual-rows.js';
import { boxSentenceLines } from './boxed-tiles.js';
import { splitBracketedPriorYear } from './bracketed-prior-year.js';
import { atCaptionSite, captionSites } from './caption-site.js';
import { readFigureFirstBlocks } from './figure-first-block.js';
import { headingOverPageRanges, isPageList } from './page-list.js';
import { readTable } from './read-table.js';
import { readYearPairCards } from './year-pair-cards.js';
import { segmentTables, type TableBlock } from './segment.js';
import { statedUnit } from './row-unit.js';
import { labelledPercentSentences, pairChanges, splitSideBySide } from './side-by-side.js';
import { stackHeaderLines } from './stacked-header.js';
import { readSplitColumns } from './split-columns.js';

/** What table extraction found: the mentions and the lines that belong to tables. */
export interface TableResult {
  readonly mentions: readonly Mention[];
  /** Lines read as table rows (narrative extraction leaves them alone). */
  readonly tableLines: ReadonlySet<number>;
  /** Highlight tiles worded as a change, each as the sentence it reads as (see readFigureFirstBlocks). */
  readonly changeSentences: readonly ReportLine[];
  /**
   * Pairs of a key-figures box worded as a change ("Revenue growth | up 14.2%"), each as the sentence it
   * reads as: figures printed in a table, as a table's change column is (see pairChanges).
   */
  readonly boxChangeSentences: readonly ReportLine[];
}

// A caption is the line just above a table, at most this many lines up.
const CAPTION_REACH = 4;
const YEAR_ENDED = /^\s*(?:for the )?(?:financial |fiscal )?years? end(?:ed|ing) \d{1,2} \p{L}+\s*$/iu;

/**
 * Reads every table of a report. `skip` holds lines already claimed (contents page, content
 * index); `noise` holds running page headers.
 */
export function extractTables(
  lines: readonly ReportLine[],
  options: { reportYear: number; noise: ReadonlySet<number>; skip: ReadonlySet<number> },
): TableResult {
  const { reportYear, skip } = options;
  // Bilingual rows (a Chinese label line over its English one) are read as one English row.
  const bilingual = readBilingualRows(lines.filter((l) => !skip.has(l.no)));
  const stacked = stackHeaderLines(bilingual.lines);
  const noise = new Set([...options.noise].filter((no) => !bilingual.headers.has(no)));
  const mentions: Mention[] = [];
  const tableLines = new Set<number>();
  const indexOf = new Map(lines.map((l, i) => [l.no, i]));
  // Highlights printed value first ("2,410 MWh    electricity bought") are no table whose first column is
  // its label: they are read apart, and kept from the table reader.
  // KPI cards (a label line over `2024: x   2023: y` pairs) and labels followed by such pairs.
  const cards = readYearPairCards(bilingual.lines, (no) => noise.has(no));
  mentions.push(...cards.mentions);
  for (const no of cards.lines) tableLines.add(no);
  const highlights = readFigureFirstBlocks(
    stacked.filter((l) => !cards.lines.has(l.no)),
    {
      reportYear,
      ignore: (no) => noise.has(no),
      unstacked: bilingual.lines.filter((l) => !cards.lines.has(l.no)),
    },
  );
  mentions.push(...highlights.mentions);
  for (const no of highlights.lines) tableLines.add(no);
  const usable = stacked.filter((l) => !highlights.lines.has(l.no) && !cards.lines.has(l.no));
  const segmented = segmentTables(usable, noise);
  // A box's pairs worded as a change ("Revenue growth | up 14.2%") are stated changes, as its tiles are.
  const boxChanges = [...segmented.flatMap(pairChanges), ...segmented.flatMap(labelledPercentSentences)];
  const blocks = segmented.flatMap(splitSideBySide).map((whole) => {
    // "Table 3. GHG emissions        (Unit: tonnes CO2e)": a title stating its unit at the far right
    // is the caption of the rows below, not their first row.
    const titled = unitTitled(whole);
    const block = titled ? { ...whole, rows: whole.rows.slice(1) } : whole;
    const first = whole.rows[0]?.no ?? 0;
    const above = captionAbove(lines, indexOf.get(first) ?? 0, (no) => noise.has(no) || skip.has(no));
    return { block, caption: titled ?? headerCaption(block) ?? above };
  });
  // "Energy consumption – North Mill" beside "Energy consumption – Group": a table for each place.
  const sites = captionSites(blocks.map((b) => b.caption));
  // A sentence printed across a highlights box ("| 6.1% less water drawn than in 2024 |") is the prose
  // reader's, unless its table read a figure on it.
  const boxSentences = boxSentenceLines(stacked);
  for (const { block, caption } of blocks) {
    if (block.rows.length === 0) continue;
    const yearOf = (text: string): number =>
      statedYear(text, reportYear) ?? titleYear(text, reportYear) ?? reportYear;
    // "Each cell gives FY2025 with FY2024 in brackets": the bracketed figures are a table of their own year.
    const bracketed = splitBracketedPriorYear(block, caption, yearOf);
    const found = isPageListUnderRanges(lines, indexOf.get(block.rows[0]?.no ?? 0) ?? 0, block)
      ? []
      : bracketed
        ? [
            ...readTable(bracketed.current, { year: bracketed.year, reportYear, caption }),
            ...readTable(bracketed.prior, { year: bracketed.priorYear, reportYear, caption }),
          ]
        : readTable(block, { year: yearOf(caption), reportYear, caption });
    // A block that gives no figure keeps its lines from the prose reader, all but those holding a sentence
    // ("B7 Anti-corruption⇥No concluded cases … in the year." and the paragraph after it): a side heading
    // parted from its paragraph by a tab makes a block of prose.
    for (const row of block.rows) {
      const prose = boxSentences.has(row.no) && !found.some((m) => m.line === row.no);
      if (!prose && (found.length > 0 || !holdsSentence(row.cells))) tableLines.add(row.no);
    }
    mentions.push(...atCaptionSite(found, sites.get(caption)));
  }
  const captionOf = (no: number): string =>
    captionAbove(lines, indexOf.get(no) ?? 0, (n) => noise.has(n) || skip.has(n));
  for (const m of readSplitColumns(usable, noise, captionOf)) {
    mentions.push(m);
    tableLines.add(m.line);
  }
  for (const [folded, into] of bilingual.absorbed) if (tableLines.has(into)) tableLines.add(folded);
  return {
    mentions,
    tableLines,
    changeSentences: highlights.changeSentences,
    boxChangeSentences: boxChanges,
  };
}

// A title dated by a bracketed year at its end: "Energy consumption within the organization (2024)".
// After a year of its own ("Key figures, 2025 (2024)", as Nordic reports print the comparatives in
// brackets) the bracketed year is the prior year's, and the title's first year dates its figures.
const TITLE_YEAR = /(?:\b((?:19|20)\d{2})\s*)?\((?:FY\s?)?((?:19|20)\d{2})\)$/i;

/** The year a title ends on in brackets (or the year before them), when it is not after the report year. */
function titleYear(caption: string, reportYear: number): number | undefined {
  const m = TITLE_YEAR.exec(caption.trim());
  const year = Number(m?.[1] ?? m?.[2] ?? NaN);
  return year <= reportYear ? year : undefined;
}

// How far up an index's heading may be printed over rows whose pages are ranges.
const RANGE_ROWS_REACH = 12;

/** Whether a block is an index of pages whose heading is above rows ending in page ranges ("5-7"). */
function isPageListUnderRanges(lines: readonly ReportLine[], at: number, block: TableBlock): boolean {
  const above = lines.slice(Math.max(0, at - RANGE_ROWS_REACH), at).map((l) => l.raw);
  const heading = headingOverPageRanges(above.reverse(), isRuleLine);
  return heading !== '' && isPageList(block, heading);
}

function captionAbove(lines: readonly ReportLine[], at: number, ignore: (line: number) => boolean): string {
  const start = lines[at];
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line || !start || start.no - line.no > CAPTION_REACH) break;
    // "Year ended 31 March" over the year columns dates them; the table's title is the line above.
    // A rule under a heading line is no title.
    if (ignore(line.no) || YEAR_ENDED.test(line.text) || isRuleLine(line.text)) continue;
    const text = line.text.replace(/\t/g, ' ');
    const sentences = closeBrackets(text.split(/(?<=[.!?:])\s+(?=[A-Z])/));
    return withoutContinuation(sentences[sentences.length - 1] ?? text).slice(0, 300);
  }
  return '';
}

// A table carried over a page repeats its title with a mark ("(continued)", "(cont'd)", "– continued",
// "(suite)", "(continuación)", "(Fortsetzung)", "（续）"): the title's unit and year come before it.
const CONTINUED =
  /\s*(?:[(（]\s*(?:continued|cont(?:'d|inued)?\.?|suite|continua(?:ción|cao|ção|zione)?|fortsetzung|forts\.|续|續)\s*[)）]|[–—-]\s*continued)\s*$/iu;

/** A caption without the mark a table's continuation on the next page adds to its title. */
function withoutContinuation(caption: string): string {
  return caption.replace(CONTINUED, '');
}

/** Sentences with a break inside brackets undone: "… (unit: NT$ thousand)" is one title, not two. */
function closeBrackets(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    const open = last === undefined ? 0 : (last.match(/\(/g)?.length ?? 0) - (last.match(/\)/g)?.length ?? 0);
    if (last !== undefined && open > 0) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}

// A cell that is a sentence: long, and ending as a sentence does.
const SENTENCE_CELL = /^.{24,}[.!?。！？]["'”’)）]*$/su;
// A line of a paragraph that wraps on to the next: one cell of this many words or more, a table's label
// rarely so long ("Women make up 58.4% of our workforce (2,458 of 4,477" over "employees) and hold …").
const PROSE_WORDS = 10;

/** Whether a row holds a sentence in one of its cells, or is a line of a paragraph. */
function holdsSentence(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  const prose = filled.length === 1 && (filled[0]?.trim().split(/\s+/).length ?? 0) >= PROSE_WORDS;
  return prose || cells.some((c) => SENTENCE_CELL.test(c.trim()));
}

/**
 * The caption a block's header prints in its label cell ("Table 9 Training, 2025 | Employees | Trained"):
 * the table's own title, so the line above (the last sentence of a paragraph under the table before)
 * names none of its figures. Undefined when the first row opens with no numbered caption.
 */
function headerCaption(block: TableBlock): string | undefined {
  const [head] = block.rows;
  const first = head?.cells[0]?.trim() ?? '';
  const headings = head?.cells.slice(1).filter((c) => c.trim() !== '') ?? [];
  return headings.length >= 2 && isCaptionText(first) && /\p{L}/u.test(first.replace(/^\S+\s+\S+/, ''))
    ? first
    : undefined;
}

/**
 * The title of a block whose first row is a title and its unit stated in a bracket at the far right
 * ("Bảng 3. Phát thải   (Đơn vị: tấn CO2e)"), printing no figure; undefined for any other block.
 */
function unitTitled(block: TableBlock): string | undefined {
  const [head] = block.rows;
  const cells = head?.cells.map((c) => c.trim()).filter((c) => c !== '') ?? [];
  const [title, bracket] = cells;
  if (cells.length !== 2 || !title || !bracket || block.rows.length < 3) return undefined;
  const inner = /^[(（](.+)[)）]$/.exec(bracket)?.[1] ?? '';
  return statedUnit(inner) !== '' && /\p{L}/u.test(title) && !/\d{3}/.test(title)
    ? `${title} ${bracket}`
    : undefined;
}
