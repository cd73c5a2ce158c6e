import { foldAccents } from '../../core/index.js';
import type { Figure } from '../precision/index.js';

// The noun a sentence's figure counts ("3 supplier symposiums" → "symposium"), set against the nouns of
// a metric's label: a figure counting something the metric does not name is no printing of it.

/** Counted nouns that say only that people or items are counted ("10,724 Person"). */
const GENERIC_NOUNS = new Set(['person', 'people', 'count', 'number', 'item', 'time']);

/**
 * Words a report uses alike for the people it employs, stemmed as {@link stem} leaves them, in English and
 * (accents stripped) the Romance languages' and German's words for staff ("1,584 colaboradores").
 */
const EMPLOYEE_NOUNS = new Set(
  [
    'employee',
    'staff',
    'worker',
    'personnel',
    ...['colaborador', 'empleado', 'trabajador', 'empregado', 'trabalhador', 'funcionario'],
    ...['collaborateur', 'salarie', 'employe', 'dipendente', 'lavoratore', 'mitarbeiter', 'beschaftigte'],
  ]
    .flatMap((w) => [w, stem(`${w}s`), stem(`${w}es`)])
    // "salariés" stems to "salary", which names no one.
    .filter((w) => !w.endsWith('y')),
);

/** The last word of a sentence's counted unit ("employee skills competitions" → "competition"). */
export function countedNoun(f: Figure): string | undefined {
  const p = f.fact.provenance;
  if (p.kind !== 'document' || p.extraction !== 'text' || f.unit.dimension !== 'count') return undefined;
  const words = foldAccents(p.reported.unit).match(/[a-z]+/g);
  const last = words?.at(-1);
  if (last === undefined) return undefined;
  const noun = stem(last);
  if (GENERIC_NOUNS.has(noun)) return undefined;
  return EMPLOYEE_NOUNS.has(noun) ? 'employee' : noun;
}

/**
 * True when a sentence counts a noun the metric's catalogue label does not name ("3 supplier
 * symposiums" given the metric "Number of suppliers"): the figure counts something else.
 */
export function countsOtherThing(
  sense: { readonly counted?: string },
  metric: { readonly label: string } | undefined,
): boolean {
  if (sense.counted === undefined || metric === undefined) return false;
  const nouns = nounsOf(metric.label);
  return !(nouns.has(sense.counted) || (sense.counted === 'employee' && nouns.has('employee')));
}

/**
 * The stemmed words of a label, an employee noun also as "employee", read once per label: a
 * metric's or a row's label is set against many printings.
 */
function nounsOf(label: string): ReadonlySet<string> {
  let nouns = LABEL_NOUNS.get(label);
  if (nouns === undefined) {
    const words = new Set<string>();
    for (const w of foldAccents(label).split(/[^a-z]+/)) {
      const noun = stem(w);
      words.add(noun);
      if (EMPLOYEE_NOUNS.has(noun)) words.add('employee');
    }
    nouns = words;
    if (LABEL_NOUNS.size >= MAX_LABELS) LABEL_NOUNS.clear();
    LABEL_NOUNS.set(label, nouns);
  }
  return nouns;
}

/** Labels' nouns, by label; cleared past {@link MAX_LABELS} so that a long-running server stays small. */
const LABEL_NOUNS = new Map<string, ReadonlySet<string>>();
const MAX_LABELS = 10_000;

/** A crude English singular: "activities" → "activity", "suppliers" → "supplier", "cases" → "case". */
function stem(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
