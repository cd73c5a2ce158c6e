// Test support: builds core Facts the way a report prints them, so rule tests read like the report.
import { dec, type Fact, type Unit } from '../../core/index.js';

const UNITS: Record<string, Unit> = {
  tCO2e: { symbol: 'tCO2e', dimension: 'ghg', toBase: dec(1000) },
  kgCO2e: { symbol: 'kgCO2e', dimension: 'ghg', toBase: dec(1) },
  MWh: { symbol: 'MWh', dimension: 'energy', toBase: dec(1000) },
  kWh: { symbol: 'kWh', dimension: 'energy', toBase: dec(1) },
  tce: { symbol: 'tce', dimension: 'energy:coal_equivalent', toBase: dec(1000) },
  t: { symbol: 't', dimension: 'mass', toBase: dec(1000) },
  kg: { symbol: 'kg', dimension: 'mass', toBase: dec(1) },
  m3: { symbol: 'm3', dimension: 'volume', toBase: dec(1) },
  persons: { symbol: 'persons', dimension: 'count', toBase: dec(1), counted: 'persons' },
  count: { symbol: 'count', dimension: 'count', toBase: dec(1) },
  hours: { symbol: 'hours', dimension: 'time', toBase: dec(1) },
  'hours/person': { symbol: 'hours/person', dimension: 'time/count', toBase: dec(1) },
  '%': { symbol: '%', dimension: 'ratio', toBase: dec('0.01') },
  RMB: { symbol: 'RMB', dimension: 'money:RMB', toBase: dec(1) },
};

/** A unit of the test table by symbol. */
export function testUnit(symbol: string): Unit {
  const u = UNITS[symbol];
  if (!u) throw new Error(`test unit not defined: ${symbol}`);
  return u;
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
  readonly extraction?: 'table' | 'text';
  readonly basis?: Fact['basis'];
}

/** A document fact as extracted from a report's line. */
export function printed(spec: PrintedSpec): Fact {
  const scale = dec(spec.scale ?? 1);
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
      reported: { value: spec.value, unit: spec.unit },
      extraction: spec.extraction ?? 'table',
    },
    status: 'unverified',
    ...(spec.label === undefined ? {} : { label: spec.label }),
  };
}
