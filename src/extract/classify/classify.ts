import {
  convert,
  Decimal,
  getMetric,
  quantity,
  type Dims,
  type Metric,
  type Quantity,
} from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { bareWaterMeasure } from './bare-water-measure.js';
import { bracketedCarrier } from './bracketed-carrier.js';
import { carrierOverTotal } from './carrier-row.js';
import { chooseMetric, isPerPerson, type PhraseCache } from './choose-metric.js';
import { namesOneOfTwoCategories } from './coordinated-label.js';
import { dashQualifiedPart } from './dash-part.js';
import { energySource } from './energy-source.js';
import { ethnicityColumn, indigenousGroup } from './ethnicity.js';
import { narrowerColumn } from './narrower-column.js';
import { routeUnderWasteType, wasteRouteCode, wasteTypeOf } from './waste-route.js';
import { waterSourceRow } from './water-source.js';
import { inferDims, SITE_WORDS } from './dims.js';
import { scopeCodes, type CodeScope } from './framework-codes.js';
import {
  canonicalUnit,
  powerAsEnergy,
  readPrintedUnit,
  unitNamedIn,
  unitWithLabelNoun,
  type PrintedUnit,
} from './printed-unit.js';
import { rateBeforeBase } from './rate-before-base.js';
import { sentenceSubject } from './sentence-subject.js';
import { trainedCategory } from './trained-category.js';
import { isWorkerGroup, measureBeforeWorkerGroup, openingGroup, workerGroup } from './worker-group.js';

/** A mention with what it measures: metric, breakdown, framework codes and canonical value. */
export interface ClassifiedMention {
  readonly mention: Mention;
  readonly metric?: Metric;
  /** The catalogue phrase that matched, '' when no metric did. */
  readonly phrase: string;
  readonly dims: Dims;
  readonly codes: readonly string[];
  /** The metric's codes in frameworks the report does not follow (used when nothing else names the fact). */
  readonly otherCodes: readonly string[];
  /** The value in the metric's canonical unit, or as printed when it cannot be converted. */
  readonly quantity: Quantity | undefined;
}

