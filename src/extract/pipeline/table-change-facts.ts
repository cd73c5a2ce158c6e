import { dec, parseUnit, quantity, STATED_CHANGE_METRIC, type StatedChangeDims } from '../../core/index.js';
import { FALLING_ARROWS, RISING_ARROWS } from '../numbers/index.js';
import type { ExtractedFact } from './extract-result.js';

/** How far above a row its table's header may be: bounds the work on untrusted text. */
const HEADER_REACH = 60;
// A fiscal prefix glued to the year ("FY2025", as Botswana, South African and Indian tables head it) leaves
// no word boundary before the digits.
const YEAR = /(?:\b|(?<=\bFY))(?:19|20)\d{2}\b/g;
/**
 * A header cell of a column comparing the years ("YoY change (%)", "Change %", "Year-on-year", "Δ in %",
 * "Var. %" as Brazilian and Spanish tables print it, "Veränderung", Indonesian and Malay "Perubahan", Finnish
 * "Muutos", Estonian "Muutus", Latvian "Izmaiņas", Lithuanian "Pokytis", Serbian "Promena" / "Промена", Italian "Variazione", Czech "Změna", Slovak "Zmena", Hungarian "Változás", Hebrew "שינוי",
 * Vietnamese "Thay đổi", Chinese "同比变化" / "增减").
 */
const CHANGE_HEADER =
  /\b(?:yoy|y-o-y|year[- ]on[- ]year|change|variance|variation|var\.|chg\.?|delta|veränderung|perubahan|muutos|muutus|izmai[ņn]as|pokytis|promena|variazione|zm[ěe]na|v[áa]ltoz[áa]s)(?![\wěáúņ])|промена|שינוי|thay\s+đổi|tăng\s*\/?\s*giảm|[Δ∆]|同比|变化|變化|变动|變動|增减|增減/i;
/**
 * A change cell: "(12.4)", "(12.4%)", "-12.4", "–12.4" or "↓12.4%" is a decrease, "44.0", "+3.1%" or "↑3.1%" an increase.
 * A comma before one or two digits ("–4,3") is a decimal comma: no thousands group is that short.
 */
const CHANGE_CELL = new RegExp(
  String.raw`^(\()?([-+−–${RISING_ARROWS}${FALLING_ARROWS}]?)(\d{1,4}(?:\.\d+|,\d{1,2})?)(?:\s*%?\)|\)?\s*%?)$`,
);
/** A minus sign or a falling arrow ("↓16.9%", as Chinese tables mark a decrease) before a change. */
const FALL = new RegExp(`^[-−–${FALLING_ARROWS}]$`);
/**
 * A column giving one year as a percentage of the other ("2025/2024 (%)", as Vietnamese reports print
 * it): 104.2 is an increase of 4.2%, 93.6 a decrease of 6.4%.
 */
const RATIO_HEADER = /(?:19|20)\d{2}\s*\/\s*(?:19|20)\d{2}\s*\(%\)\s*$/;

/**
 * Stated-change facts from a table's change column ("Indicator | Unit | 2025 | 2024 | YoY change (%)",
 * negatives in parentheses): the table reader leaves the column out as no figure of its own, so its
 * cell is read here from the row's last cell, when the header above names the two years and then the
 * change. The fact keeps the row's line: change.stated compares it with that row's own figures, also
 * when other rows print the metric (a fuel in litres and again converted to TOE).
 */
