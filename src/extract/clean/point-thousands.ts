/**
 * A table may group its thousands with a point in a document that otherwise prints the decimal point
 * (a Vietnamese or German table pasted into an English report: "Charity houses   960   1.240"). Alone,
 * "1.240" reads either way; the whole numbers beside it decide. A row going from 960 to 1.24 would
 * print "960.000" if it kept three decimals, and a column holding 412, 548 and 960 holds 1,500 rather
 * than 1.5: the figure is read the way that puts it nearer the integers of its row, else of its column.
 */

// A figure of a row: digits, grouped or not, not glued to a word ("CO2", "2nd").
const FIGURE = /(?<![\p{L}\d.,'’])\d+(?:[.,]\d+)*(?![\d\p{L}]|[.,]\d)/gu;
// A number a row opens with ("1    Electricity", "2. Water") numbers it: it is no figure of the row.
const ROW_NUMBER = /^\s*\d{1,3}\.?(?=\s+\p{L})/u;
// Years head the columns; they are no figures.
const YEAR = /^(?:19|20)\d{2}$/;
const AMBIGUOUS = /^\d{1,3}\.\d{3}$/;
const INTEGER = /^\d+$/;
// "1,204": the block groups its thousands with a comma, so its points are decimal points.
const COMMA_GROUPED = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,]*\d)/;
// A row naming a ratio ("kgOE/m² product", "tCO2e per employee", "%") takes decimals whatever its
// column holds; only its own figures speak for it.
const RATIO_ROW = /\p{L}\s*\/\s*[\p{L}\d]|%|\bper\b|\bpro\b|\bpar\b|\bpor\b/iu;
/** Characters a column's figures may be off their common right edge. */
const ALIGN_SLACK = 1;
// Work bound for hostile input: only this much of each line is looked at.
const MAX_LINE_CHARS = 2_000;

interface Figure {
  readonly text: string;
  /** The character after the figure's last digit: right-aligned columns share it. */
  readonly end: number;
}

function figuresOf(line: string): Figure[] {
  const text = (line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line).replace(
    ROW_NUMBER,
    (n) => ' '.repeat(n.length),
  );
  return [...text.matchAll(FIGURE)]
    .filter((m) => !YEAR.test(m[0]))
    .map((m) => ({ text: m[0], end: m.index + m[0].length }));
}

/** Whether a figure such as "1.240" lies nearer the integers beside it read as 1240 than as 1.24. */
function nearerAsThousands(figure: string, beside: readonly number[]): boolean {
  const positive = beside.filter((n) => n > 0).sort((a, b) => a - b);
  const median = positive[Math.floor(positive.length / 2)];
  if (median === undefined) return false;
  const decimal = Number(figure);
  const thousands = decimal * 1000;
  return Math.abs(Math.log(thousands / median)) < Math.abs(Math.log(decimal / median));
}

/** The integers printed right under or over a figure in the other lines of its block; none if a decimal is. */
function columnIntegers(block: readonly Figure[][], k: number, end: number): number[] {
  const column = block
    .filter((_, j) => j !== k)
    .flatMap((row) => row.filter((f) => Math.abs(f.end - end) <= ALIGN_SLACK));
  if (column.some((f) => !INTEGER.test(f.text) && !AMBIGUOUS.test(f.text))) return [];
  return column.filter((f) => INTEGER.test(f.text)).map((f) => Number(f.text));
}

/**
 * For a block (its printed lines: one table or paragraph), whether line k groups thousands with a
 * point: it prints only integers and figures such as "1.240", and each of those lies nearer the
 * integers beside it read as thousands. The block's figures are read once, on the first question.
 */
export function pointThousandsInBlock(block: readonly string[]): (k: number) => boolean {
  let figures: Figure[][] | undefined;
  let commaGrouped: boolean | undefined;
  return (k) => {
    const line = block[k];
    if (line === undefined || !/\d\.\d{3}/.test(line)) return false;
    commaGrouped ??= block.some((l) => COMMA_GROUPED.test(l));
    if (commaGrouped) return false;
    figures ??= block.map(figuresOf);
    return groupsThousands(line, figures, k);
  };
}

function groupsThousands(line: string, figures: readonly Figure[][], k: number): boolean {
  const own = figures[k] ?? [];
  const ambiguous = own.filter((f) => AMBIGUOUS.test(f.text));
  if (ambiguous.length === 0 || own.some((f) => !AMBIGUOUS.test(f.text) && !INTEGER.test(f.text))) {
    return false;
  }
  const rowIntegers = own.filter((f) => INTEGER.test(f.text)).map((f) => Number(f.text));
  const ratio = RATIO_ROW.test(line);
  return ambiguous.every((f) =>
    nearerAsThousands(
      f.text,
      rowIntegers.length > 0 || ratio ? rowIntegers : columnIntegers(figures, k, f.end),
    ),
  );
}
