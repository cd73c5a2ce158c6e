import type { CalculationInput, Fact } from '../../core/index.js';
import { groupDigits } from './figure-format.js';
import type { Footnote, FootnoteBody } from './report-model.js';

const MAX_RUNS = 6;

/** Row numbers as a short range list: "2–5, 9". Calc lineage may carry them as `rows`. */
function rowsText(input: CalculationInput): string {
  const rows = (input as { rows?: readonly number[] }).rows ?? (input.row === undefined ? [] : [input.row]);
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    runs.push(j > i ? `${sorted[i] ?? ''}–${sorted[j] ?? ''}` : String(sorted[i]));
    i = j + 1;
  }
  // A roster count can cite hundreds of rows; the first runs and the count are enough to find them.
  if (runs.length <= MAX_RUNS) return runs.join(', ');
  return `${runs.slice(0, MAX_RUNS).join(', ')}, … (${sorted.length} rows)`;
}

/** The footnote body for a fact: method and factors, document and page, or who entered it and when. */
export function footnoteBody(fact: Fact): FootnoteBody {
  const p = fact.provenance;
  switch (p.kind) {
    case 'calculation':
      return {
        kind: 'calculation',
        formula: p.formula,
        inputs: p.inputs.map((i) => ({
          activity: i.activity,
          amount: i.amount,
          unit: i.unit,
          rows: rowsText(i),
        })),
        factors: p.factors.map((f) => ({
          id: f.id,
          value: f.value,
          unit: f.unit,
          source: f.source,
          ...(f.dataYear === undefined ? {} : { dataYear: f.dataYear }),
        })),
      };
    case 'document':
      return {
        kind: 'document',
        document: p.document,
        ...(p.location.page === undefined ? {} : { page: p.location.page }),
        ...(p.location.line === undefined ? {} : { line: p.location.line }),
        quote: p.quote,
        reported: `${p.reported.value} ${p.reported.unit}`.trim(),
      };
    case 'entry':
      return { kind: 'entry', user: p.user, at: p.at, ...(p.note === undefined ? {} : { note: p.note }) };
  }
}

/**
 * The publisher part of a factor's source ("NDRC, Guidelines …, Appendix 2" → "NDRC"): a note names the
 * publisher; the appendix of methods and sources gives the document and table in full.
 */
function publisherOf(source: string): string {
  const first = source.split(', ')[0] ?? source;
  return first.length < source.length ? `${first} (see appendix)` : source;
}

/** A footnote as one line of plain text (for XLSX, CSV and the HTML renderer's sentences). */
export function footnoteText(body: FootnoteBody): string {
  switch (body.kind) {
    case 'calculation': {
      const inputs = body.inputs.map(
        (i) => `${i.activity} ${groupDigits(i.amount)} ${i.unit}${i.rows ? ` (rows ${i.rows})` : ''}`,
      );
      const factors = body.factors.map(
        (f) =>
          `${f.id} = ${f.value} ${f.unit}${f.dataYear === undefined ? '' : ` (data year ${f.dataYear})`}, ${publisherOf(f.source)}`,
      );
      return [
        `Calculated: ${body.formula}.`,
        inputs.length > 0 ? `Inputs: ${inputs.join('; ')}.` : '',
        factors.length > 0 ? `Factors: ${factors.join('; ')}.` : '',
      ]
        .filter((s) => s !== '')
        .join(' ');
    }
    case 'document': {
      const where = [
        body.page === undefined ? '' : `page ${body.page}`,
        body.line === undefined ? '' : `line ${body.line}`,
      ]
        .filter((s) => s !== '')
        .join(', ');
      return `Source: ${body.document}${where ? `, ${where}` : ''}; printed as ${body.reported}${body.quote ? `: “${body.quote}”` : ''}.`;
    }
    case 'entry':
      return `Entered by ${body.user} on ${body.at}${body.note ? `: ${body.note}` : ''}.`;
  }
}

/**
 * Numbers footnotes across the report. Within a section a source cited twice gets one note; each
 * section lists its own notes under its table, so a reader never turns pages to find one.
 */
export class FootnoteBook {
  private next = 1;
  private current = new Map<string, Footnote>();

  /** The note number for a fact's provenance in the current section. */
  cite(fact: Fact): number {
    const body = footnoteBody(fact);
    const key = JSON.stringify(body);
    const held = this.current.get(key);
    if (held) return held.n;
    const n = this.next++;
    this.current.set(key, { n, id: `fn-${n}`, body });
    return n;
  }

  /** The notes cited since the last call, in number order; starts a new section. */
  closeSection(): Footnote[] {
    const notes = [...this.current.values()];
    this.current = new Map();
    return notes;
  }
}
