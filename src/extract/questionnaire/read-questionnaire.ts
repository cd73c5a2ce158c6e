import { tryParseUnit, type Dims } from '../../core/index.js';
import { inferDims } from '../classify/index.js';
import type { ReportLine } from '../layout/index.js';
import type { Mention } from '../mention/index.js';
import { fieldBlocks, type FieldBlock, type FigureField } from './field-blocks.js';
import { fieldUnit } from './field-unit.js';
import { fieldPeriod, isYearField } from './field-year.js';
import { findQuestions, type Question } from './question-headings.js';

/** What the questionnaire reader found: the figures of its fields and the lines they are printed on. */
export interface QuestionnaireResult {
  readonly mentions: readonly Mention[];
  /** Field label and value lines (the table and sentence readers leave them alone). */
  readonly lines: ReadonlySet<number>;
}

// A choice or yes/no field ("Select the number of past reporting years …" over "2 years") asks; its
// answer is no disclosure.
const ASKING = /^(?:select|indicate|is|are|does|do|did|has|have|was|were)\b/i;

/**
 * Reads the figures of a questionnaire response (CDP): each field printed as its label over its value,
 * named by the label with the question and the row's title as background, dated by the row (see
 * {@link fieldPeriod}). Nothing is read from a document that is no questionnaire.
 */
export function readQuestionnaire(
  lines: readonly ReportLine[],
  options: { reportYear: number; ignore: (no: number) => boolean },
): QuestionnaireResult {
  const ignore = keepFieldValues(lines, options.ignore);
  const questions = findQuestions(lines.filter((l) => !ignore(l.no)));
  const currency = responseCurrency(questions);
  const mentions: Mention[] = [];
  const claimed = new Set<number>();
  for (const q of questions) {
    for (const block of fieldBlocks(q.lines, ignore)) {
      for (const field of block.figures) {
        const mention = fieldMention(field, block, q, options.reportYear, currency);
        if (!mention) continue;
        mentions.push(mention);
        for (const no of [mention.line - 1, mention.line]) claimed.add(no);
      }
      // A row's year fields ("Base year" over "2019") are read, not left for the table reader.
      for (const f of block.figures.filter(isYearField)) claimed.add(f.line.no);
    }
  }
  return { mentions, lines: claimed };
}

/**
 * The lines to pass over, less the small bare figures right under a field label ("Proportion of
 * reported emissions verified (%)" over "100"): a page-number test takes such a line for a page number.
 */
function keepFieldValues(
  lines: readonly ReportLine[],
  ignore: (no: number) => boolean,
): (no: number) => boolean {
  const text = new Map(lines.map((l) => [l.no, l.text.trim()]));
  const labelled = (no: number): boolean => {
    const above = text.get(no - 1) ?? '';
    return (
      /^\d{1,3}$/.test(text.get(no) ?? '') &&
      !ignore(no - 1) &&
      /\p{L}{2}/u.test(above) &&
      !/[.;:]$/.test(above)
    );
  };
  return (no) => ignore(no) && !labelled(no);
}

function fieldMention(
  field: FigureField,
  block: FieldBlock,
  q: Question,
  reportYear: number,
  currency: string,
): Mention | undefined {
  if (isYearField(field) || ASKING.test(field.label)) return undefined;
  const period = fieldPeriod(field, block, q.text, reportYear);
  if (!period) return undefined;
  const named = namedField(field, block, q, currency);
  const mention: Mention = {
    kind: 'table',
    line: field.line.no,
    ...named,
    // The question is background: it names the figure only when neither the label nor the row's title does.
    background: named.context.length > 0 ? 1 : 0,
    value: field.value,
    year: period.year,
    basis: period.target ? 'target' : 'actual',
    quote: `${field.label}: ${field.line.raw.trim()}`,
    dims: rowDims(field, block, q),
  };
  return field.line.page === undefined ? mention : { ...mention, page: field.line.page };
}

