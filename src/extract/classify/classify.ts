import type { Dims, Metric, Quantity } from '../../core/index.js';
import type { Mention } from '../mention/index.js';
import { bareResourceNoun } from './bare-resource-noun.js';
import { bareWaterMeasure } from './bare-water-measure.js';
import { bracketedCarrier } from './bracketed-carrier.js';
import { breakdownCodes } from './breakdown-codes.js';
import { cornerBreakdown, englishBreakdown } from './breakdown-words.js';
import { canonicalQuantity } from './canonical-quantity.js';
import { carrierOverTotal } from './carrier-row.js';
import { chooseMetric, type PhraseCache } from './choose-metric.js';
import { addChosenDims } from './chosen-dims.js';
import { communityRow } from './community-row.js';
import { yearEndStaffRow } from './year-end-staff-row.js';
import { namesCategoryRow, namesOneOfTwoCategories } from './coordinated-label.js';
import { dashQualifiedPart } from './dash-part.js';
import {
  asEmployees,
  BARE_SHARE,
  breakdownFits,
  captionedForEmployees,
  groupHeadcount,
  headcountShare,
  averageOfHours,
  isTrainingHours,
  namesAverageColumn,
  personal,
  staffCategoryRow,
  trainingColumn,
  underCountColumn,
} from './employee-columns.js';
import { fuelRow } from './fuel-row.js';
import { genderShareRow } from './gender-share-unit.js';
import { asFullTimeEquivalents } from './full-time-equivalent.js';
import {
  countedNoun,
  energyForPower,
  perPhrase,
  qualifiedLabel,
  savingPhrase,
  unitlessIntensity,
} from './mention-phrases.js';
import { namedDenominatorRow, type DenominatorRow } from './named-denominator-row.js';
import { narrowerColumn } from './narrower-column.js';
import { partOfTotal } from './part-of-total.js';
import { unfitChoice } from './unfit-choice.js';
import { partOfYearDims } from './part-of-year.js';
import { routeUnderWasteType } from './waste-route.js';
import { waterSourceRow } from './water-source.js';
import { inferDims } from './dims.js';
import { groupPlaceDims } from './group-place.js';
import { scopeCodes, type CodeScope } from './framework-codes.js';
import { readPrintedUnit, unitWithLabelNoun, type PrintedUnit } from './printed-unit.js';
import { nationalityDims, nationalsShare } from './nationality.js';
import { rateBeforeBase } from './rate-before-base.js';
import { scope3CategoryRow } from './scope3-category.js';
import { sentenceSubject } from './sentence-subject.js';
import { taxonomyStatus } from './taxonomy-status.js';
import { ethnicityDims, rowBreakdownOf, placeColumnDims } from './title-breakdown.js';
import { chinesePerOutputPhrase } from './chinese-per-output.js';
import { trainedCategory } from './trained-category.js';
import { trainingTableRows } from './training-column.js';
import { isWorkerGroup, measureBeforeWorkerGroup, namesWorkers } from './worker-group.js';

// The host country's nationals (Kuwaitisation, Saudisation, Emiratisation quotas count them).
const NATIONALS = 'workforce.nationals';

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

/**
 * What a table row's label names: a row naming its denominator ("Energy / employee") names its
 * quantity's intensity, or the caption's when it names only a kind of measure ("Intensity / revenue");
 * one whose quantity has no intensity ("Training hours / employee") keeps its words (an average per person).
 */
function rowText(m: Mention, perRow: DenominatorRow | undefined, read: PrintedUnit | undefined): string {
  if (!perRow) return qualifiedLabel(m, read);
  if (perRow.phrase !== '') return perRow.phrase;
  return perRow.bare
    ? qualifiedLabel({ ...m, label: perRow.label }, read)
    : m.label.includes('/')
      ? perRow.label
      : m.label;
}