/** Classifies one mention. `scope` names the frameworks the report follows: its codes come from them. */
export function classifyMention(m: Mention, scope: CodeScope, cache?: PhraseCache): ClassifiedMention {
  const read = readPrintedUnit(m.kind === 'table' ? unitWithLabelNoun(m.label, m.unit) : m.unit);
  // A table row is named by its label, then its column, group, section and caption; a sentence's
  // figure only by the words around it (the rest of the sentence may name other things).
  // "226 line managers completed our leadership programme": that category's employees trained.
  const trainedOf = trainedCategory(m);
  const texts =
    m.kind === 'table'
      ? [qualifiedLabel(m, read), ...[...m.context].reverse()]
      : [
          trainedOf !== undefined
            ? 'number of employees trained'
            : sentenceSubject(m.label, m.value, read, m.quote),
          perPhrase(m.label, read),
          savingPhrase(m.label, read),
          countedNoun(m.unit, read),
          m.label,
        ];
  // Only a table's unit cell drops the hours; a sentence's "22 MW of solar panels" is capacity.
  const printed = m.kind === 'table' ? energyForPower(texts, read, cache) : read;
  const unitlessPer = m.kind === 'table' && !read ? unitlessIntensity(m.label, cache) : undefined;
  if (unitlessPer) texts[0] = unitlessPer.phrase;
  // "LTIFR per 1 million man-hours": the rate's base names no hours worked.
  const rated = m.kind === 'table' ? rateBeforeBase(m.label, cache) : undefined;
  if (rated) texts[0] = rated;
  // "Total withdrawal" under "Water (m³)": the caption names what the bare measure is of.
  const water = bareWaterMeasure(m);
  if (water !== undefined) texts[0] = water;
  // "LTIR – contractors": a safety measure for one worker group, not the contractors' headcount.
  const measure = m.kind === 'table' ? measureBeforeWorkerGroup(m.label) : undefined;
  if (measure && chooseMetric([measure], printed, 1, cache)?.metric.dims.includes('worker_type'))
    texts[0] = measure;
  // "Technical and R&D staff" is a category of the table's headcount, not the R&D headcount.
  const byLabel = m.kind === 'table' ? chooseMetric(texts.slice(0, 1), printed, 1, cache) : undefined;
  if (byLabel && namesOneOfTwoCategories(m.label, byLabel.phrase, byLabel.metric)) texts[0] = '';
  // A column group "Contractors" over a row "Hours worked" says whose hours they are (a dim), not
  // what is measured: the row's own measure names the figure (GRI 403-9 a/b, ESRS S1-14).
  const column = m.kind === 'table' ? m.column : undefined;
  if (byLabel && column && isWorkerGroup(column)) texts.splice(texts.indexOf(column), 1);
  // The other way round, a row "Contractors" under a column "LTIFR": the column names what is measured
  // when it names a worker-group measure (a safety rate, hours worked), the row whose figure it is.
  if (byLabel && column && isWorkerGroup(m.label) && !isWorkerGroup(column)) {
    const byColumn = chooseMetric([column], printed, 1, cache);
    if (byColumn?.metric.dims.includes('employment_type')) texts[0] = column;
  }
  // A sentence's own noun (and a saving's, an intensity's or a verb's reading) decides before the words around the figure.
  const core = m.kind === 'table' ? Math.max(1, texts.length - (m.background ?? 1)) : 4;
  const group =
    m.kind === 'table'
      ? [
          rowBreakdownOf(
            m.context[0],
            m.columns,
            m.context.slice(1),
            m.siteColumns === true || byLabel !== undefined,
          ),
          ...m.context.slice(1),
        ].join(' ')
      : '';
  const byColumn = columnDims(m.column);
  const { site, ...byRow } = inferDims(m.label, group, m.kind === 'table');
  // A column the table reader took for a site ("Mujeres" beside "Total") is no site when its words
  // name another breakdown (a gender, an age band, a region).
  const { site: readerSite, ...readerRest } = m.dims;
  const given = readerSite !== undefined && Object.keys(byColumn).length > 0 ? readerRest : m.dims;
  // Under a column naming a plant ("Foshan plant"), the rows are measures of that plant, not plants.
  const rowSite: Record<string, string> =
    site === undefined || byColumn.site !== undefined || given.site !== undefined ? {} : { site };
  const dims: Record<string, string> = {
    ...byColumn,
    ...ethnicityDims(m),
    ...byRow,
    ...rowSite,
    ...(trainedOf !== undefined ? { employee_category: trainedOf } : {}),
    ...given,
  };
  // A figure under an "Average …" or "… per capita" column is no count, whatever the table's title
  // counts ("Training by employee category" over "Average hours" or "Hours per capita").
  const averaged = m.kind === 'table' && AVERAGE_COLUMN.test(m.column ?? '');
  const fits = (metric: Metric) => breakdownFits(metric, dims) && !(averaged && metric.kind === 'count');
  const own = texts.slice(0, core);
  const employees = (c: string) => asEmployees(c, printed, cache, fits);
  const found =
    (byLabel && column ? narrowerColumn(byLabel, column, printed, cache, fits) : undefined) ??
    bracketedCarrier(m, printed, dims, cache) ??
    dashQualifiedPart(m, printed, dims, cache) ??
    waterSourceRow(m, printed, dims) ??
    routeUnderWasteType(m, printed, dims, cache) ??
    (column && captionedForEmployees(m.context, column) ? employees(column) : undefined) ??
    chooseMetric(own, printed, own.length, cache, fits) ??
    (column && personal(dims) ? employees(column) : undefined) ??
    chooseMetric(texts, printed, core, cache, fits) ??
    // A share of a group is at most 100 %; a bigger figure under a misread "%" is a headcount.
    (((column && BARE_SHARE.test(column)) ||
      (m.kind === 'table' && (personal(dims) || dims.education !== undefined))) &&
    Number(m.value) <= 100
      ? headcountShare(texts, printed, core, cache, fits)
      : undefined) ??
    partOfTotal(m, printed, dims, cache) ??
    (averaged && isTrainingHours(m)
      ? chooseMetric(['average training hours'], printed, 1, cache, fits)
      : undefined);
  const choice = carrierOverTotal(m, byLabel, found, fits) ?? found;
  if (choice?.metric.kind === 'intensity' && printed?.denominator) dims.denominator = printed.denominator;
  else if (choice?.metric.kind === 'intensity' && unitlessPer) dims.denominator = unitlessPer.denominator;
  // "Sales | KRW 100 million": a row named by its metric's own phrase is that metric, not a staff category.
  if (choice && dims.employee_category !== undefined && !choice.metric.dims.includes('employee_category')) {
    if (dims.employee_category === choice.phrase && dims.employee_category === m.label.trim().toLowerCase())
      delete dims.employee_category;
  }
  // A row "Landfill" under "General industrial solid waste" is that waste by route (GRI 306-4/306-5).
  if (m.kind === 'table' && choice?.metric.dims.includes('treatment') && dims.treatment === undefined) {
    // "Waste diverted from disposal" is GRI 306-4's whole, not one route of it.
    const whole = /\b(?:diverted from|directed to) disposal\b/i.test(m.label);
    if (wasteRouteCode(m.label) && !whole) dims.treatment = m.label.trim().toLowerCase();
  }
  // A row under "Hazardous waste" naming no metric itself ("Dyeing sludge") is a kind of that waste.
  const wasteType = m.kind === 'table' && !byLabel && dims.treatment === undefined;
  const type = wasteType && dims.waste_type === undefined ? wasteTypeOf(m.label, choice?.metric) : undefined;
  if (type !== undefined) dims.waste_type = type;
  // A sentence's own subject ("Employees worked …") says whose figure it prints, as a group row does.
  const worker = workerGroup(
    choice?.metric,
    m.kind === 'table' ? m.context : [openingGroup(m.quote)],
    m.label,
  );
  if (worker !== undefined && dims.employment_type === undefined && dims.worker_type === undefined)
    dims.employment_type = worker;
  const source = m.kind === 'table' ? energySource(choice?.metric, m.label) : undefined;
  if (source !== undefined && dims.energy_source === undefined) dims.energy_source = source;
  const { codes, otherCodes } = scopeCodes(
    [...(choice?.metric.codes ?? []), ...breakdownCodes(choice?.metric, dims)],
    scope,
  );
  return {
    mention: m,
    ...(choice ? { metric: choice.metric } : {}),
    phrase: choice?.phrase ?? '',
    dims,
    codes,
    otherCodes,
    quantity: canonicalQuantity(m.value, printed, choice?.metric, m.label),
  };
}

