import type { IndexEntry } from '../content-index/index.js';
import { UNCLASSIFIED, type ExtractResult, type ExtractedFact } from '../pipeline/index.js';

/** One fact as ../shared/spec/extract-output.md prints it. */
export interface SpecFact {
  readonly metric: string | null;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly year: number;
  readonly basis: 'actual' | 'target';
  readonly dims: Readonly<Record<string, string>>;
  readonly codes: readonly string[];
  readonly reported: { readonly value: number; readonly unit: string; readonly text: string };
  readonly source: { readonly line?: number; readonly page?: number };
  readonly kind: 'table' | 'text';
}

/** The whole `esg extract --format json` object. */
export interface SpecOutput {
  readonly document: ExtractResult['document'];
  readonly facts: readonly SpecFact[];
  /** Check-only claims (`ExtractResult.claims`), printed as facts are; no disclosure among `facts`. */
  readonly claims: readonly SpecFact[];
  readonly index: readonly IndexEntry[];
  readonly warnings: readonly string[];
}

/**
 * The one place facts become the output contract: `value`/`unit` in the metric's canonical unit,
 * `reported` as printed, `metric` null for a figure no catalogue metric describes.
 */
export function toSpecFact(f: ExtractedFact): SpecFact {
  const { fact } = f;
  const p = fact.provenance;
  const reported = p.kind === 'document' ? p.reported : { value: fact.quantity.value.toString(), unit: '' };
  const source = p.kind === 'document' ? p.location : {};
  return {
    metric: fact.metric === UNCLASSIFIED ? null : fact.metric,
    label: fact.label ?? '',
    value: Number(fact.quantity.value.toString()),
    unit: fact.quantity.unit.symbol,
    year: fact.period.year,
    basis: fact.basis,
    dims: fact.dims,
    codes: f.codes,
    reported: {
      value: Number(reported.value),
      unit: reported.unit,
      text: p.kind === 'document' ? p.quote : '',
    },
    source,
    kind: f.kind,
  };
}

/** The JSON object `esg extract --format json` prints. */
export function toSpecOutput(result: ExtractResult): SpecOutput {
  return {
    document: result.document,
    facts: result.facts.map(toSpecFact),
    claims: result.claims.map(toSpecFact),
    index: result.index,
    warnings: result.warnings,
  };
}
