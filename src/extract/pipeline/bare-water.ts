import { getMetric } from '../../core/index.js';
import { scopeCodes, type ClassifiedMention, type CodeScope } from '../classify/index.js';

/**
 * A column or row named by water alone ("Water (m³)", "Total water") is read as the water consumed
 * (HKEX A2.2 asks for "water consumption"). Where the report's own water table prints a total
 * withdrawal equal to the bare figure in some year, and no consumption it prints says otherwise, the
 * bare column is that withdrawal (GRI 303-3): it restates the table, so the two are compared as one
 * quantity and a slip between them shows.
 */

const CONSUMPTION = 'water.consumption';
const WITHDRAWAL = 'water.withdrawal';
// "Water", "Water (m³)", "Total water", "Water total": the resource and nothing that says which measure.
const BARE_WATER = /^\s*(?:total\s+)?water(?:\s+total)?\s*(?:\([^()]*\))?\s*$/i;

function isBare(c: ClassifiedMention): boolean {
  if (c.metric?.id !== CONSUMPTION || Object.keys(c.dims).length > 0) return false;
  const m = c.mention;
  return BARE_WATER.test(m.label) || (m.kind === 'table' && BARE_WATER.test(m.column ?? ''));
}

const plainOf = (list: readonly ClassifiedMention[], id: string) =>
  list.filter((c) => c.metric?.id === id && Object.keys(c.dims).length === 0 && !isBare(c));

/** Whether two figures state the same amount for the same year. */
function same(a: ClassifiedMention, b: ClassifiedMention): boolean {
  const [qa, qb] = [a.quantity, b.quantity];
  return (
    a.mention.year === b.mention.year &&
    qa !== undefined &&
    qb !== undefined &&
    qa.unit.symbol === qb.unit.symbol &&
    qa.value.equals(qb.value)
  );
}

/** The mentions with bare water figures read as the withdrawal they restate, when they restate it. */
export function bareWaterAsWithdrawal(
  list: readonly ClassifiedMention[],
  scope: CodeScope,
): ClassifiedMention[] {
  const bare = list.filter(isBare);
  if (bare.length === 0) return [...list];
  const withdrawn = plainOf(list, WITHDRAWAL);
  const consumed = plainOf(list, CONSUMPTION);
  const restates = bare.some((b) => withdrawn.some((w) => same(b, w)));
  const consumption = bare.some((b) => consumed.some((c) => same(b, c)));
  if (!restates || consumption) return [...list];
  const metric = getMetric(WITHDRAWAL);
  const read = { metric, phrase: 'water withdrawal', ...scopeCodes(metric.codes, scope) };
  return list.map((c) => (isBare(c) ? { ...c, ...read } : c));
}
