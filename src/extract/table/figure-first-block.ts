import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { statedYear } from '../period/index.js';
import { readFigureFirsts, type FigureFirst } from './figure-first.js';
import { readBoxedTiles } from './boxed-tiles.js';
import { readFigureTiles } from './figure-tiles.js';
import { readNamedTiles } from './named-tiles.js';
import { readStackedTile } from './stacked-tile.js';
import { tileChangeLine } from './tile-change.js';

/** The figures of value-first key-figures blocks and the lines they take. */
export interface FigureFirstResult {
  readonly mentions: readonly Mention[];
  readonly lines: ReadonlySet<number>;
  /**
   * Tiles worded as a change ("11.6%" over "reduction in Scope 1 and 2" / "emissions vs 2024"), each as
   * the one sentence it reads as, for the prose reader's stated changes.
   */
  readonly changeSentences: readonly ReportLine[];
}

// Lines of one highlights block sit this close (blank lines between figures are common).
const MAX_GAP = 3;
// A block's heading sits at most this many lines above its first figure.
const HEADING_REACH = 8;
// A list item above the figures ("• Revenue of …") belongs to the list, not its heading.
const LIST_ITEM = /^\s*(?:[▶►▸▹•●○◦▪■□◆◇✓✔→➤➢❯]|[-–—*·>]\s)/u;
// A block is a list: one figure-first line alone is a caption, a wrapped sentence or a page footer.
const MIN_FIGURES = 2;

/**
 * Reads highlights blocks printed one figure a line, value first ("2,410 MWh    electricity bought").
 * Each figure is named by the words after it and dated by its own words, then its block's heading,
 * then the report year. Like a key-figures list printed label first, it restates the report's tables
 * (`listed`). A second figure inside the words ("18% from solar", "down 4.1%") is never the line's figure;
 * the line is left to no other reader, so it is not read as a sentence either.
 */
export function readFigureFirstBlocks(
  lines: readonly ReportLine[],
  options: {
    reportYear: number;
    ignore: (no: number) => boolean;
    /** The lines before stacked headers were merged: a tile's name wraps over lines a merge would join. */
    unstacked?: readonly ReportLine[];
  },
): FigureFirstResult {
  const mentions: Mention[] = [];
  const changeSentences: ReportLine[] = [];
  const taken = new Set<number>();
  const unstacked = options.unstacked ?? lines;
  const at = new Map(unstacked.map((l, i) => [l.no, i]));
  const tileLines = (no: number, i: number): [readonly ReportLine[], number] => {
    const j = at.get(no);
    return j === undefined ? [lines, i] : [unstacked, j];
  };
  // Rows of figures over their names or under them, tile by tile (or box by box): the name lines are
  // the figures' too.
  const tiles = lines.flatMap((l, i) =>
    options.ignore(l.no)
      ? []
      : [
          readFigureTiles(...tileLines(l.no, i)) ??
            readNamedTiles(...tileLines(l.no, i)) ??
            readBoxedTiles(lines, i) ??
            readStackedTile(lines, i),
        ],
  );
  for (const t of tiles) for (const no of t?.nameLines ?? []) taken.add(no);
  const ignore = (no: number): boolean => options.ignore(no) || taken.has(no);
  for (const t of tiles) {
    const [first] = t?.figures ?? [];
    if (!t || !first) continue;
    const caption = headingAbove(lines, first.line.no, (no) => ignore(no) || tileRow(tiles, no));
    const year = headingYear(caption, options.reportYear) ?? options.reportYear;
    for (const figure of t.figures) {
      mentions.push(toMention(figure, caption, ownYear(figure, options.reportYear) ?? year));
      const sentence = changeSentence(figure);
      if (sentence) changeSentences.push(sentence);
    }
    taken.add(first.line.no);
  }
  for (const block of figureFirstRuns(lines, ignore)) {
    const caption = headingAbove(lines, block[0]?.line.no ?? 0, options.ignore);
    const blockYear = headingYear(caption, options.reportYear) ?? options.reportYear;
    for (const figure of block) {
      mentions.push(toMention(figure, caption, ownYear(figure, options.reportYear) ?? blockYear));
      taken.add(figure.line.no);
      // A line taken here ("3.1% decrease in energy use", "21.3% less flaring") is read by no prose reader.
      const sentence = changeSentence(figure);
      if (sentence) changeSentences.push(sentence);
    }
  }
  return { mentions, lines: taken, changeSentences };
}

/** A percentage tile worded as a change, as the sentence it reads as ("11.6% reduction in … vs 2024."). */
function changeSentence(figure: FigureFirst): ReportLine | undefined {
  return tileChangeLine(figure.line, figure.cell.value, figure.cell.unit, figure.description);
}

