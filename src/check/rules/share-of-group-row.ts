import { dec, foldAccents } from '../../core/index.js';
import { decimalString, makeFinding, showFigure, whereOf, type CheckFinding } from '../finding/index.js';
import type { Figure } from '../precision/index.js';
import type { Rule } from './rule.js';

/** Characters after a share read for the group it is of ("% of senior management positions"). */
const REACH = 80;

/** Gender words of English and the Romance languages reports print, as a share's subject names them. */
const GENDER =
  /\b(?:women|woman|female|females|men|man|male|males|mujeres|mulheres|femmes|donne|hombres|homens|hommes|uomini)\b/;

// Words a row's label and a sentence share that name no group.
const STOP = new Set([
  'the',
  'and',
  'of',
  'los',
  'las',
  'del',
  'de',
  'la',
  'el',
  'des',
  'les',
  'du',
  'our',
  'all',
]);

/** A word without its plural ending, so "directivo" and "directivos", "manager" and "managers" meet. */
const stem = (word: string): string => word.replace(/s$/, '').replace(/e$/, '');

const wordsOf = (text: string): string[] => foldAccents(text).match(/\p{L}{3,}/gu) ?? [];

/** One headcount row of a table: its label, and its women's count and total of one year. */
interface GroupRow {
  readonly label: readonly string[];
  readonly part: Figure;
  readonly whole: Figure;
}

/**
 * A sentence's share of women (or men) in a group ("Women hold 31.2% of senior management positions",
 * "las mujeres ocupan el 30,8% de los cargos directivos") against the headcount table's row for that
 * group: the gender's count over the row's total, in the same year. The row is the only one whose
 * label's words (outside brackets) all follow the share before the clause ends. A key-figures or
 * table row labelled as such a share ("Female share of technicians (%)") is read the same way.
 */
export const shareOfGroupRowRule: Rule = {
  id: 'share.group-row',
  title: "A sentence's share of a gender in a group agrees with the group's headcount row",
  fallback: true,
  run(ctx) {
    const out: CheckFinding[] = [];
    const rows = groupRows(ctx.facts.metric('workforce.total'));
    for (const share of ctx.facts.figures) {
      const gender = share.fact.dims.gender;
      if (share.unit.symbol !== '%' || gender === undefined) continue;
      const labelled = labelledGroup(share);
      const after = wordsAfter(share) ?? labelled;
      if (after === undefined || GENDER.test(after)) continue;
      const said = new Set(wordsOf(after).map(stem));
      // A share names its group as the headcount table's group row does, which may print it as a
      // total ("Total line staff").
      const group = (r: GroupRow) => r.label.filter((w) => w !== 'total');
      const named = (rows.get(`${share.fact.period.year}|${gender}`) ?? []).filter(
        (r) => group(r).length > 0 && group(r).every((w) => said.has(w)),
      );
      const [row] = named;
      if (named.length !== 1 || !row) continue;
      const finding = check(share, row);
      if (finding) out.push(finding);
    }
    return out;
  },
};

/** The words after a share's printed figure up to its clause's end or the next figure. */
function wordsAfter(share: Figure): string | undefined {
  const p = share.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text') return undefined;
  const printed = p.reported.value.trim();
  const at = p.quote.indexOf(printed);
  if (at < 0) return undefined;
  const rest = p.quote.slice(at + printed.length, at + printed.length + REACH);
  // The share must say it is of the group ("% of", "% de los"): "99.1% among seafarers" after "pay was
  // 96.4% of men's" compares pay, not headcount.
  const of = /^\s*%\s+(?:of|de|des|du|do|da|dos|das|del|di|della|dei|degli)\s/i.exec(rest);
  return of ? rest.slice(of[0].length).split(/[\d;:.,()]/)[0] : undefined;
}

/**
 * The group a table row's share of a gender is of, from its label: "Female share of technicians (%)",
 * "Percentage of women in middle management" → the words after the gender; undefined for other rows.
 */
function labelledGroup(share: Figure): string | undefined {
  const p = share.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'table') return undefined;
  const label = foldAccents(share.fact.label ?? '').replace(/\([^)]*\)/g, ' ');
  const rest = LABELLED_SHARE.exec(label)?.[1];
  if (rest === undefined) return undefined;
  return rest.replace(LEADING_GENDER, '').trim();
}

// "<gender> share of <group>", "share of <gender> in <group>", "percentage of <gender> <group>".
const LABELLED_SHARE = /^(?:(?:women|female|men|male)\s+)?(?:share|percentage|proportion)\s+of\s+(.+)$/;
const LEADING_GENDER = /^(?:women|woman|female|females|men|man|male|males)\b(?:\s+(?:in|among|of)\b)?/;

/** The headcount rows of tables by year and gender: each line's gender count beside its total. */
function groupRows(figures: readonly Figure[]): Map<string, GroupRow[]> {
  const byLine = new Map<string, Figure[]>();
  for (const f of figures) {
    const p = f.fact.provenance;
    if (p.kind !== 'document' || p.extraction !== 'table') continue;
    const key = `${p.location.line}|${f.fact.period.year}`;
    byLine.set(key, [...(byLine.get(key) ?? []), f]);
  }
  const out = new Map<string, GroupRow[]>();
  for (const line of byLine.values()) {
    for (const part of line) {
      const gender = part.fact.dims.gender;
      if (gender === undefined || Object.keys(part.fact.dims).length > 2) continue;
      // The row's total: its figure with the part's dims but the gender ("Total permanent" keeps
      // the employment type its gender columns have).
      const wholes = line.filter((f) => f.fact.dims.gender === undefined && sameBesidesGender(f, part));
      const [whole] = wholes;
      if (wholes.length !== 1 || !whole) continue;
      const label = wordsOf((whole.fact.label ?? '').replace(/\([^)]*\)/g, ' '))
        .filter((w) => !STOP.has(w))
        .map(stem);
      const key = `${whole.fact.period.year}|${gender}`;
      out.set(key, [...(out.get(key) ?? []), { label, part, whole }]);
    }
  }
  return out;
}

/** Whether a figure has another's dims but the gender (a gender column's row total). */
function sameBesidesGender(whole: Figure, part: Figure): boolean {
  const names = Object.keys(part.fact.dims).filter((k) => k !== 'gender');
  const own = Object.keys(whole.fact.dims);
  return own.length === names.length && names.every((k) => whole.fact.dims[k] === part.fact.dims[k]);
}

function check(share: Figure, row: GroupRow): CheckFinding | undefined {
  if (row.whole.value.lte(0) || row.part.value.gt(row.whole.value)) return undefined;
  const computed = row.part.value.div(row.whole.value).times(dec(100));
  if (computed.gte(share.range.lo) && computed.lte(share.range.hi)) return undefined;
  return makeFinding(shareOfGroupRowRule.id, {
    severity: 'warning',
    message:
      `${showFigure(share)} (${whereOf(share)}) is a share of the group "${row.whole.fact.label?.trim() ?? ''}", ` +
      `whose row prints ${showFigure(row.part)} of ${showFigure(row.whole)} (${whereOf(row.whole)}): ` +
      `${decimalString(computed, 1)}%.`,
    figures: [share, row.part, row.whole],
    expected: decimalString(computed, 1),
    actual: decimalString(share.value, 1),
  });
}
