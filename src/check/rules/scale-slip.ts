import type { Decimal } from '../../core/index.js';
import {
  decimalString,
  makeFinding,
  placesOf,
  showFigure,
  whereOf,
  type CheckFinding,
} from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import { isTableRow, quotedLabel } from './printed-series.js';
import type { Rule } from './rule.js';

/** Significant digits two amounts must share before sharing them is unlikely by chance. */
const MIN_DIGITS = 4;

/** Dimensions whose figures are counts, shares or plain numbers: their digits repeat for many reasons. */
const NOT_AMOUNTS = /^(?:$|count|fraction|period|time|index)/;

/**
 * The least gap a slip of scale makes outside money. Physical units step by a thousand (kg, t, kt;
 * kWh, MWh, GWh; m³, ML) or a hundred (ha, km²), so tonnes ten times a table's tonnes are another
 * figure sharing digits (copper output and a waste row). Money also slips tenfold: lakh and crore,
 * 万 and 亿, a decimal comma read as a thousands mark.
 */
const MIN_PHYSICAL_GAP = 100;

/**
 * A sentence that prints a table's digits at another scale: "Rs 84,620 million" where the table's row
 * is 84,620 in Rupees '000, "R$ 18.642 million" where the row is 18,642 in R$ thousand. Both cannot be
 * right: one of them has the unit or its scale wrong. Reads the digits, not the metrics, so it holds
 * for figures no metric names (a levy, a fund, a donation); a sentence whose amount another figure of
 * the report prints is taken as a restatement of that figure, not a slip.
 */
export const scaleSlipRule: Rule = {
  id: 'duplicate.scale',
  title: 'A sentence does not print a table’s figure at another scale',
  fallback: true,
  run(ctx) {
    const amounts = new Map<string, number>();
    const tables = new Map<string, Figure[]>();
    for (const f of ctx.facts.figures) {
      const digits = amountDigits(f);
      if (digits === undefined) continue;
      amounts.set(amountKey(f), (amounts.get(amountKey(f)) ?? 0) + 1);
      if (!isTableRow(f) || f.qualifier !== 'exact') continue;
      const key = digitsKey(f, digits);
      tables.set(key, [...(tables.get(key) ?? []), f]);
    }
    const out: CheckFinding[] = [];
    for (const f of ctx.facts.figures) {
      const p = f.fact.provenance;
      if (p.kind !== 'document' || p.extraction !== 'text' || f.qualifier !== 'exact') continue;
      const digits = amountDigits(f);
      // Another figure of the report prints this amount: the sentence restates that one.
      if (digits === undefined || (amounts.get(amountKey(f)) ?? 0) > 1) continue;
      const rows = (tables.get(digitsKey(f, digits)) ?? []).filter((t) => lineOf(t) !== lineOf(f));
      const table = rows[0];
      if (!table || rows.some((t) => amountKey(t) !== amountKey(table))) continue;
      if (!isMoney(f) && gap(f, table).lt(MIN_PHYSICAL_GAP)) continue;
      out.push(finding(f, table));
    }
    return out;
  },
};

function finding(prose: Figure, table: Figure): CheckFinding {
  const ratio = base(prose).div(base(table));
  const times = gap(prose, table);
  return makeFinding('duplicate.scale', {
    severity: 'warning',
    message:
      `${quotedLabel(prose)} is printed as ${showFigure(prose)} (${whereOf(prose)}), but the table prints the ` +
      `same digits as ${showFigure(table)} (${whereOf(table)}) for ${table.fact.period.year}: ` +
      `${decimalString(times, 0)} times ${ratio.gte(1) ? 'more' : 'less'}, a slip in the unit or its scale.`,
    figures: [prose, table],
    expected: decimalString(table.value, placesOf(table)),
    actual: decimalString(prose.value, placesOf(prose)),
  });
}

/** How many times the larger of two printings is the smaller. */
function gap(a: Figure, b: Figure): Decimal {
  const ratio = base(a).div(base(b));
  return ratio.gte(1) ? ratio : ratio.pow(-1);
}

function isMoney(f: Figure): boolean {
  return f.unit.dimension.startsWith('money:');
}

/** The amount in the dimension's base unit: what two printings at different scales share. */
function base(f: Figure): Decimal {
  return f.value.times(f.unit.toBase).abs();
}

function amountKey(f: Figure): string {
  return `${f.fact.period.year}|${f.unit.dimension}|${base(f).toString()}`;
}

function digitsKey(f: Figure, digits: string): string {
  return `${f.fact.period.year}|${f.unit.dimension}|${digits}`;
}

/** The significant digits of an amount ("84,620" thousand → "8462"), or undefined for counts, shares and short figures. */
function amountDigits(f: Figure): string | undefined {
  if (NOT_AMOUNTS.test(f.unit.dimension) || f.value.isZero()) return undefined;
  const digits = base(f).toFixed().replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length >= MIN_DIGITS ? digits : undefined;
}

function lineOf(f: Figure): number | undefined {
  const p = f.fact.provenance;
  return p.kind === 'document' ? p.location.line : undefined;
}
