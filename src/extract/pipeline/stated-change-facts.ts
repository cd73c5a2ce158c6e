import {
  Decimal,
  parseUnit,
  quantity,
  STATED_CHANGE_METRIC,
  type StatedChangeDims,
} from '../../core/index.js';
import {
  classifyMention,
  readPrintedUnit,
  type ClassifiedMention,
  type CodeScope,
  type PhraseCache,
} from '../classify/index.js';
import type { Mention } from '../mention/index.js';
import type { ChangeDirection, StatedChange } from '../narrative/index.js';
import { isDisclosure } from '../select/index.js';
import { UNCLASSIFIED, type ExtractedFact } from './extract-result.js';
import { breakdownSubject } from './breakdown-subject.js';
import { toFact } from './to-fact.js';
import { directionFor } from './change-sense.js';

/**
 * Metric id of a stated change (core's {@link STATED_CHANGE_METRIC}, the convention `esg check`'s
 * change.stated rule reads): dims `of` (the metric that changed), `direction` and, for a baseline
 * other than the year before, `since`; the value is the change in per cent as printed.
 */
export const STATED_CHANGE = STATED_CHANGE_METRIC;

/**
 * Facts for stated changes whose subject names one catalogue metric. A change of something the
 * catalogue does not name is kept with its subject's words only (`unnamedChange`). An
 * intensity's change keeps what its figure is per (dim `denominator`) when the sentence says it; without
 * it, `esg check` compares it only when the report prints that intensity over one denominator.
 */
export function statedChangeFacts(
  changes: readonly StatedChange[],
  scope: CodeScope,
  phrases: PhraseCache,
  entity: string,
  document: string,
  rows: readonly ClassifiedMention[] = [],
): ExtractedFact[] {
  const out: ExtractedFact[] = [];
  for (const change of changes) {
    const of = ofWhat(change.of, scope, phrases, rows);
    // "Improved" goes the way the metric's figure moves when it gets better; with no metric, no way.
    const direction = directionFor(change.direction, of.metric);
    if (direction === undefined) continue;
    if (!of.metric) {
      if (!change.points) out.push(unnamedChange(change, direction, entity, document));
      continue;
    }
    // Only a share changes by percentage points ("rose by 3.5 percentage points"); change.stated reads
    // a ratio's change both as points and as per cent.
    if (change.points && of.metric.kind !== 'ratio') continue;
    const percent = classifyMention(change.mention, scope, phrases);
    // The same bar as any prose figure: a change in business figures (revenue) is no ESG disclosure.
    // An intensity's subject is long ("water consumption per tonne of paper was 8.91 m3, a reduction
    // of 5.2%"): the words near the percentage may not reach it, its figure's unit does.
    const intensity = of.metric.kind === 'intensity' && isDisclosure(of);
    if (!isDisclosure(percent) && !intensity && !isMeasuredFigure(of) && !namesMeasuredMetric(of)) continue;
    const fact = toFact(percent, entity, document);
    // Built to core's convention, so a change the rule cannot read does not compile.
    const dims = {
      ...of.dims,
      of: of.metric.id,
      direction,
      ...(change.since === undefined ? {} : { since: String(change.since) }),
    } satisfies StatedChangeDims;
    out.push({
      fact: {
        ...fact,
        metric: STATED_CHANGE,
        dims,
        quantity: quantity(new Decimal(change.mention.value), parseUnit('%')),
      },
      codes: [],
      kind: 'text',
    });
  }
  return out;
}

/**
 * Whether what changed is a figure printed in a physical quantity ESG reporting covers (energy,
 * emissions, mass, volume, power): the sentence printing it names its subject before the figure
 * ("Grid electricity purchased rose to 93,240 MWh, an increase of 12% …"), where the words near the
 * percentage may not reach. Money is left to the percentage's own words: a change in revenue is none.
 */
function isMeasuredFigure(of: ClassifiedMention): boolean {
  const dimension = readPrintedUnit(of.mention.unit)?.unit.dimension ?? '';
  return /^(?:ghg|energy|mass|volume|power)(?:\/|$)/.test(dimension) && isDisclosure(of);
}

/**
 * Whether what changed is named by words only, and they name a catalogue metric of a physical
 * quantity ("забор воды снизился на 12,4%"): the relevance vocabulary is English and Chinese, the
 * catalogue's phrases are in every language it reads. Money is left out as above.
 */
function namesMeasuredMetric(of: ClassifiedMention): boolean {
  return (
    of.mention.unit === '' && /^(?:ghg|energy|mass|volume|power)(?:\/|$)/.test(of.metric?.dimension ?? '')
  );
}

/**
 * A change of something the catalogue does not name ("ore hauled rose 6% to 2.41 Mt"): `of` is
 * {@link UNCLASSIFIED} and the label is the subject's words, so `esg check` can find the table row
 * the sentence names by its words and the figure it prints, and nothing else.
 */
function unnamedChange(
  change: StatedChange,
  direction: ChangeDirection,
  entity: string,
  document: string,
): ExtractedFact {
  const m = change.mention;
  const fact = toFact(
    { mention: m, phrase: '', dims: {}, codes: [], otherCodes: [], quantity: undefined },
    entity,
    document,
  );
  const dims = {
    of: UNCLASSIFIED,
    direction,
    ...(change.since === undefined ? {} : { since: String(change.since) }),
  } satisfies StatedChangeDims;
  return {
    fact: {
      ...fact,
      metric: STATED_CHANGE,
      dims,
      label: change.of.label,
      quantity: quantity(new Decimal(m.value), parseUnit('%')),
    },
    codes: [],
    kind: 'text',
  };
}

/**
 * What a change is of: its subject's catalogue metric; else, for a subject worded without a figure,
 * the table's breakdown row it names ("flaring emissions" for a row "Scope 1 - flaring").
 */
function ofWhat(
  of: Mention,
  scope: CodeScope,
  phrases: PhraseCache,
  rows: readonly ClassifiedMention[],
): ClassifiedMention {
  const read = perSubject(of, scope, phrases) ?? classifyMention(of, scope, phrases);
  if (read.metric || of.unit !== '') return read;
  const row = breakdownSubject(of.label, rows);
  return row ? { ...read, ...row } : read;
}

/**
 * A subject worded "X per Y" with no figure of its own ("Water withdrawn per tonne of product fell by
 * 9.2%") is X's intensity over Y: the words after "per" are its denominator, as a ratio unit would
 * print them.
 */
function perSubject(of: Mention, scope: CodeScope, phrases: PhraseCache): ClassifiedMention | undefined {
  if (of.unit !== '') return undefined;
  const [, quantity, denominator] = /^(.+?)\s+per\s+([^,;()]+)$/i.exec(of.label.trim()) ?? [];
  if (quantity === undefined || denominator === undefined) return undefined;
  const read = classifyMention({ ...of, label: `${quantity} intensity`, context: [] }, scope, phrases);
  return read.metric?.kind === 'intensity'
    ? { ...read, dims: { ...read.dims, denominator: denominator.trim() } }
    : undefined;
}