/**
 * A power unit read as energy when nothing fits the power but an energy quantity is named ("Total
 * energy consumption | Megawatt"): the unit cell dropped the hours. Otherwise the unit as printed.
 */
function energyForPower(
  texts: readonly string[],
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
): PrintedUnit | undefined {
  const energy = powerAsEnergy(printed);
  if (!energy || chooseMetric(texts, printed, 1, cache)) return printed;
  return chooseMetric(texts, energy, 1, cache)?.metric.dimension === 'energy' ? energy : printed;
}

/**
 * A row named only by the total below it ("Construction sites (MWh)" over "Total purchased
 * electricity (MWh)"): it is that quantity for the segment its label names.
 */
function partOfTotal(
  m: Mention,
  printed: PrintedUnit | undefined,
  dims: Record<string, string>,
  cache: PhraseCache | undefined,
): ReturnType<typeof chooseMetric> {
  if (m.partOf === undefined || Object.keys(dims).length > 0) return undefined;
  const choice = chooseMetric([m.partOf], printed, 1, cache, () => true);
  if (choice?.metric.dims.includes('segment')) dims.segment = m.label.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return choice;
}

// A column of averages: "Average hours", "Mean", "Hours per capita", "Hours per employee".
const AVERAGE_COLUMN = /^(?:average|mean)\b|\bper\s+(?:capita|head|person|employee)\s*$/i;

/** An "Average hours" column in a table of training or learning: HKEX B3.2's average training hours. */
function isTrainingHours(m: Mention): boolean {
  return /\bhours?\b/i.test(m.column ?? '') && m.context.some((c) => /\b(?:training|learning)\b/i.test(c));
}

// A column headed only by the percent sign, as printed beside a count under each year ("(%)").
const BARE_SHARE = /^(?:(?:share|percentage|proportion)\s*)?\(?\s*%\s*\)?$/i;

/**
 * A "%" column beside a headcount ("Male | 902 | 61.4"): the share of the workforce in the row's
 * group (HKEX B1.1, GRI 405-1), never a headcount printed in "%".
 */
