import { dec, type Decimal } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  showFigure,
  showNumber,
  showRange,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import {
  divideIntervals,
  exactly,
  midpoint,
  overlaps,
  scaleInterval,
  type Figure,
} from '../precision/index.js';
import { seriesOf } from '../fact-index/index.js';
import type { RuleContext } from './rule.js';

// The whole workforce as a share's words name it, in the languages esgkit reads: English, Indonesian
// ("seluruh karyawan"), Russian ("списочного состава", "работников"), German, French, Spanish,
// Portuguese and Greek. Only the whole: "of female employees" names a group and is not matched.
const WORKFORCE = [
  'employees|workforce|staff|headcount|personnel|workers',
  'karyawan|pegawai|tenaga\\s+kerja|pekerja',
  'работник\\p{L}*|сотрудник\\p{L}*|персонал\\p{L}*|списочн\\p{L}*\\s+состав\\p{L}*|численност\\p{L}*',
  'belegschaft|mitarbeitende\\p{L}*|mitarbeiter\\p{L}*|beschäftigte\\p{L}*',
  'effectifs?|salariés|collaborateurs|plantilla|emplead[oa]s|colaborador[ae]s|trabajador[ae]s|funcionários',
  'προσωπικ\\p{L}*|εργαζ\\p{L}*',
].join('|');
// "of", "of all", "of our", "dari seluruh", "всех", "der gesamten", "de l'", "del total de", "του": the
// words between a share and the whole it is of.
const OF_ALL =
  "(?:(?:of|dari|из|der|des|de|du|del|dos|das|da|του|της|των)\\s+)?(?:(?:all|our|the|its|total|entire|whole|seluruh|semua|всех|всего|общей|gesamten|la|el|l'|todos|todas|os|as|tous|toda|total\\s+de|ολόκληρου)\\s*)*";
// "or", "that is", "i.e." between a count and its share: Indonesian "atau", Russian "или", "то есть",
// "т. е.", French "soit", German "d. h.", "bzw.", Spanish "es decir", "o sea", Portuguese "ou", Greek "δηλαδή", "ή".
const THAT_IS =
  '(?:or|i\\.\\s?e\\.|that\\s+is|atau|yaitu|или|то\\s+есть|т\\.\\s?е\\.|soit|d\\.\\s?h\\.|bzw\\.|es\\s+decir|o\\s+sea|ou|δηλαδή|ή)';
const COUNT = '(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+)(?![.,]?\\d)';

/** "78.6% of all employees, or 4,286 people": the share, its whole, then the count. */
const shareThenCount = (share: string): RegExp =>
  new RegExp(
    `(?<![\\d.])${share}\\s?%\\s+${OF_ALL}(?:${WORKFORCE})(?!\\p{L})[^\\d%;]{0,40}?,?\\s+${THAT_IS}\\s+(?:about\\s+)?${COUNT}`,
    'iu',
  );
/** "2,914 employees, that is 100% of the workforce": the count, then its share of the whole. */
const countThenShare = (share: string): RegExp =>
  new RegExp(
    `${COUNT}\\s+\\p{L}[^\\d%;]{0,60}?,?\\s+${THAT_IS}\\s+(?:about\\s+)?${share}\\s?%\\s+${OF_ALL}(?:${WORKFORCE})(?!\\p{L})`,
    'iu',
  );

// The whole staff as a Chinese share names it after 占 / 佔 ("占员工总数的", "佔全體僱員"), or nothing ("占比").
const CHINESE_STAFF =
  '(?:公司|本公司|集团|集團|全体|全體|全部)?(?:员工|員工|雇员|僱員|职工|職工)(?:总数|總數|总人数|總人數|人数|人數)?';
/**
 * "其中女性员工2,146人，占比58.2%", "30岁以下员工812人，占员工总数的24.1%": a group's count of people, then its
 * share of the whole staff after 占 / 佔. The group's words come first, from the clause's start.
 */
