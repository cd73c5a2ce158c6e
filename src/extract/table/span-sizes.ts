import type { HeaderColumn } from './header.js';

// Years over more measure columns than this are not tried (the splits grow combinatorially).
const MAX_COLUMNS = 16;

/**
 * How many measure columns each year spans, left to right, when years head runs of measures
 * ("2025 | 2024" over "Accidents | Hours | Rate | Accidents | Hours"): the even split when it fits,
 * else the one split in which no run names a measure twice, every run starts with the first run's
 * first measure and, with positions printed, every year's heading is centred over its own run.
 * Undefined when no split or more than one fits: a guess would date figures wrongly.
 */
export function spanSizes(
  years: readonly HeaderColumn[],
  measures: readonly HeaderColumn[],
): number[] | undefined {
  const n = measures.length;
  const k = years.length;
  if (k === 0 || n < k) return undefined;
  const ruled = ruledSizes(years, measures);
  if (ruled) return ruled;
  if (n % k === 0) return Array.from({ length: k }, () => n / k);
  if (n > MAX_COLUMNS) return undefined;
  const fitting = splits(n, k).filter((sizes) => fits(sizes, years, measures));
  return fitting.length === 1 ? fitting[0] : undefined;
}

// A heading drawn as a rule over the columns it spans: "──── 2025 ────", "—— 2025年 ——".
const RULE = /[─━═—–-]{2,}/u;

/**
 * The runs a year heading drawn as a rule spans ("──── 2025 ────   2024" over "Male | Female | Total |
 * Total"): each measure goes to the year whose printed extent overlaps it most, or lies nearest.
 * Undefined unless a year is so drawn, every heading has its position and each year gets a run.
 */
function ruledSizes(years: readonly HeaderColumn[], measures: readonly HeaderColumn[]): number[] | undefined {
  if (!years.some((y) => RULE.test(y.text))) return undefined;
  const owners: number[] = [];
  for (const m of measures) {
    if (!m.at || years.some((y) => !y.at)) return undefined;
    const { start, end } = m.at;
    const gaps = years.map((y) => {
      const at = y.at ?? { start: 0, end: 0 };
      return Math.max(at.start - end, start - at.end, -(Math.min(end, at.end) - Math.max(start, at.start)));
    });
    owners.push(gaps.indexOf(Math.min(...gaps)));
  }
  const sizes = years.map((_, y) => owners.filter((o) => o === y).length);
  const ordered = owners.every((o, i) => i === 0 || o >= (owners[i - 1] ?? 0));
  return ordered && sizes.every((n) => n > 0) ? sizes : undefined;
}

/** Every way of cutting n columns into k non-empty runs. */
function splits(n: number, k: number): number[][] {
  if (k === 1) return [[n]];
  const out: number[][] = [];
  for (let first = 1; first <= n - (k - 1); first++) {
    for (const rest of splits(n - first, k - 1)) out.push([first, ...rest]);
  }
  return out;
}

const nameOf = (c: HeaderColumn): string => c.text.trim().toLowerCase();

/** True when a split reads as runs of one set of measures, each under its year. */
function fits(
  sizes: readonly number[],
  years: readonly HeaderColumn[],
  measures: readonly HeaderColumn[],
): boolean {
  const runs = runsOf(sizes, measures);
  if (runs.some((run) => new Set(run.map(nameOf)).size < run.length)) return false;
  const lead = runs[0]?.[0];
  if (!lead || !runs.every((run) => run[0] !== undefined && nameOf(run[0]) === nameOf(lead))) return false;
  const placed = years.every((y) => y.at) && measures.every((m) => m.at);
  return !placed || runs.every((run, i) => centredOver(years[i], run));
}

function runsOf(sizes: readonly number[], measures: readonly HeaderColumn[]): HeaderColumn[][] {
  let at = 0;
  return sizes.map((size) => {
    const run = measures.slice(at, at + size);
    at += size;
    return run;
  });
}

/** True when a year's heading is centred within the printed extent of its run of measures. */
function centredOver(year: HeaderColumn | undefined, run: readonly HeaderColumn[]): boolean {
  const start = run[0]?.at?.start;
  const end = run[run.length - 1]?.at?.end;
  if (!year?.at || start === undefined || end === undefined) return false;
  const centre = (year.at.start + year.at.end) / 2;
  return centre >= start && centre <= end;
}
