// Test support: builds core Facts the way a report prints them, so rule tests read like the report.
import { dec, unitOf, type Fact, type Unit } from '../../core/index.js';

/** A unit of the registry by canonical symbol. */
export function testUnit(symbol: string): Unit {
  return unitOf(symbol);
}

/** How a test describes a printed figure. */
export interface PrintedSpec {
  readonly metric: string;
  /** The number as printed, separators removed ("533.30"). */
  readonly value: string;
  /** Canonical unit symbol of the fact. */
  readonly unit: string;
  readonly year: number;
  readonly line: number;
  readonly dims?: Record<string, string>;
  readonly label?: string;
  /** The source snippet; defaults to the label and the printed number. */
  readonly quote?: string;
  /** Factor from the printed scale to the fact's unit ("RMB 10,000" → 10000). */
  readonly scale?: string;
  /** The unit printed, when the fact's canonical unit differs ("tce" for an energy metric in MWh). */
  readonly printedUnit?: string;
  readonly extraction?: 'table' | 'text';
  readonly basis?: Fact['basis'];
}

/** A document fact as extracted from a report's line. */
export function printed(spec: PrintedSpec): Fact {
  const unitScale = spec.printedUnit ? unitOf(spec.printedUnit).toBase.div(unitOf(spec.unit).toBase) : dec(1);
  const scale = dec(spec.scale ?? 1).times(unitScale);
  return {
    entity: 'Test Co',
    period: { year: spec.year },
    metric: spec.metric,
    dims: spec.dims ?? {},
    quantity: { value: dec(spec.value).times(scale), unit: testUnit(spec.unit) },
    basis: spec.basis ?? 'actual',
    provenance: {
      kind: 'document',
      document: 'report.txt',
      location: { line: spec.line },
      quote: spec.quote ?? `${spec.label ?? spec.metric}\t${spec.value}`,
      reported: { value: spec.value, unit: spec.printedUnit ?? spec.unit },
      extraction: spec.extraction ?? 'table',
    },
    status: 'unverified',
    ...(spec.label === undefined ? {} : { label: spec.label }),
  };
}