function headcountShare(
  texts: readonly string[],
  printed: PrintedUnit | undefined,
  core: number,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  if (printed?.unit.symbol !== '%') return undefined;
  const count = chooseMetric(texts, undefined, core, cache, (m) => fits(m) && m.id === 'workforce.total');
  if (count) return { ...count, metric: getMetric('workforce.share') };
  // A header "Number (persons) | Share (%)" counts people without naming employees.
  const persons = texts.find((t) => PERSONS_HEADER.test(t));
  return persons === undefined
    ? undefined
    : { metric: getMetric('workforce.share'), phrase: 'persons', score: 1 };
}

const PERSONS_HEADER = /\b(?:number|no\.)\s*\(\s*(?:persons|people|headcount)\s*\)/i;

// Breakdowns only people have: a figure by gender or age group is about employees (GRI 2-7, 401, 405).
const PERSONAL_DIMS = ['gender', 'age'] as const;

function personal(dims: Dims): boolean {
  return PERSONAL_DIMS.some((k) => dims[k] !== undefined);
}

/** A metric the catalogue never breaks down by gender or age does not take a figure so broken down. */
function breakdownFits(metric: Metric, dims: Dims): boolean {
  return PERSONAL_DIMS.every((k) => dims[k] === undefined || metric.dims.includes(k));
}

/** True when the table's words qualify the column as employees' ("New hires and employee turnover" over "Turnover"). */
function captionedForEmployees(context: readonly string[], column: string): boolean {
  const header = column.trim().toLowerCase();
  if (header === '' || header.length > 40) return false;
  return context.some((c) => {
    const text = c.toLowerCase();
    const at = text.indexOf(header);
    return at > 0 && /\b(?:employees?|staff)\s+$/.test(text.slice(0, at));
  });
}

/**
 * A column header read as about employees: in a table by gender or age, a bare header "Turnover" is
 * employee turnover, not revenue. Only a phrase with a word of the header's own counts ("employee
 * turnover"), not "employees" alone.
 */
function asEmployees(
  column: string,
  printed: PrintedUnit | undefined,
  cache: PhraseCache | undefined,
  fits: (metric: Metric) => boolean,
): ReturnType<typeof chooseMetric> {
  // A header with no rate word over figures printed without "%" counts people.
  const counted = !/\b(?:rate|ratio|percentage|proportion|share)\b|%/i.test(column) && printed === undefined;
  const kindFits = (metric: Metric) => fits(metric) && (!counted || metric.kind === 'count');
  const choice = chooseMetric([`employee ${column}`], printed, 1, cache, kindFits);
  if (!choice) return undefined;
  const words = new Set(column.toLowerCase().split(/[^a-z]+/));
  const named = choice.phrase
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => w !== '' && !/^(?:employees?|staff)$/.test(w) && words.has(w));
  return named ? choice : undefined;
}

// A label that is only a kind of measure: what it measures is in the caption or group above.
const BARE_MEASURE = /^(?:intensity|density|per capita)$/i;

/**
 * A table row's label, completed by the table's subject when it names only a kind of measure: a row
 * "Intensity (tCO2e/RMB'0000 revenue)" under "Greenhouse gas emissions (unit: tCO2e)" is the
 * greenhouse gas emissions intensity. A label "X per Y" with a ratio unit is X's intensity.
 */
function qualifiedLabel(m: Mention, printed: PrintedUnit | undefined): string {
  // "Water consumption per RMB'0000 of revenue (tonnes)" printed as a ratio is that quantity's intensity.
  const per = /^([^()]*?)\s+per\s+/i.exec(m.label)?.[1];
  // "Intensity per vehicle" names no quantity before "per": the table's subject does.
  const barePer = per !== undefined && BARE_MEASURE.test(per.trim());
  if (per !== undefined && printed?.denominator && !barePer) return `${per} intensity`;
  const core = (barePer ? per : m.label).replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!BARE_MEASURE.test(core)) return m.label;
  const subject = [...m.context]
    .reverse()
    .map((c) =>
      c
        .replace(/^table\s+\d+[.:]?\s*/i, '')
        .replace(/\s*\([^()]*\)\s*$/, '')
        .trim(),
    )
    .find((c) => c !== '' && c.length <= 80);
  return subject === undefined ? m.label : `${subject} ${core}`;
}

// "Total GHG emissions (market-based) per net revenue": a quantity, "per", then what it is divided by.
const QUANTITY_PER = /^(.+?)\s+per\s+([^()]+?)\s*(?:\([^()]*\))?\s*$/i;

