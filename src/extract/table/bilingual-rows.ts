import { cleanText } from '../clean/index.js';
import type { ReportLine } from '../layout/index.js';
import { parseCellValue } from '../numbers/index.js';
import { englishHeaderWord, englishLabel } from './chinese-labels.js';
import { foldHeaderTranslations } from './header-translation.js';
import { senseLanguages, translates, type LanguageSense } from './latin-languages.js';
import { slashPairEnglish } from './slash-pair.js';
import { looksLikeUnit } from './unit-cell.js';
import { parseYearCell } from './year-cell.js';

/**
 * Bilingual tables as dual-listed mainland companies print them (SZSE/SSE and HKEX reports): each
 * row's Chinese label on one line and its English label on the next, the figures on either line;
 * header and group cells that pair the two languages ("单位 Unit", "按性别划分  By gender"); units
 * in Chinese (万千瓦时 = 10,000 kWh). Indonesian and Malaysian reports print the same rows in a
 * Latin-script language, told from English by the report's own prose (latin-languages.ts). The table
 * reader reads English, so each pair becomes one row with the English label and the figures of
 * whichever line carries them.
 */

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

// Chinese units and their English symbols, longest first so "吨标准煤" is not read as "吨".
const CHINESE_UNITS = [
  ['吨二氧化碳当量', 'tCO2e'],
  ['吨标准煤', 'tce'],
  ['万千瓦时', '10,000 kWh'],
  ['兆瓦时', 'MWh'],
  ['千瓦时', 'kWh'],
  ['万立方米', '10,000 m³'],
  ['立方米', 'm³'],
  ['吉焦', 'GJ'],
  ['万元', 'RMB 10,000'],
  ['千克', 'kg'],
  ['公斤', 'kg'],
  ['吨', 't'],
  ['小时', 'hours'],
  ['人', 'persons'],
  ['天', 'days'],
] as const;

const UNIT_OF = new Map<string, string>(CHINESE_UNITS);

/** The English unit of a Chinese unit cell ("吨二氧化碳当量/万元" → "tCO2e/RMB 10,000"), else undefined. */
export function translateUnit(text: string): string | undefined {
  const parts = text.trim().split('/');
  const out = parts.map((p) => UNIT_OF.get(p.trim()) ?? (p.trim() === '%' ? '%' : undefined));
  return out.every((p) => p !== undefined) ? out.join('/') : undefined;
}

const hanOnly = (t: string): boolean => HAN.test(t) && !LATIN.test(t);
const latinOnly = (t: string): boolean => LATIN.test(t) && !HAN.test(t);
const isFigure = (t: string): boolean => parseCellValue(t) !== undefined;

// A Chinese run before or after English words in one cell ("废漆渣 Paint residue", "Unit 单位").
const HAN_LEAD = /^[\p{Script=Han}\p{P}\d]*\p{Script=Han}[\p{P}]*\s+/u;
const HAN_TAIL = /\s+[\p{Script=Han}\p{P}\d]*\p{Script=Han}[\p{P}]*$/u;

/**
 * One line's cells in English: a cell pairing both languages keeps its English; a Chinese cell just
 * before an English text cell (its translation) is dropped; a Chinese unit cell is translated.
 */
export function englishCells(cells: readonly string[]): string[] {
  const stripped = cells.map((c) => {
    if (!HAN.test(c) || !LATIN.test(c)) return englishHeaderWord(c);
    const rest = c.replace(HAN_LEAD, '').replace(HAN_TAIL, '');
    return latinOnly(rest) ? rest : c;
  });
  const firstFilled = stripped.findIndex((c) => c !== '');
  const out: string[] = [];
  stripped.forEach((c, i) => {
    const next = stripped.slice(i + 1).find((n) => n !== '');
    const translated = next !== undefined && latinOnly(next) && !isFigure(next) && !looksLikeUnit(next);
    if (hanOnly(c) && translated && parseYearCell(c) === undefined) return;
    out.push(i > firstFilled && hanOnly(c) ? (translateUnit(c) ?? c) : c);
  });
  return out;
}

/** The filled cells of a line split into its label, unit cells and figure cells. */
interface Parts {
  readonly label: string;
  readonly units: readonly string[];
  readonly figures: readonly string[];
}

function partsOf(cells: readonly string[]): Parts | undefined {
  const [label, ...rest] = cells.filter((c) => c !== '');
  if (label === undefined) return undefined;
  const figures = rest.filter(isFigure);
  const units = rest.filter((c) => !isFigure(c));
  // Anything other than units right of the label: not a row's label line.
  // A header row (years right of the label) is no label line to pair.
  if (!units.every((u) => looksLikeUnit(u) && parseYearCell(u) === undefined)) return undefined;
  return { label, units, figures };
}

