import type { ClassifiedMention } from '../classify/index.js';
import { scanNumbers } from '../numbers/index.js';

/** SEBI's BRSR staff groups: employees, and workers as the Factories Act defines them, counted apart. */
type StaffGroup = 'employees' | 'workers';

// A staff noun of either group, singular or plural ("per permanent employee", "permanent workers").
const STAFF_NOUN = /\b(employees?|workers?)\b/gi;
// Two staff nouns joined ("employees and workers", "employees / workers"): both groups, not one.
const JOINED =
  /^\s*(?:and|or|&|\/|,)\s*(?:(?:permanent|other\s+than\s+permanent|non-permanent|temporary)\s+)?$/i;

/**
 * A report whose tables count its staff as BRSR does, in two groups (rows under "EMPLOYEES" and under
 * "WORKERS"), means one group by each word in its prose too: "permanent employees received 4,210 hours"
 * and "permanent workers received 6,020 hours" are two groups' training, each set against its own
 * headcount. A sentence figure of a metric broken down by staff category takes the group its clause
 * names; reports that count no workers apart keep "employees" as the whole staff.
 */
export function staffGroupsOfSentences(classified: readonly ClassifiedMention[]): ClassifiedMention[] {
  const tabled = new Set(
    classified.filter((c) => c.mention.kind === 'table').map((c) => c.dims.employee_category),
  );
  if (!tabled.has('employees') || !tabled.has('workers')) return [...classified];
  return classified.map((c) => {
    if (c.mention.kind !== 'text' || c.dims.employee_category !== undefined) return c;
    if (!c.metric?.dims.includes('employee_category')) return c;
    const group = groupOfFigure(c.mention.quote, c.mention.value);
    return group === undefined ? c : { ...c, dims: { ...c.dims, employee_category: group } };
  });
}

/**
 * The staff group a sentence names for its figure of `value`: named right after the figure in its
 * clause ("26.5 hours per permanent employee", "1,204 permanent workers"), else the last named before
 * it ("permanent workers received 6,020 hours, or 31.2 hours each"); undefined when the figure is not
 * found once, or the words name both groups or neither.
 */
export function groupOfFigure(sentence: string, value: string): StaffGroup | undefined {
  const found = scanNumbers(sentence).filter((t) => t.value === value);
  const [figure] = found;
  if (!figure || found.length !== 1) return undefined;
  const after = (sentence.slice(figure.end).split(/[,;:.()](?!\d)/)[0] ?? '')
    .split(/\s+/)
    .slice(0, 6)
    .join(' ');
  return namedGroup(after, true) ?? namedGroup(sentence.slice(0, figure.start), false);
}

/** The group the first (or the last) staff noun of a text names; undefined when it is joined to another. */
function namedGroup(text: string, first: boolean): StaffGroup | undefined {
  const nouns = [...text.matchAll(STAFF_NOUN)];
  const at = first ? 0 : nouns.length - 1;
  const noun = nouns[at];
  if (!noun) return undefined;
  const neighbour = nouns[first ? at + 1 : at - 1];
  if (neighbour) {
    const [a, b] = first ? [noun, neighbour] : [neighbour, noun];
    const between = text.slice(a.index + a[0].length, b.index);
    if (JOINED.test(between)) return undefined;
  }
  return /^employ/i.test(noun[0]) ? 'employees' : 'workers';
}