const countThenShareChinese = (share: string): RegExp =>
  new RegExp(
    `([^，,；;。：:]{0,16}?)${COUNT}\\s*[人名位]\\s*[，,、]?\\s*[占佔](?:比|${CHINESE_STAFF}的?)\\s*(?:为|為|达|達)?\\s*${share}\\s?%`,
    'u',
  );
// A group the bare 占比 may take from another whole than the staff: managers, directors, new hires.
const NOT_STAFF_WHOLE = /管理|高管|董事|监事|監事|新/u;
// The people the group's words must name: the staff, or a gender alone ("其中女性2,146人").
const STAFF_GROUP = /员工|員工|雇员|僱員|职工|職工|^(?:其中)?(?:女性|男性)$/u;

/** The count of a Chinese sentence's group of the staff printed before its share, or undefined. */
function chineseGroupCount(quote: string, value: string): string | undefined {
  const m = countThenShareChinese(value).exec(quote);
  const group = (m?.[1] ?? '').trim();
  if (!m || NOT_STAFF_WHOLE.test(group) || !STAFF_GROUP.test(group)) return undefined;
  return m[2];
}

/** The count a share of the whole workforce is printed with in its sentence, or undefined. */
export function workforceCountOf(share: Figure): Decimal | undefined {
  const p = share.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const printed = p.reported.value.trim();
  if (!/^\d+(?:\.\d+)?$/.test(printed)) return undefined;
  const value = printed.replace('.', '\\.');
  const quote = p.quote.slice(0, 600);
  const m = shareThenCount(value).exec(quote) ?? countThenShare(value).exec(quote);
  const count = m?.[1] ?? chineseGroupCount(quote, value);
  return count === undefined ? undefined : dec(count.replace(/[,\s]/g, ''));
}

/**
 * A share of the whole workforce printed with its count ("78.6% of all employees, or 4,286 people";
 * "2,914 employees, that is 100% of the workforce") is the count over the year's headcount: when no
 * headcount of that year gives it within the share's printed digits, a warning (the headcount may be
 * the year's average rather than its end). Returns undefined when no headcount is printed.
 */
export function checkWorkforceShare(
  ctx: RuleContext,
  share: Figure,
  ruleId: string,
): CheckFinding | undefined {
  const count = workforceCountOf(share);
  if (count === undefined || count.lte(0)) return undefined;
  const year = share.fact.period.year;
  // A table's headcount: a count in prose may be another group's ("…, or 2,004 people").
  const headcounts = ctx.facts
    .metric('workforce.total')
    .filter(
      (f) =>
        f.fact.period.year === year &&
        Object.keys(f.fact.dims).length === 0 &&
        f.unit.dimension === 'count' &&
        f.fact.provenance.kind === 'document' &&
        f.fact.provenance.extraction !== 'text',
    );
  const shares = headcounts.map((h) => divideIntervals(exactly(count), h.range));
  if (shares.some((s) => !s || overlaps(scaleInterval(s, dec(100)), share.range))) return undefined;
  // The largest is the whole: rows of sites read without their site are parts of it.
  const headcount = headcounts.reduce<Figure | undefined>(
    (m, h) => (m && m.value.gte(h.value) ? m : h),
    undefined,
  );
  const ratio = headcount && divideIntervals(exactly(count), headcount.range);
  if (!headcount || !ratio) return undefined;
  const computed = scaleInterval(ratio, dec(100));
  // The count as a figure of the share's own sentence, when extraction read one.
  const counted = ctx.facts
    .sameQuote(share)
    .find(
      (f) =>
        f !== share &&
        f.fact.provenance.kind === 'document' &&
        f.fact.provenance.extraction === 'text' &&
        f.unit.dimension === 'count' &&
        f.value.eq(count),
    );
  return makeFinding(ruleId, {
    severity: 'warning',
    message:
      `${showFigure(share)} (${whereOf(share)}) is printed as the share of ${showNumber(count, 0)} in the whole ` +
      `workforce, but ${showNumber(count, 0)} of the ${showFigure(headcount)} counted (${whereOf(headcount)}) ` +
      `is ${showRange(computed, 1)}%.`,
    figures: [share, ...(counted ? [counted] : []), headcount],
    expected: decimalString(midpoint(computed), 1),
    actual: decimalString(share.value, 1),
  });
}