/**
 * The label with its unit in brackets ("Purchased electricity (10,000 kWh)"), where the table reader
 * takes a label's unit: a unit cell with a scale ("10,000 kWh") would read as a figure.
 */
function withUnit(label: string, units: readonly string[]): string {
  const [unit] = units;
  // A bracket that names no unit ("Biomass (fibre and shell)") is part of the name.
  const bracketed = /\(([^()]*)\)$/.exec(label)?.[1];
  return unit === undefined || (bracketed !== undefined && looksLikeUnit(bracketed))
    ? label
    : `${label} (${unit})`;
}

/** A Chinese row with figures and no English line, its label put in English when the term is known. */
function chineseRow(line: ReportLine, parts: Parts): ReportLine {
  const english =
    hanOnly(parts.label) && parts.figures.length > 0 ? englishLabel(parts.label, translateUnit) : undefined;
  return english === undefined ? line : lineOf(line, [withUnit(english, parts.units), ...parts.figures]);
}

function lineOf(base: ReportLine, cells: readonly string[]): ReportLine {
  return { ...base, cells, text: cells.join('\t') };
}

/** How a report's two languages are told apart: which label line leads its English line, and what a lone row becomes. */
interface Pairing {
  /** Whether `local` leads `english`, the parts of the English `line` below it. */
  leads(local: Parts, english: Parts, line: ReportLine): boolean;
  lone(line: ReportLine, parts: Parts): ReportLine;
}

/**
 * The label of a line as printed: a header word the reader put in English ("项目" → "Item") is no
 * English line under a Chinese title ("表9 环保投入" over "项目   金额（万元）").
 */
const printedLabel = (line: ReportLine): string => line.raw.trim().split(/\s{2,}|\t/)[0] ?? '';

const CHINESE: Pairing = {
  leads: (a, b, line) => hanOnly(a.label) && !HAN.test(b.label) && !hanOnly(printedLabel(line)),
  lone: chineseRow,
};

// "Laki-laki / Male", "Tabel 5. Karyawan 2025 / Table 5. Employees": a line printing both languages
// is a row or a caption of its own.
const INLINE_PAIR = /\S\s+\/\s+\S*\p{L}/u;

// A label is short; a sentence ("Women make up 21.4% of the workforce.") pairs with its translation
// but is no row.
const LABEL_WORDS = 10;

/**
 * A line that can be one half of a Latin-script pair: a short label with at most one unit cell (with
 * two, "Category | Number | %", it is a header), printing one language.
 */
function isLabelLine(parts: Parts): boolean {
  const label = parts.label.trim();
  return (
    parts.units.length <= 1 &&
    label.split(/\s+/).length <= LABEL_WORDS &&
    !/[.;]$/.test(label) &&
    !INLINE_PAIR.test(label)
  );
}

/** Latin-script pairs, told apart by the words of the report's own sentences in each language. */
function latinPairing(sense: LanguageSense): Pairing {
  return {
    leads: (a, b) => isLabelLine(a) && isLabelLine(b) && translates(sense, a.label, b.label),
    lone: (line) => line,
  };
}

/**
 * Pairs a label line in the report's other language with the English line right below it into one
 * row: the English label, the English unit (else the other one, translated when Chinese) and the
 * figures of whichever line has them. Returns the lines to read and the numbers of the lines folded
 * into their partner.
 */
function pairLines(
  lines: readonly ReportLine[],
  pairing: Pairing,
): { lines: ReportLine[]; absorbed: Map<number, number> } {
  const out: ReportLine[] = [];
  const absorbed = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (!a) continue;
    const pa = partsOf(a.cells);
    const pb = b && b.no === a.no + 1 ? partsOf(b.cells) : undefined;
    // The English label may hold no letters ("31-40" under "31-40岁").
    const pairs = b && pa && pb && !isFigure(pa.label) && !isFigure(pb.label) && pairing.leads(pa, pb, b);
    if (!b || !pa || !pb || !pairs || (pa.figures.length > 0 && pb.figures.length > 0)) {
      out.push(pa ? pairing.lone(a, pa) : a);
      continue;
    }
    const label = withUnit(pb.label, pb.units.length > 0 ? pb.units : pa.units);
    if (pa.figures.length > 0) {
      out.push(lineOf(a, [label, ...pa.figures]));
      absorbed.set(b.no, a.no);
    } else {
      out.push(lineOf(b, [label, ...pb.figures]));
      absorbed.set(a.no, b.no);
    }
    i++;
  }
  return { lines: out, absorbed };
}

