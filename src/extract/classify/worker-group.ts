import type { Metric } from '../../core/index.js';
import { chooseMetric, type PhraseCache } from './choose-metric.js';

// A group row that names whose hours and injuries follow (GRI 403-9 asks for employees and for
// workers who are not employees apart): "Employees", "Contractors", "Own staff", "Subcontractors".
// Portuguese, Spanish and French reports name them "colaboradores próprios", "empleados", "salariés",
// "personnel propre" and
// "terceiros", "contratistas", "sous-traitants".
const EMPLOYEE_GROUP =
  /^(?:all\s+|own\s+|direct\s+)?(?:employees?|staff|workforce)$|^(?:colaboradores|empregados|funcion[aá]rios|empleados|trabajadores)(?:\s+pr[oó]prios|\s+propios|\s+directos)?$|^salari[ée]s$|^(?:personnel\s+propre|propre\s+personnel|personal\s+propio)$/;
const CONTRACTOR_GROUP =
  /^(?:(?:sub)?contractors?|contractor (?:workers|staff)|non-employees?|other workers|workers who are not employees)$|^(?:terceiros|terceirizados|prestadores de servi[cç]os?|(?:sub)?contratistas|terceros|sous-traitants|prestataires)$/;
// SEBI's BRSR prints its safety incidents by "Employees" and "Workers" (its own category of the
// workforce, permanent and other workers, apart from employees) in a category column beside each figure.
const WORKER_GROUP = /^workers$/;

/**
 * Whether a safety figure (hours worked, injuries, injury rates) is for employees or contractors,
 * from the nearest group row above it that names only one of them (by its words, or wholly by a
 * headcount's catalogue phrase); undefined when none does or the metric is not broken down by worker.
 */
export function workerGroup(
  metric: Metric | undefined,
  context: readonly string[],
  label = '',
  cache?: PhraseCache,
): string | undefined {
  if (!metric?.dims.includes('worker_type')) return undefined;
  // "Recordable injuries (employees)", "Hours worked – employees": the label's own bracket or dashed
  // part names the group before any row above.
  // "Hours worked by contractors", "Horas trabalhadas por terceiros": a closing "by …" names it too.
  const own =
    /\(([^()]*)\)\s*$/.exec(label)?.[1] ??
    /\s[–—-]\s+([^–—-]+)$/.exec(label)?.[1] ??
    /\s(?:by|por|de|par)\s+(\p{L}+(?:\s+\p{L}+)?)\s*$/u.exec(label)?.[1] ??
    '';
  // A row labelled only by the group ("Employees | 0.29", "Workers | 1.12" under "LTIFR") is that
  // group's figure of the measure named above it; a headcount's label ("Contractors") is what it counts.
  const measured = metric.id.startsWith('workforce.') ? '' : label;
  for (const c of [...context, own, measured].reverse()) {
    const texts = groupTexts(c);
    // Workers who are not employees (GRI 2-8) are never employees, whatever the caption ("Workforce").
    if (texts.some((t) => EMPLOYEE_GROUP.test(t)))
      return metric.id.startsWith('workforce.non_employee') ? undefined : 'employee';
    if (texts.some((t) => CONTRACTOR_GROUP.test(t))) return 'contractor';
    if (texts.some((t) => WORKER_GROUP.test(t))) return 'worker';
    // "พนักงาน" over Thai safety rows: a group row the catalogue's headcount phrases name, in any
    // language; "Total workforce" (all workers) names no one group.
    const group =
      context.includes(c) && !texts.some((t) => ALL_WORKERS.test(t)) ? headcountGroup(c, cache) : undefined;
    if (group !== undefined)
      return group === 'employee' && metric.id.startsWith('workforce.non_employee') ? undefined : group;
  }
  return undefined;
}

/**
 * The group of workers a sentence opens with, as its subject ("Employees worked 6.1 million hours and
 * recorded 4 lost-time injuries", "Contractors, who …, logged"): a context for {@link workerGroup};
 * '' when the sentence opens otherwise ("Employees and contractors worked …" names no one group).
 */
export function openingGroup(sentence: string): string {
  const subject = OPENING_SUBJECT.exec(sentence)?.[1] ?? '';
  return isWorkerGroup(subject) || groupTexts(subject).some((t) => WORKER_GROUP.test(t)) ? subject : '';
}