/** The label, context and unit that name a field's figure. */
function namedField(
  field: FigureField,
  block: FieldBlock,
  q: Question,
  currency: string,
): Pick<Mention, 'label' | 'context' | 'unit'> {
  const label = field.label.replace(CURRENCY_BRACKET, '').trim();
  // A change from last year ("Change in emissions (metric tons CO2e)", "% change from previous year",
  // "Emissions value (percentage)" beside a direction of change) is no level of what the question
  // asks about: it is kept without the question's words, which would name it as the level.
  if (isChange(field, block))
    return { label, context: [], unit: fieldUnit(field.label, field.unit, currency) };
  // An intensity's denominator ("Metric denominator: Unit total" over "2,846,300,000") is a quantity
  // of what the row's denominator field names ("unit total revenue"), not of the emissions.
  const denominator = block.answers.get('metric denominator');
  if (/^metric denominator\b/i.test(field.label) && denominator !== undefined)
    return { label: denominator, context: [], unit: denominatorUnit(denominator, currency) };
  const unit =
    intensityUnit(field, block) ?? (fieldUnit(field.label, field.unit, currency) || questionUnit(q.text));
  return { label, context: [q.text, block.title].filter((c) => c !== '' && c !== field.label), unit };
}

/** A field stating a change: worded so, or a percentage in a row that gives the change's direction (CDP C7.9a). */
function isChange(field: FigureField, block: FieldBlock): boolean {
  if (CHANGE.test(field.label)) return true;
  const directed = [...block.answers.keys()].some((k) => /^direction of change\b/.test(k));
  return directed && /\((?:%|percentage)\)$/i.test(field.label);
}

const CURRENCY_BRACKET = /\s*\((?:unit )?currency\b[^()]*\)/i;
const CHANGE = /\bchange (?:in|from)\b|^change\b/i;

/**
 * Breakdowns a row gives its figures: the Scope 3 category its title names ("Business travel" under a
 * Scope 3 question), and the Scope 2 method the row says its figures use ("Scope 2 accounting method"
 * over "Market-based", C4.1a; "Scope 2 figure used", C6.10).
 */
function rowDims(field: FigureField, block: FieldBlock, q: Question): Dims {
  const titled = block.title === '' ? {} : inferDims(block.title, q.text);
  const dims: Record<string, string> = {};
  if (titled.scope3_category !== undefined) dims.scope3_category = titled.scope3_category;
  const method = /^(location|market)[- ]based$/i.exec(
    block.answers.get('scope 2 accounting method') ?? block.answers.get('scope 2 figure used') ?? '',
  )?.[1];
  // The method dates no Scope 1 figure and no percentage of a target: only Scope 2 and the sums that hold it.
  const holdsScope2 = /\bscope 2\b|\bselected scopes\b|\bintensity\b|\bmetric numerator\b/i.test(field.label);
  if (method && holdsScope2 && !/\b(?:location|market)[- ]based\b/i.test(field.label))
    dims.scope2_method = method.toLowerCase();
  return dims;
}

/** A unit the question closes on ("… gross global Scope 2 emissions in metric tons CO2e?"). */
function questionUnit(question: string): string {
  const unit = /\bin ([^?,()]{1,30})\?$/.exec(question)?.[1]?.trim() ?? '';
  return fieldUnit(`(${unit})`, '', '');
}

/** The unit of an intensity's denominator: the currency for revenue, else the measure it opens with ("metric ton of product"). */
function denominatorUnit(denominator: string, currency: string): string {
  if (/\b(?:revenue|turnover|sales)\b/i.test(denominator)) return currency;
  const words = denominator.split(/\s+/);
  for (let n = 1; n <= Math.min(words.length, 3); n++) {
    const unit = fieldUnit(`(${words.slice(0, n).join(' ')})`, '', '');
    if (unit !== '') return unit;
  }
  return '';
}

/**
 * An intensity row (CDP C6.10) prints its figure bare and its numerator's unit and its denominator as
 * fields of their own: "Intensity figure" is in the numerator's unit per "Metric denominator".
 */
function intensityUnit(field: FigureField, block: FieldBlock): string | undefined {
  if (!/\bintensity\b/i.test(field.label) || field.unit !== '') return undefined;
  const numerator = block.figures.find((f) => /^metric numerator\b/i.test(f.label));
  const denominator = block.answers.get('metric denominator');
  const unit = numerator ? fieldUnit(numerator.label, '', '') : '';
  return unit === '' || !denominator ? undefined : `${unit}/${denominator}`;
}

/** The currency a response states for all its amounts (CDP C0.4), '' when none. */
function responseCurrency(questions: readonly Question[]): string {
  for (const q of questions) {
    if (!/\bcurrency\b/i.test(q.text)) continue;
    const answer = q.lines[0]?.text.trim() ?? '';
    if (/^[A-Z]{3}$/.test(answer) && tryParseUnit(answer)?.dimension.startsWith('money:')) return answer;
  }
  return '';
}