/**
 * "women make up 32.7% of our 1,716 employees" ("daripada 1,716 pekerja", "de los 1.716 empleados";
 * Turkish "1.716 çalışanın %32,7'si"): the whole a group's share is of, printed a few words after the
 * share or just before it. Any language: the count must be a printed headcount to be taken as the whole.
 */
const wholeAfter = (share: string): RegExp =>
  new RegExp(`(?<![\\d.])${share}\\s?%\\s+(?:\\p{L}{1,8}\\s+){1,3}?${COUNT}\\s+\\p{L}`, 'iu');
const wholeBefore = (share: string): RegExp =>
  new RegExp(`${COUNT}\\s+\\p{L}+\\s+%?${share}(?![\\d])\\s?%?`, 'iu');

/**
 * A gender's share of the workforce printed with the whole it is of ("women make up 32.7% of our 1,716
 * employees") is that gender's counted people over the whole: when the whole is a headcount the tables
 * print and the tables' count of that gender over it is not the share, a warning. Undefined otherwise.
 */
export function checkGroupShareOfWhole(
  ctx: RuleContext,
  share: Figure,
  ruleId: string,
): CheckFinding | undefined {
  const gender = share.fact.dims.gender;
  const p = share.fact.provenance;
  if (share.fact.metric !== 'workforce.share' || gender === undefined) return undefined;
  if (Object.keys(share.fact.dims).length !== 1 || p.kind !== 'document' || p.extraction !== 'text')
    return undefined;
  const printed = p.reported.value.trim();
  if (!/^\d+(?:\.\d+)?$/.test(printed)) return undefined;
  const value = printed.replace('.', '\\.');
  const quote = p.quote.slice(0, 600);
  const m = wholeAfter(value).exec(quote) ?? wholeBefore(value).exec(quote);
  const whole = m?.[1] === undefined ? undefined : dec(m[1].replace(/[,\s]/g, ''));
  if (whole === undefined || whole.lte(0)) return undefined;
  const year = share.fact.period.year;
  const tabled = (f: Figure): boolean =>
    f.fact.period.year === year &&
    f.unit.dimension === 'count' &&
    f.fact.provenance.kind === 'document' &&
    f.fact.provenance.extraction !== 'text';
  const counts = ctx.facts.metric('workforce.total').filter(tabled);
  const headcount = counts.find((f) => Object.keys(f.fact.dims).length === 0 && f.value.eq(whole));
  const part = ctx.facts.at(seriesOf(share.fact), 'workforce.total', { gender });
  if (!headcount || !part || !tabled(part)) return undefined;
  // The series' count of that gender, then every other the tables print that year (a category row read
  // without its category may be one): no finding when the share is any of them over the headcount.
  const group = [
    part,
    ...counts.filter((f) => Object.keys(f.fact.dims).length === 1 && f.fact.dims.gender === gender),
  ];
  const percents = group.map((f) => {
    const ratio = divideIntervals(f.range, headcount.range);
    return ratio && scaleInterval(ratio, dec(100));
  });
  const [computed] = percents;
  if (!computed || percents.some((r) => !r || overlaps(r, share.range))) return undefined;
  return makeFinding(ruleId, {
    severity: 'warning',
    message:
      `${showFigure(share)} (${whereOf(share)}) is printed as the ${gender} share of ${showNumber(whole, 0)} ` +
      `employees, but the ${showFigure(part)} counted (${whereOf(part)}) of the ${showFigure(headcount)} ` +
      `(${whereOf(headcount)}) are ${showRange(computed, 1)}%.`,
    figures: [share, part, headcount],
    expected: decimalString(midpoint(computed), 1),
    actual: decimalString(share.value, 1),
  });
}
