import { EsgError } from '../../core/index.js';
import {
  factorSetSchema,
  type Factor,
  type FactorKind,
  type FactorSet,
  type Gas,
  type GwpSet,
} from './factor.js';
import { regionChain, regionKey } from './region.js';

/** What a method asks the library for. */
export interface FactorQuery {
  readonly kind: FactorKind;
  readonly subject: string;
  /** The activity's region; the library falls back to parent regions and then `GLOBAL`. */
  readonly region: string;
  /** The activity year. */
  readonly year: number;
  readonly variant?: string;
  readonly gas?: Gas;
  readonly gwpSet?: GwpSet;
}

/** A selected factor, with a note when it is not valid for the activity year (an older or newer data year). */
export interface FactorChoice {
  readonly factor: Factor;
  readonly note?: string;
}

function covers(f: Factor, year: number): boolean {
  const { from, to } = f.validYears;
  return (from === null || year >= from) && (to === null || year <= to);
}

/** Higher precedence first, then the later data year. */
function better(a: Factor, b: Factor): Factor {
  if (a.precedence !== b.precedence) return a.precedence > b.precedence ? a : b;
  return (a.dataYear ?? 0) >= (b.dataYear ?? 0) ? a : b;
}

function pick(candidates: readonly Factor[], year: number): FactorChoice | undefined {
  const valid = candidates.filter((f) => covers(f, year));
  if (valid.length > 0) return { factor: valid.reduce(better) };
  // No factor is valid for the year: take the latest earlier data year, else the earliest later one.
  const earlier = candidates.filter((f) => f.dataYear !== null && f.dataYear < year);
  if (earlier.length > 0) {
    const f = earlier.reduce((a, b) => ((a.dataYear ?? 0) >= (b.dataYear ?? 0) ? a : b));
    return { factor: f, note: `${f.id} is for ${String(f.dataYear)}, the latest data year before ${year}` };
  }
  const later = candidates.filter((f) => f.dataYear !== null);
  if (later.length === 0) return undefined;
  const f = later.reduce((a, b) => ((a.dataYear ?? 0) <= (b.dataYear ?? 0) ? a : b));
  return { factor: f, note: `${f.id} is for ${String(f.dataYear)}, later than the activity year ${year}` };
}

/** A validated, indexed set of factors. Built once; lookups do no I/O. */
export class FactorLibrary {
  readonly sets: readonly FactorSet[];
  private readonly byId = new Map<string, Factor>();
  private readonly byKindSubject = new Map<string, Factor[]>();

  constructor(sets: readonly FactorSet[]) {
    this.sets = sets;
    for (const set of sets) {
      for (const f of set.factors) {
        if (this.byId.has(f.id)) {
          throw new EsgError('REFERENCE_DATA', `factor id ${f.id} appears twice (in set ${set.id})`);
        }
        this.byId.set(f.id, f);
        const key = `${f.kind}|${f.subject}`;
        const list = this.byKindSubject.get(key) ?? [];
        list.push(f);
        this.byKindSubject.set(key, list);
      }
    }
  }

  /** Every factor, in file order. */
  all(): readonly Factor[] {
    return [...this.byId.values()];
  }

  /** The factor with this id, or undefined. */
  tryGet(id: string): Factor | undefined {
    return this.byId.get(id);
  }

  /** The factor with this id; NOT_FOUND names the id. */
  get(id: string): Factor {
    const f = this.byId.get(id);
    if (!f) throw new EsgError('NOT_FOUND', `no factor with id ${id}`);
    return f;
  }

  /**
   * The default factor for a query: the most specific region that has one (CN-Guangdong, then CN,
   * then GLOBAL); within it a factor valid for the year (highest precedence, then latest data year),
   * else the nearest data year with a note saying so.
   */
  select(q: FactorQuery): FactorChoice | undefined {
    const all = this.byKindSubject.get(`${q.kind}|${q.subject}`) ?? [];
    const matching = all.filter(
      (f) =>
        (q.variant === undefined || f.variant === q.variant) &&
        (q.gas === undefined || f.gas === q.gas) &&
        (q.gwpSet === undefined || f.gwpSet === q.gwpSet),
    );
    for (const region of regionChain(q.region)) {
      const here = matching.filter((f) => regionKey(f.region) === region);
      const choice = pick(here, q.year);
      if (choice) return choice;
    }
    return undefined;
  }
}

/** Validates raw factor-set data (a data file or a user's `--factors` file); REFERENCE_DATA says where it is wrong. */
export function parseFactorSet(raw: unknown, origin: string): FactorSet {
  const parsed = factorSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new EsgError('REFERENCE_DATA', `${origin}: ${where}: ${issue?.message ?? 'invalid factor set'}`);
  }
  return parsed.data;
}
