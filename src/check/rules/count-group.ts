import { dec, type Decimal } from '../../core/index.js';
import { decimalString, makeFinding, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { CHINESE_STAFF, chineseStaffCounts, isChineseStaffTotal } from './count-group-chinese.js';
import { groupStems, phraseItems, rowNames, sameStem } from './group-words.js';
import type { Rule } from './rule.js';

// Thousands grouped by a comma, a point or the space French and ISO 80000-1 print ("1 614").
const COUNT = String.raw`(?<![\d.,])(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?![.,]?\d)`;
/** The words of a group: letters, hyphens, commas and brackets, no figure. */
const GROUP = String.raw`(\p{L}[\p{L}\s,()'’/-]{0,80}?)`;
/** Taking part in something a group is counted for: a programme, a course, a review. */
const TOOK_PART =
  String.raw`(?:completed|attended|participated|took\s+part|trained|finished|undertook|underwent|` +
  String.raw`completaron|participaron|asistieron|culminaron|finalizaron|capacitad[oa]s|formad[oa]s|` +
  String.raw`concluíram|participaram|completaram|` +
  // Croatian past participles: "… zaposlenika prošlo je obuku", "završilo", "sudjelovalo", "pohađalo".
  String.raw`prošl[oaie]|završil[oaie]|sudjelovao|sudjeloval[oaie]|pohađal[oaie])`;

/** "All 186 of our first- and mid-level managers completed", "486 jefaturas, gerentes y … completaron". */
const COUNT_THEN_GROUP = new RegExp(
  String.raw`${COUNT}\s+(?:of\s+(?:our|the|its|these|their)\s+)?${GROUP}\s*,?\s+(?:who\s+|que\s+)?` +
    String.raw`(?:have\s+|had\s+|were\s+|fueron\s+|foram\s+)?${TOOK_PART}\b`,
  'giu',
);
/** "contó con la participación de 412 líderes, que …", "the participation of 64 supervisors.". */
const TOOK_PART_OF_COUNT = new RegExp(
  String.raw`\b(?:participación|participation|asistencia|attendance)\s+(?:de|of)\s+(?:(?:los|las|our|the)\s+)?` +
    String.raw`${COUNT}\s+${GROUP}(?=\s*[,.;:]|\s+(?:que|who|in|en|on)\b)`,
  'giu',
);
/** "the module was completed by 1,486 drivers, i.e. by all of them": the people counted after the verb. */
const TOOK_PART_BY_COUNT = new RegExp(
  String.raw`\b(?:completed|attended|undertaken|taken|followed|finished)\s+by\s+(?:all\s+)?${COUNT}\s+${GROUP}` +
    String.raw`(?=\s*[,.;:]|\s+(?:in|on|at|before|during|who|within)\b)`,
  'giu',
);
/**
 * "La formation sécurité a concerné 1 614 collaborateurs", "the course reached 1,614 employees": a
 * programme and the people it covered, counted after the verb.
 */
const COVERED_COUNT = new RegExp(
  String.raw`\b(?:(?:a|ont)\s+(?:concerné|touché|bénéficié\s+à|réuni|formé)|covered|reached|involved)\s+` +
    String.raw`(?:(?:all|tous\s+les|près\s+de|plus\s+de|over|nearly)\s+)?${COUNT}\s+${GROUP}` +
    String.raw`(?=\s*[,.;:]|\s+(?:in|on|at|during|who|en|au|à|dans|qui|sur)\b)`,
  'giu',
);
/** "Every driver completed the induction in 2030: 1,322 drivers in all": the people who took part, all counted. */
const TOOK_PART_IN_ALL = new RegExp(
  String.raw`${TOOK_PART}\b[^.;]{0,120}?${COUNT}\s+${GROUP}\s+(?:in\s+all|in\s+total|altogether)\b`,
  'giu',
);
/**
 * A table row counting a group that took part: "Seafarers completing first-aid training", "Welders with
 * safety training", as Dutch, German and the Scandinavian languages word it too ("… met VCA-training",
 * "… mit Sicherheitsschulung", "… med HMS-opplæring").
 */
const ROW_OF_GROUP = new RegExp(
  String.raw`^\s*${GROUP}\s+(?:who\s+)?(?:completing|attending|participating|trained|with\s+an?\s+(?:annual\s+)?performance\s+(?:review|appraisal)|` +
    String.raw`(?:with|met|mit|med)\s+(?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]*(?:training|opleiding|schulung|opplæring|utbildning|uddannelse))(?!\p{L})`,
  'iu',
);
const YEAR = /^(?:19|20)\d{2}$/;
/** A group that is the whole staff: "all 2,236 employees", "Employees with a performance review". */
const ALL_STAFF =
  /^(?:(?:our|the|all|todos|los|nuestros|nos|les|tous|svih|svi|naših|naši)\s+)*(?:employees|staff|colaboradores|empleados|collaborateurs|salariés|employés|zaposlenika|zaposlenici|zaposlenih|djelatnika|djelatnici)(?:\s+(?:of\s+the\s+group|across\s+the\s+group|du\s+groupe|de\s+l['’]entreprise|društva|grupe))?$/iu;
/**
 * The row of a headcount table that totals the staff ("Total number of employees"), or only its
 * permanent or full-time staff ("Total permanent employees") when the report prints no other total.
 * French reports total it as "Effectif total" or the staff at the year's end ("Effectif au 31 décembre"),
 * Croatian ones as "Ukupno zaposlenika" or the staff at the year's end ("Zaposlenici na dan 31. 12.").
 */
const STAFF_TOTAL_ROW =
  /^\s*(?:total\s+(?:number\s+of\s+)?((?:permanent|full[- ]time)\s+)?(?:employees|staff|headcount|workforce)|total\s+de\s+colaboradores|total\s+des\s+(?:collaborateurs|salariés|effectifs)|effectifs?\s+(?:total|au\s+31(?:\s+décembre|\/12)|en\s+fin\s+d['’]année)|ukupno\s+zaposlenika|ukupan\s+broj\s+zaposlenika|zaposlenici\s+na\s+dan\s+31)(?![\p{L}])/iu;
/** Breakdown dims that split one row's group (its cells by gender or age): the row's total has none. */
const ROW_SPLITS = ['gender', 'age'];

/** A count of people of a named group who took part in something, where it is printed. */
interface GroupCount {
  readonly count: Decimal;
  readonly printed: string;
  readonly group: string;
  readonly at: Figure;
}

/**
 * People of a named group who took part in something (a programme, a course) cannot outnumber the
 * group: "All 186 of our first- and mid-level managers completed …" against the row "First/Mid-Level
 * Officials and Managers 172" of the headcount table, or a list of groups ("jefaturas, gerentes y
 * ejecutivos de la alta gerencia") against the rows that name them, added. Reads the printed words:
 * each group the count names must be the name of a headcount row of the same year (a bilingual
 * label's either side, or its bracketed gloss), and every group it lists must be found.
 */
export const countGroupRule: Rule = {
  id: 'count.group',
  title: 'People of a group who took part do not outnumber the group',
  fallback: true,
  run(ctx) {
    const rows = ctx.facts.figures.filter(isHeadcountRow);
    const out: CheckFinding[] = [];
    const seen = new Set<string>();
    for (const part of groupCounts(ctx.facts.figures)) {
      const key = `${whereOf(part.at)}|${part.printed}|${part.at.fact.period.year}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const whole = wholeOf(part, rows);
      if (!whole || part.count.lte(whole.value)) continue;
      out.push(
        makeFinding(countGroupRule.id, {
          severity: 'warning',
          message:
            `${part.printed} ${part.group.trim()} (${whereOf(part.at)}) took part, more than the ` +
            `${decimalString(whole.value, 0)} the headcount table gives for them (` +
            `${whole.rows.map((r) => `"${r.fact.label ?? ''}" ${decimalString(r.value, 0)}, ${whereOf(r)}`).join('; ')}).`,
          figures: [part.at, ...whole.rows],
          expected: `≤ ${decimalString(whole.value, 0)}`,
          actual: decimalString(part.count, 0),
        }),
      );
    }
    return out;
  },
};

/** Headcounts a group's row may print: employees, and workers who are not (a "Contractors" column). */
const HEADCOUNT_METRICS = new Set(['workforce.total', 'workforce.non_employees']);

/** Table cells of a headcount, each the total of its row (no split by gender or age). */
function isHeadcountRow(f: Figure): boolean {
  const p = f.fact.provenance;
  return (
    HEADCOUNT_METRICS.has(f.fact.metric) &&
    p.kind === 'document' &&
    p.extraction === 'table' &&
    !ROW_SPLITS.some((d) => d in f.fact.dims)
  );
}

/** The counts of a group that took part, read from each sentence once and from table row labels. */
function groupCounts(figures: readonly Figure[]): GroupCount[] {
  const out: GroupCount[] = [];
  const quotes = new Set<string>();
  for (const f of figures) {
    const p = f.fact.provenance;
    if (p.kind !== 'document') continue;
    if (p.extraction === 'table') {
      const group = ROW_OF_GROUP.exec(f.fact.label ?? '')?.[1];
      if (group && f.unit.dimension === 'count' && f.value.isInteger())
        out.push({ count: f.value, printed: decimalString(f.value, 0), group, at: f });
      continue;
    }
    if (quotes.has(p.quote)) continue;
    quotes.add(p.quote);
    const text = p.quote.slice(0, 1000);
    const read = [COUNT_THEN_GROUP, TOOK_PART_OF_COUNT, TOOK_PART_BY_COUNT, TOOK_PART_IN_ALL, COVERED_COUNT];
    for (const m of read.flatMap((pattern) => [...text.matchAll(pattern)])) {
      const [, printed = '', group = ''] = m;
      if (YEAR.test(printed)) continue;
      out.push({ count: dec(printed.replace(/[,.\s]/g, '')), printed, group, at: f });
    }
    for (const { printed, group } of chineseStaffCounts(text))
      out.push({ count: dec(printed.replace(/,/g, '')), printed, group, at: f });
  }
  return out;
}

/**
 * The headcount rows of the count's year that the count's group names, added, when every group it
 * lists is named by one of them and each row prints one value; undefined otherwise.
 */
function wholeOf(part: GroupCount, rows: readonly Figure[]): { value: Decimal; rows: Figure[] } | undefined {
  if (ALL_STAFF.test(part.group.trim()) || CHINESE_STAFF.test(part.group)) return staffTotal(part, rows);
  const items = phraseItems(part.group);
  if (items.length === 0) return undefined;
  const stems = items.flat();
  const found = new Set<string>();
  // One figure per group a row names: cells and rows naming the same group (its row in a table by
  // function and again in a table of its own, a row's parts beside their total) give its largest.
  const byName = new Map<string, Figure>();
  for (const r of rows) {
    if (r.fact.period.year !== part.at.fact.period.year || r === part.at) continue;
    const name = namesOf(r).find((n) => n.every((s) => stems.some((p) => sameStem(s, p))));
    if (!name) continue;
    for (const s of stems) if (name.some((n) => sameStem(n, s))) found.add(s);
    const key = [...name].sort().join(' ');
    const held = byName.get(key);
    if (!held || r.value.gt(held.value)) byName.set(key, r);
  }
  if (!items.every((item) => item.some((s) => found.has(s)))) return undefined;
  const chosen = [...byName.values()];
  if (chosen.length === 0) return undefined;
  return { value: chosen.reduce((s, r) => s.plus(r.value), dec(0)), rows: chosen };
}

/**
 * The names of a headcount row's group: its label's, and the worker group of a cell that no other
 * breakdown narrows (the total of a "Contractors" column, its label only "Total").
 */
function namesOf(r: Figure): string[][] {
  const names = rowNames(r.fact.label ?? '');
  const dims = Object.entries(r.fact.dims);
  const [only] = dims;
  if (dims.length === 1 && only?.[0] === 'employment_type') {
    const worker = groupStems(only[1]);
    if (worker.length > 0) names.push(worker);
  }
  return names;
}

/** A staff total row's match, its group 1 set when it totals the permanent or full-time staff only. */
function staffTotalRow(label: string): RegExpExecArray | readonly [string] | null {
  return STAFF_TOTAL_ROW.exec(label) ?? (isChineseStaffTotal(label) ? [label] : null);
}

/**
 * The staff total of the count's year: the rows totalling all staff when they agree, else those
 * totalling the permanent (or full-time) staff, the only staff such a report counts.
 */
function staffTotal(
  part: GroupCount,
  rows: readonly Figure[],
): { value: Decimal; rows: Figure[] } | undefined {
  const year = rows.filter((r) => r.fact.period.year === part.at.fact.period.year && r !== part.at);
  const totals = year.map((r) => ({ r, m: staffTotalRow(r.fact.label ?? '') }));
  const all = totals.filter((t) => t.m && t.m[1] === undefined).map((t) => t.r);
  const pool = all.length > 0 ? all : totals.filter((t) => t.m).map((t) => t.r);
  const [first] = pool;
  if (!first || pool.some((r) => !r.value.eq(first.value))) return undefined;
  return { value: first.value, rows: [first] };
}