function tileRow(tiles: readonly (ReturnType<typeof readFigureTiles> | undefined)[], no: number): boolean {
  return tiles.some((t) => t?.figures[0]?.line.no === no);
}

/**
 * Runs of figure-first lines. A run of bare small numbers ("2.1  Governance", "2.2  Strategy") is a
 * list of numbered sections: a highlights block has some figure with a unit, a share or thousands.
 */
function figureFirstRuns(lines: readonly ReportLine[], ignore: (no: number) => boolean): FigureFirst[][] {
  const runs: FigureFirst[][] = [];
  let run: FigureFirst[] = [];
  const close = (): void => {
    if (run.length >= MIN_FIGURES && run.some((f) => f.measured)) runs.push(run);
    run = [];
  };
  for (const line of lines) {
    if (ignore(line.no)) continue;
    const figures = readFigureFirsts(line);
    const last = run[run.length - 1];
    if (figures.length === 0 || (last && line.no - last.line.no > MAX_GAP)) close();
    run.push(...figures);
  }
  close();
  return runs;
}

function toMention(figure: FigureFirst, caption: string, year: number): Mention {
  const { line, cell } = figure;
  return {
    kind: 'text',
    listed: true,
    line: line.no,
    ...(line.page === undefined ? {} : { page: line.page }),
    label: ownWords(figure.description),
    context: caption === '' ? [] : [caption],
    background: caption === '' ? 0 : 1,
    value: cell.value,
    unit: cell.unit,
    year,
    basis: 'actual',
    quote: line.raw.replace(/\t/g, ' ').replace(/\s+/g, ' ').trim(),
    dims: {},
  };
}

// Where a second figure's clause begins: a bracket, a comma or semicolon, or a word that sets the
// figure against another ("from 2.38", "down 5.3%", "including 3.4 million").
const SECOND_CLAUSE =
  /\s*(?:[(,;:]|\s[–—]\s|\s(?:up|down|from|since|compared|relative|versus|vs\.?|than|against|including|of which)\b)/i;

/**
 * The words that name the figure: the description up to a clause holding another figure ("total
 * energy used (18% from solar)" → "total energy used"); a clause without a figure stays
 * ("emissions (market-based)").
 */
function ownWords(description: string): string {
  let from = 0;
  for (;;) {
    const found = SECOND_CLAUSE.exec(description.slice(from));
    if (!found) break;
    const at = from + found.index;
    const clause = description.slice(at).replace(/^\s*[(,;:]/, '');
    const end = clause.search(/[),;]/);
    if (/\d/.test(end < 0 ? clause : clause.slice(0, end))) return description.slice(0, at).trim();
    from = at + 1;
  }
  return description.replace(/[.,;:]+$/, '').trim();
}

/**
 * The year a figure's own words date it to ("volunteers in 2023"). A year it is set against ("than in
 * 2024", "from 4.1 in FY2023", "since 2019") sits in a clause {@link ownWords} has cut off.
 */
function ownYear(figure: FigureFirst, reportYear: number): number | undefined {
  return statedYear(ownWords(figure.description), reportYear);
}

// "Highlights 2024", "FY2024 at a glance", "Fiscal 2025 highlights": one year in a short heading.
// A fiscal span ("2025/26 highlights") names the report's own year, which the report year already is.
const HEADING_YEAR =
  /(?<!(?:since|from|vs\.?|versus|baseline|base year)\s*)\b(?:FY\s?|fiscal\s+)?((?:19|20)\d{2})\b(?!\s*[/–-]\s*\d)/gi;
const MAX_HEADING_CHARS = 60;

/** The year a block's heading names, when it names exactly one and it is not after the report year. */
function headingYear(caption: string, reportYear: number): number | undefined {
  const stated = statedYear(caption, reportYear);
  if (stated !== undefined || caption.length > MAX_HEADING_CHARS) return stated;
  const years = [...caption.matchAll(HEADING_YEAR)].map((m) => Number(m[1]));
  const [year] = years;
  return years.length === 1 && year !== undefined && year <= reportYear ? year : undefined;
}

/**
 * The heading above a block ("Fiscal 2025 highlights"), past list items that hold no figure of the
 * block: a short line that ends no sentence, or '' when a paragraph comes first.
 */
function headingAbove(lines: readonly ReportLine[], first: number, ignore: (no: number) => boolean): string {
  const above = lines.filter((l) => l.no < first && l.no >= first - HEADING_REACH && !ignore(l.no)).reverse();
  for (const line of above) {
    const text = line.text.replace(/\t/g, ' ').trim();
    // A tile's gloss under its figure ("up 6.6% on 2024", "(2024: 1)") heads no tile below it.
    if (LIST_ITEM.test(text) || /^[\p{Ll}(]/u.test(text)) continue;
    return text.length <= MAX_HEADING_CHARS && !/[.;:,]$/.test(text) ? text : '';
  }
  return '';
}