export function tableChangeFacts(
  facts: readonly ExtractedFact[],
  text: (line: number) => string,
): ExtractedFact[] {
  const byLine = new Map<number, ExtractedFact[]>();
  for (const f of facts) {
    if (f.kind !== 'table' || f.fact.provenance.kind !== 'document') continue;
    const line = f.fact.provenance.location.line ?? 0;
    const list = byLine.get(line);
    if (list) list.push(f);
    else byLine.set(line, [f]);
  }
  const out: ExtractedFact[] = [];
  for (const [line, cells] of byLine) {
    // The change column compares the two latest years of the row ("2023 | 2024 | 2025 | Var. %"): of
    // its actual figures, as a target's column ("Base 2023 | 2025 | Target 2030 | Change") is no year
    // the report has reached.
    const row = cells.filter((f) => f.fact.basis === 'actual');
    const [a, b] = [...row].sort((x, y) => y.fact.period.year - x.fact.period.year);
    if (!a || !b || row.some((f) => f.fact.metric !== a.fact.metric)) continue;
    if (new Set(row.map((f) => f.fact.period.year)).size !== row.length) continue;
    if (row.some((f) => JSON.stringify(f.fact.dims) !== JSON.stringify(a.fact.dims))) continue;
    const [now, latestBefore] = a.fact.period.year > b.fact.period.year ? [a, b] : [b, a];
    const above =
      now.fact.period.year === latestBefore.fact.period.year ? undefined : columnAbove(line, text);
    if (above === undefined) continue;
    const { column, base } = above;
    // A change column after a base year's ("2023  2019 (base)  % change") compares with that base year.
    const before = base === undefined ? latestBefore : row.find((f) => f.fact.period.year === base);
    if (before === undefined) continue;
    const value = changeCell(text(line), row, column);
    if (value === undefined || isDifference(value, now, before)) continue;
    const dims = {
      ...now.fact.dims,
      of: now.fact.metric,
      ...(before.fact.period.year === now.fact.period.year - 1
        ? {}
        : { since: String(before.fact.period.year) }),
    } satisfies StatedChangeDims;
    const p = now.fact.provenance;
    out.push({
      fact: {
        ...now.fact,
        metric: STATED_CHANGE_METRIC,
        dims,
        quantity: quantity(dec(value), parseUnit('%')),
        provenance: p.kind === 'document' ? { ...p, reported: { value, unit: '%' } } : p,
      },
      codes: [],
      kind: 'table',
    });
  }
  return out;
}

// A base year's heading: "2019 (base)", "2019 baseline", "Base year 2019".
const BASE_AFTER = /^\s*\(?\s*base(?:line)?\b/i;
const BASE_BEFORE = /\bbase(?:line)?(?:\s+year)?\s*$/i;

/**
 * What the last column of the header above compares: a change in per cent, a ratio, or neither; and
 * the base year it compares with when the column before it is a base year's.
 */
function columnAbove(
  line: number,
  text: (line: number) => string,
): { column: 'change' | 'ratio'; base?: number } | undefined {
  for (let n = line - 1; n >= Math.max(1, line - HEADER_REACH); n--) {
    const raw = text(n).slice(0, 400);
    const years = [...raw.matchAll(YEAR)];
    if (years.length < 2) continue;
    if (RATIO_HEADER.test(raw)) return { column: 'ratio' };
    const last = years[years.length - 1];
    if (last === undefined || !CHANGE_HEADER.test(raw.slice(last.index + 4))) return undefined;
    const base = BASE_AFTER.test(raw.slice(last.index + 4)) || BASE_BEFORE.test(raw.slice(0, last.index));
    return base ? { column: 'change', base: Number(last[0]) } : { column: 'change' };
  }
  return undefined;
}

/** The signed change in the row's last cell, or undefined when that cell is not one. */
function changeCell(
  raw: string,
  values: readonly ExtractedFact[],
  column: 'change' | 'ratio',
): string | undefined {
  const row = raw.slice(0, 400).trim();
  // A table printed one space apart ("Diesel MWh 413.2 441.7 -6.5") parts its cells at each space.
  const cells = row.split(/\t|\s{2,}/).length > 1 ? row.split(/\t|\s{2,}/) : row.split(' ');
  const m = CHANGE_CELL.exec(cells[cells.length - 1] ?? '');
  if (!m || cells.length < 4) return undefined;
  const printed = values.map((v) =>
    v.fact.provenance.kind === 'document' ? v.fact.provenance.reported.value : '',
  );
  const digits = (m[3] ?? '').replace(',', '.');
  if (printed.includes(digits)) return undefined;
  if (column === 'ratio') return m[1] || m[2] ? undefined : dec(digits).minus(100).toFixed();
  const negative = m[1] === '(' || FALL.test(m[2] ?? '');
  return negative ? `-${digits}` : digits;
}

/**
 * Whether a change cell is the difference of the two figures in the row's unit ("1,412  1,846  +434"
 * under a bare "Change"), not a percentage: such a column states no rate of change.
 */
function isDifference(value: string, now: ExtractedFact, before: ExtractedFact): boolean {
  const diff = now.fact.quantity.value.minus(before.fact.quantity.value).abs();
  const cell = dec(value).abs();
  // Within the rounding of the cell as printed: "1.0" beside 62.8 and 63.4 is a rate, not 0.6.
  const places = value.split('.')[1]?.length ?? 0;
  return (
    !diff.isZero() &&
    diff
      .minus(cell)
      .abs()
      .lte(dec(5).times(dec(10).pow(-places - 1)))
  );
}