// One to three words, then a comma or a lower-case word that is no conjunction ("worked", "recorded").
const OPENING_SUBJECT = /^\s*(\p{L}+(?:\s+\p{L}+){0,2}?)(?:\s*,|\s+(?!and\b|or\b)\p{Ll})/u;

// Headcounts whose catalogue phrases name a group of workers in each language ("พนักงาน", "员工"): the
// group each names.
const HEADCOUNT_GROUP: Readonly<Record<string, string>> = {
  'workforce.total': 'employee',
  'workforce.non_employees': 'contractor',
};

/** The group of workers a text names wholly by a headcount's catalogue phrase, in any language. */
function headcountGroup(text: string, cache: PhraseCache | undefined): string | undefined {
  if (cache === undefined || text.trim() === '' || !chooseMetric([text], undefined, 1, cache))
    return undefined;
  const best = cache.get(text)?.[0];
  return best?.coverage === 1 ? HEADCOUNT_GROUP[best.metric.id] : undefined;
}

/**
 * True when a group row names a group of workers and nothing else: a worker group ("Employees",
 * "Contractors") or, in any language of the catalogue, wholly a headcount's phrase ("พนักงาน", "员工").
 */
export function namesWorkers(text: string, cache?: PhraseCache): boolean {
  return isWorkerGroup(text) || headcountGroup(text, cache) !== undefined;
}

/** True when a group row or column header names only one group of workers ("Employees", "Contractors"). */
export function isWorkerGroup(text: string): boolean {
  return groupTexts(text).some((t) => EMPLOYEE_GROUP.test(t) || CONTRACTOR_GROUP.test(t));
}

/**
 * The words before a worker group set off by a dash or a comma, or all workers, in a label ("LTIR –
 * contractors", "TRIR – all workers", "(2) LTIFR, own staff and contractors" → the rate), or
 * undefined: the group says whose figure it is, the words before it what is measured.
 */
export function measureBeforeWorkerGroup(label: string): string | undefined {
  const parts = /^(.+?)(?:\s+[–—-]|,)\s+([^–—,-]+)$/.exec(label.trim());
  const group = parts?.[2] ?? '';
  const named = isWorkerGroup(group) || groupTexts(group).some((t) => ALL_WORKERS.test(t));
  return parts?.[1] !== undefined && named ? parts[1] : undefined;
}

// "TRIR – total workforce", "LTIFR – all workers", "direct employees and contractors": employees and
// contractors together, no one group.
const ALL_WORKERS =
  /^(?:(?:combined|total|whole|entire|overall)\s+(?:workforce|workers)|all\s+workers|(?:(?:all|own|direct)\s+)?(?:employees|staff)\s+(?:and|&)\s+(?:(?:sub)?contractors|non-employees))$/;

/**
 * A group row or column header as compared: lower case, without a trailing bracket or colon; a
 * bilingual one ("Çalışanlar / Employees") also by each language's side.
 */
function groupTexts(text: string): string[] {
  const whole = text
    .toLowerCase()
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[:\s]+$/, '')
    .trim();
  const sides = whole.split(/\s+\/\s+/);
  // "Safety indicators — own employees": a caption's closing dashed part names whose figures it holds.
  const dashed = /\s[–—]\s+([^–—]+)$/.exec(whole)?.[1];
  return [whole, ...(sides.length === 2 ? sides : []), ...(dashed !== undefined ? [dashed] : [])];
}

// SEBI's BRSR splits its staff tables by group rows printed in capitals, "EMPLOYEES" and "WORKERS" (workers
// as the Factories Act defines them, apart from the other employees), each over its permanent and other
// rows: two categories of the workforce whose counts and hours are never one another's.
const BRSR_STAFF_GROUP = /^(EMPLOYEES|WORKERS)$/;

/**
 * The BRSR staff group ("employees" or "workers") the nearest capitalised group row above a row names,
 * for a metric broken down by employee category; undefined otherwise.
 */
export function brsrStaffGroup(metric: Metric | undefined, context: readonly string[]): string | undefined {
  if (!metric?.dims.includes('employee_category')) return undefined;
  const group = [...context].reverse().find((c) => BRSR_STAFF_GROUP.test(c.trim()));
  return group?.trim().toLowerCase();
}