// "Unit: tce", "Unit: persons (unless otherwise stated)": the unit of the table below.
const UNIT_LINE = /^units?\s*[:：]\s*(.+?)(?:\s*\((?:unless|except)[^)]*\))?$/i;

/**
 * Folds a line that states the table's unit into the header row right below it: "Indicator" becomes
 * "Indicator (unit: tce)", where the table reader looks for a unit over the label column.
 */
function foldUnitLines(lines: readonly ReportLine[], absorbed: Map<number, number>): ReportLine[] {
  const out: ReportLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const filled = line?.cells.filter((c) => c !== '') ?? [];
    const unit = filled.length === 1 ? UNIT_LINE.exec(filled[0] ?? '')?.[1] : undefined;
    const nextCells = next?.cells.filter((c) => c !== '') ?? [];
    const [head, ...rest] = nextCells;
    const isHeader =
      head !== undefined &&
      parseYearCell(head) === undefined &&
      rest.some((c) => parseYearCell(c) !== undefined);
    if (!line || !next || unit === undefined || !looksLikeUnit(unit) || !isHeader || next.no - line.no > 2) {
      if (line) out.push(line);
      continue;
    }
    out.push(lineOf(next, [`${head} (unit: ${unit})`, ...rest]));
    absorbed.set(line.no, next.no);
    i++;
  }
  return out;
}

/**
 * The cells of a line the layout reader left whole because no cell is a bare figure: a header
 * ("指标 Indicator   单位 Unit   2024年   2023年") or an English label line under its Chinese one
 * ("Purchased heat   GJ"). Split at runs of three spaces when every cell after the first is a
 * unit, a figure or a year, so prose stays whole.
 */
function spacedCells(line: ReportLine): readonly string[] {
  if (line.cells.length !== 1 || !/\S {3,}\S/.test(line.raw)) return line.cells;
  const cells = line.raw
    .trim()
    .split(/ {3,}/)
    .map((c) => cleanText(c));
  const [, ...rest] = englishCells(cells);
  const fits = (c: string): boolean => looksLikeUnit(c) || isFigure(c) || parseYearCell(c) !== undefined;
  return rest.length > 0 && rest.every(fits) ? cells : line.cells;
}

/**
 * A Latin-script line with its cells that print both languages ("Laki-laki / Male") put in English;
 * a line that is one cell with figures is a sentence and stays as printed.
 */
function inlineEnglish(sense: LanguageSense, line: ReportLine): ReportLine {
  if (line.cells.filter((c) => c !== '').length < 2 && /\d/.test(line.text)) return line;
  const cells = line.cells.map((c) => slashPairEnglish(sense, c));
  return cells.every((c, i) => c === line.cells[i]) ? line : lineOf(line, cells);
}

/** Report lines with bilingual rows read as English rows, and which line each folded line went to. */
export function readBilingualRows(lines: readonly ReportLine[]): {
  lines: ReportLine[];
  absorbed: ReadonlyMap<number, number>;
  /** Lines split into a header of years: repeated over each table, they are no running page header. */
  headers: ReadonlySet<number>;
} {
  const chinese = lines.some((l) => HAN.test(l.text));
  const sense = chinese ? undefined : senseLanguages(lines);
  if (!chinese && !sense) return { lines: [...lines], absorbed: new Map(), headers: new Set() };
  const english = lines.map((l) => {
    const cells = spacedCells(l);
    if (sense) return cells === l.cells ? l : lineOf(l, cells);
    return HAN.test(l.text) || cells !== l.cells ? lineOf(l, englishCells(cells)) : l;
  });
  const headers = new Set(
    english
      .filter((l) => l.cells.length > 1 && l.cells.filter((c) => parseYearCell(c) !== undefined).length >= 2)
      .map((l) => l.no),
  );
  const absorbed = new Map<number, number>();
  const headed = sense ? foldHeaderTranslations(english, absorbed) : english;
  const paired = pairLines(headed, sense ? latinPairing(sense) : CHINESE);
  for (const [folded, into] of paired.absorbed) absorbed.set(folded, into);
  // Cells printing both languages are put in English once pairing has seen their slash.
  const read = sense ? paired.lines.map((l) => inlineEnglish(sense, l)) : paired.lines;
  return { lines: foldUnitLines(read, absorbed), absorbed, headers };
}