/**
 * A table row "X per Y" printed with no unit (ESRS E1-6 tables give the unit in a note below:
 * "intensity = tCO2e / net revenue (EUR million)"): X's intensity over Y, when the catalogue has one,
 * as a label "X per Y" with a ratio unit is. Y is its denominator as printed.
 */
function unitlessIntensity(
  label: string,
  cache: PhraseCache | undefined,
): { phrase: string; denominator: string } | undefined {
  const [, quantity, denominator] = QUANTITY_PER.exec(label.trim()) ?? [];
  if (quantity === undefined || denominator === undefined || BARE_MEASURE.test(quantity.trim()))
    return undefined;
  // "(market-based)" says how the quantity was read; the breakdown is taken from the label itself.
  const named = quantity.replace(/\s*\([^()]*\)/g, ' ').trim();
  const of = chooseMetric([named], undefined, 1, cache, (metric) => metric.kind !== 'intensity');
  const choice = chooseMetric([`${named} intensity`], undefined, 1, cache, (m) => m.kind === 'intensity');
  // The intensity of the quantity named: GHG emissions give a GHG intensity, never an energy one.
  const topic = (id: string) => id.split('.')[0];
  if (!of || !choice || topic(of.metric.id) !== topic(choice.metric.id)) return undefined;
  // The catalogue's own phrase names the intensity alone ("total GHG emissions intensity" also names the total).
  return { phrase: choice.phrase, denominator: denominator.trim() };
}

// "saved 1.73 million m3 of natural gas", "reducing carbon emissions by 3,700 tons": a saving, not a use.
const SAVING = /\b(?:sav(?:e|ed|es|ing)|reduc(?:e|ed|es|ing|tion)|cut|avoid(?:ed|ing)?)\b/i;

/** For a figure of a saving or a reduction, the catalogue's wording of savings in its unit's kind. */
function savingPhrase(label: string, printed: PrintedUnit | undefined): string {
  if (!SAVING.test(label) || !printed) return '';
  const dim = printed.unit.dimension;
  if (dim === 'energy' || dim === 'volume')
    return /\b(?:carbon|co2|emission|ghg)/i.test(label) ? 'ghg emissions reduced' : 'energy saved';
  if (dim === 'ghg' || (dim === 'mass' && /\b(?:carbon|co2|emission|ghg)/i.test(label)))
    return 'ghg emissions reduced';
  return '';
}

/**
 * For a sentence's figure in a ratio unit, what the words before "per" name, as an intensity:
 * "energy consumption per RMB 10,000 of output value was 0.0306 tce" is the energy intensity.
 */
function perPhrase(label: string, printed: PrintedUnit | undefined): string {
  const per = /^(.*?)\s+per\s+/i.exec(label)?.[1];
  return per !== undefined && printed?.denominator ? `${per} intensity` : '';
}

/**
 * The breakdown a table's title names ("Table 2. Employees by country" → "by country"): its rows are
 * that breakdown's values. The rest of a title says what is measured, not how it is split.
 */
function breakdownOf(caption: string | undefined): string {
  return BY_BREAKDOWN.exec(caption ?? '')?.[0] ?? '';
}

// The company's own places ("by estate", "by plant", "by mine") are a breakdown too: each row is a site.
const BREAKDOWN = String.raw`(?:(?:country|countries|region|location|geograph\w*|employee categor\w*|category|rank|grade|gender|sex)\b|${SITE_WORDS})`;
const BY_SITE = new RegExp(String.raw`\bby\s+${SITE_WORDS}`, 'i');
// "by region and category": a title naming two breakdowns names both, and the rows' own words decide.
const BY_BREAKDOWN = new RegExp(String.raw`\bby\s+${BREAKDOWN}(?:\s*(?:,|and|&)\s*${BREAKDOWN})*`, 'i');

/**
 * The breakdown a table's title names, when its rows carry it: a title "… by region" over columns
 * "Hong Kong | Mainland | Total" splits each row by the columns, and its rows are measures, not places.
 * A group cell naming a breakdown ("Employee category" beside "Indirect labor") says it for its rows,
 * whatever the title lists first ("Employees by region, category and age").
 */