/** Classifies one mention. `scope` names the frameworks the report follows: its codes come from them. */
export function classifyMention(m: Mention, scope: CodeScope, cache?: PhraseCache): ClassifiedMention {
  const cell = m.kind === 'table' ? unitWithLabelNoun(m.label, m.unit) : m.unit;
  // "Energy / employee" under "(MWh)": the row's own denominator makes it an intensity in MWh per person.
  const cellUnit = readPrintedUnit(cell);
  const perRow = m.kind === 'table' ? namedDenominatorRow(m.label, cell, cellUnit, cache) : undefined;
  const read = perRow ? perRow.printed : cellUnit;
  // A table row is named by its label, then its column, group, section and caption; a sentence's
  // figure only by the words around it (the rest of the sentence may name other things).
  // "226 line managers completed our leadership programme": that category's employees trained.
  const trainedOf = trainedCategory(m);
  const texts =
    m.kind === 'table'
      ? [rowText(m, perRow, read), ...[...m.context].reverse()]
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
  const unitlessPer =
    m.kind === 'table' && !read ? unitlessIntensity(perRow?.label ?? m.label, cache) : undefined;
  if (unitlessPer) texts[0] = unitlessPer.phrase;
  else if (perRow?.phrase) texts[0] = perRow.phrase;
  // "万条轮胎综合能耗": a Chinese name opening with the units of product it is per names an intensity.
  // "Gender balance in leadership | % women": the unit cell names whose share the row prints.
  const unitShare = m.kind === 'table' ? genderShareRow(m.label, m.unit) : undefined;
  if (unitShare) texts[0] = unitShare.phrase;
  const perOutput = chinesePerOutputPhrase(m.label);
  if (perOutput !== undefined) texts[0] = perOutput;
  // "LTIFR per 1 million man-hours": the rate's base names no hours worked.
  const rated = m.kind === 'table' ? rateBeforeBase(m.label, cache) : undefined;
  if (rated) texts[0] = rated;
  // "Total withdrawal" under "Water (m³)": the caption names what the bare measure is of.
  const water = bareWaterMeasure(m);
  if (water !== undefined) texts[0] = water;
  // "Energy (TJ)" over a site table's column, or a row "Water" in m³: the resource alone names its use.
  if (m.kind === 'table') {
    const at = [0, m.column === undefined ? -1 : texts.indexOf(m.column, 1)].filter((i) => i >= 0);
    for (const i of at) texts[i] = bareResourceNoun(texts[i] ?? '', printed, i > 0) ?? texts[i] ?? '';
  }
  // "Community" under "Economic value generated and distributed": GRI 201-1's community investments.
  const community = communityRow(m);
  if (community !== undefined) texts[0] = community;
  // "Effectif au 31 décembre": the French year-end headcount, named by its date.
  const staff = yearEndStaffRow(m);
  if (staff !== undefined) texts[0] = staff;
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
  // So does a group row "Employees" ("พนักงาน", "员工") over a row "LTIFR": a worker group over one of
  // the workers' measures says whose figure it is, and never outscores the row's own measure.
  if (m.kind === 'table' && byLabel?.metric.dims.includes('worker_type')) {
    const headings = m.context.filter((c) => namesWorkers(c, cache));
    for (const at of headings
      .map((c) => texts.indexOf(c, 1))
      .filter((i) => i > 0)
      .reverse())
      texts.splice(at, 1);
  }
  // The other way round, a row "Contractors" under a column "LTIFR": the column names what is measured
  // when it names a worker-group measure (a safety rate, hours worked), the row whose figure it is.
  if (byLabel && column && isWorkerGroup(m.label) && !isWorkerGroup(column)) {
    const byColumn = chooseMetric([column], printed, 1, cache);
    if (byColumn?.metric.dims.includes('employment_type')) texts[0] = column;
  }
  // A row "Kuwaiti nationals" under a column "Training hours": the column names what is measured, the
  // row whose figure it is (a nationality group), as a worker group's row does under a safety column.
  const nationalsRow =
    byLabel?.metric.id === NATIONALS && column !== undefined && m.label.trim() !== ''
      ? chooseMetric([column], printed, 1, cache)
      : undefined;
  const nationalsGroup =
    nationalsRow !== undefined && nationalsRow.metric.dimension !== byLabel?.metric.dimension
      ? m.label.trim().replace(/\s+/g, ' ').toLowerCase()
      : undefined;
  if (nationalsGroup !== undefined) texts[0] = column ?? '';
  // A sentence's own noun (and a saving's, an intensity's or a verb's reading) decides before the words around the figure.
  const core = m.kind === 'table' ? Math.max(1, texts.length - (m.background ?? 1)) : 4;
  const group =
    m.kind === 'table'
      ? [
          rowBreakdownOf(
            m.context[0] === undefined ? undefined : englishBreakdown(m.context[0]),
            m.columns,
            m.context.slice(1),
            m.siteColumns === true || byLabel !== undefined,
          ),
          ...m.context.slice(1).map(cornerBreakdown),
          trainingTableRows(m.columns),
        ].join(' ')
      : '';
  const byColumn = placeColumnDims(m);
  const { site, ...byRow } = inferDims(m.label, group, m.kind === 'table');
  // A column the table reader took for a site ("Mujeres" beside "Total") is no site when its words
  // name another breakdown (a gender, an age band, a region).
  const { site: readerSite, ...readerRest } = m.dims;
  const given = readerSite !== undefined && Object.keys(byColumn).length > 0 ? readerRest : m.dims;
  // Under a column naming a plant ("Foshan plant"), the rows are measures of that plant, not plants.
  const rowSite: Record<string, string> =
    site === undefined || byColumn.site !== undefined || given.site !== undefined ? {} : { site };
  const dims: Record<string, string> = {
    ...(nationalsGroup === undefined ? {} : { nationality: nationalsGroup }),
    ...byColumn,
    ...ethnicityDims(m),
    ...nationalityDims(m),
    ...byRow,
    ...groupPlaceDims(m, byRow),
    ...rowSite,
    ...(trainedOf !== undefined ? { employee_category: trainedOf } : {}),
    // "Q1 | Q2 | Q3 | Q4 | Full year": a quarter's figure is a part of the year's, under the same metric.
    ...partOfYearDims(m),
    ...given,
  };
  if (unitShare) {
    // The label's words ("Gender balance in leadership") are the group's, never a category of their own.
    delete dims.employee_category;
    Object.assign(dims, unitShare.dims);
  }
  // "Taxonomy-eligible | 31.2" beside "Total | 405.3": a part of turnover, CapEx or OpEx by its status
  // under the EU Taxonomy, never the company's total (and aligned is a part of eligible: no partition).
  // "技术研发人员" under "按岗位": a category of the table's measure, not the R&D headcount.
  if (byLabel && namesCategoryRow(m.label, dims.employee_category, byLabel.metric)) texts[0] = '';
  const taxonomy = taxonomyStatus(m);
  if (taxonomy !== undefined) dims.taxonomy = taxonomy;
  // A figure under an "Average …" or "… per capita" column is no count, whatever the table's title
  // counts ("Training by employee category" over "Average hours" or "Hours per capita").
  const averaged = m.kind === 'table' && namesAverageColumn(m.column ?? '');
  const counted = underCountColumn(m, printed);
  const fits = (metric: Metric) =>
    breakdownFits(metric, dims) &&
    !(averaged && metric.kind === 'count') &&
    // A bare "Number" column printed without a unit counts: no rate, no money ("Sales | 296").
    !(counted && (metric.kind === 'ratio' || metric.dimension.startsWith('money')));
  const own = texts.slice(0, core);
  const employees = (c: string) => asEmployees(c, printed, cache, fits);
  const chosen =
    (byLabel && column ? narrowerColumn(byLabel, column, printed, cache, fits) : undefined) ??
    bracketedCarrier(m, printed, dims, cache) ??
    dashQualifiedPart(m, printed, dims, cache) ??
    waterSourceRow(m, printed, dims) ??
    routeUnderWasteType(m, printed, dims, cache) ??
    (column && captionedForEmployees(m.context, column) ? employees(column) : undefined) ??
    trainingColumn(m, dims, printed, cache, fits) ??
    chooseMetric(own, printed, own.length, cache, fits) ??
    (column && personal(dims) ? employees(column) : undefined) ??
    chooseMetric(texts, printed, core, cache, fits) ??
    // A share of a group is at most 100 %; a bigger figure under a misread "%" is a headcount.
    (((column && BARE_SHARE.test(column)) ||
      (m.kind === 'table' && (personal(dims) || dims.education !== undefined))) &&
    Number(m.value) <= 100
      ? headcountShare(texts, printed, core, cache, fits)
      : undefined) ??
    nationalsShare(m, printed, cache, fits) ??
    partOfTotal(m, printed, dims, cache) ??
    (averaged && isTrainingHours(m)
      ? chooseMetric(['average training hours'], printed, 1, cache, fits)
      : undefined) ??
    groupHeadcount(m, dims, printed, cache, fits);
  // "Diesel" under "Energy consumed (GJ)": a row naming one carrier is that carrier, never the total.
  const found = carrierOverTotal(m, byLabel, chosen, fits) ?? averageOfHours(chosen, averaged) ?? chosen;
  // "MGO | Energy (GJ)": a row named by a fuel is that fuel's energy, never the total.
  const fuel = m.kind === 'table' ? fuelRow(found, m.label, printed, cache, fits) : undefined;
  const fitted = asFullTimeEquivalents(m, printed, fuel ?? found);
  const picked = scope3CategoryRow(fitted, dims, printed, cache) ?? fitted;
  const unfit = unfitChoice(m, picked, printed, byLabel);
  const choice = unfit ? undefined : (staffCategoryRow(m, picked, printed, cache, fits) ?? picked);
  const denominator = printed?.denominator
    ? printed.denominator
    : unitlessPer
      ? unitlessPer.denominator
      : perRow?.denominator;
  addChosenDims(dims, m, choice, { byLabel, denominator, subject: texts[0] ?? '', cache });
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