function rowBreakdownOf(
  caption: string | undefined,
  columns: readonly string[] | undefined,
  groups: readonly string[],
  measureRows: boolean,
): string {
  const breakdown = breakdownOf(caption);
  if (breakdown === '' || groups.some((g) => GROUP_BREAKDOWN.test(g))) return '';
  // "… by estate" over "Estate A | Estate B | Group": the places head the columns, and a row naming a
  // metric ("Grid electricity (kWh)") is a measure: neither row is a site.
  if (BY_SITE.test(breakdown)) return measureRows ? '' : breakdown;
  if (!columns) return breakdown;
  const dim = /\b(?:categor\w*|rank|grade)\b/i.test(breakdown) ? 'employee_category' : 'region';
  return columns.some((c) => columnDims(c)[dim] !== undefined) ? '' : breakdown;
}

// A group cell that names a breakdown of its own rows ("Region", "Employee category", "Age group").
const GROUP_BREAKDOWN =
  /^(?:by\s+)?(?:region|country|location|geograph\w*|(?:employee\s+)?categor(?:y|ies)|rank|grade|age(?: group)?|gender|education\w*|contract type|employment type)s?$/i;

/** For a count, the counted noun as printed ("new volunteers"): it names the figure before the sentence does. */
function countedNoun(unit: string, printed: PrintedUnit | undefined): string {
  return printed?.unit.dimension === 'count' ? unit : '';
}

/**
 * Dimensions a column header gives ("Female", "Under 30", "Asia"): a header that reads as a
 * breakdown value, not as a measure ("Number of employees").
 */
function columnDims(column: string | undefined): Dims {
  if (!column || column.length > 40 || /\b(?:number|total|rate|hours|percentage|proportion)\b/i.test(column))
    return {};
  const site = SITE_NAME.exec(column.trim());
  return site ? { site: column.trim() } : inferDims(column, '', true);
}

/** A column of a table by race or ethnicity is that group's figure (US EEO-1, GRI 405-1 b "other indicators of diversity"). */
function ethnicityDims(m: Mention): Dims {
  const ethnicity = ethnicityColumn(m) ?? indigenousGroup(m);
  return ethnicity === undefined ? {} : { ethnicity };
}

// A column named for one of the company's places: "Foshan plant", "Hub Plant", "Gebze site".
const SITE_NAME =
  /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}\s+(?:plant|site|factory|mill|works|refinery|mine)$/iu;

/**
 * Codes a breakdown adds: GRI 405-1 asks for employees by gender and age group, so a headcount or
 * share split that way answers it as well as GRI 2-7.
 */
function breakdownCodes(metric: Metric | undefined, dims: Dims): string[] {
  if (metric?.id.startsWith('workforce.') && (dims.gender !== undefined || dims.age !== undefined))
    return ['GRI:405-1'];
  // Waste by route answers GRI 306-4 (diverted) or 306-5 (disposed) as well as 306-3.
  const route =
    metric?.id.startsWith('waste.') && dims.treatment ? wasteRouteCode(dims.treatment) : undefined;
  return route ? [route] : [];
}

/**
 * The value in the metric's canonical unit. The printed scale lives in the printed unit ("RMB
 * 10,000", "million tons"), so conversion applies it exactly once. An intensity converts its
 * numerator and keeps the printed denominator.
 */
function canonicalQuantity(
  value: string,
  printed: PrintedUnit | undefined,
  metric: Metric | undefined,
  label: string,
): Quantity | undefined {
  if (!printed) {
    // A bare number under a headcount or other count metric counts what the metric counts
    // ("Number of employees  4,672" is 4,672 persons); a bare amount is in the metric's unit when its
    // label names that unit ("Training hours  56,940", "Horas de capacitación"); else it has no unit.
    const own = metric && metric.kind !== 'intensity' ? canonicalUnit(metric.unit) : undefined;
    const named = own && own.dimension !== 'count' ? unitNamedIn(label, own.dimension) : undefined;
    const unit = own?.dimension === 'count' ? own : named;
    return unit ? quantity(new Decimal(value), unit) : undefined;
  }
  const perPerson = metric?.kind === 'average' && isPerPerson(printed);
  const from = metric?.kind === 'intensity' || perPerson ? printed.numerator : printed.unit;
  const q = quantity(new Decimal(value), from);
  const target = metric ? canonicalUnit(metric.unit) : undefined;
  if (!target || target.dimension !== from.dimension) return q;
  return convert(q, target);
}
