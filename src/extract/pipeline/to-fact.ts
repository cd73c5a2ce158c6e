import { Decimal, parseUnit, quantity, type Fact } from '../../core/index.js';
import type { ClassifiedMention } from '../classify/index.js';
import { UNCLASSIFIED } from './extract-result.js';

/** Builds the core fact for a classified mention, with its document provenance. */
export function toFact(c: ClassifiedMention, entity: string, document: string): Fact {
  const m = c.mention;
  const location = m.page === undefined ? { line: m.line } : { line: m.line, page: m.page };
  return {
    entity,
    period: { year: m.year },
    metric: c.metric?.id ?? UNCLASSIFIED,
    dims: c.dims,
    quantity: c.quantity ?? quantity(new Decimal(m.value), parseUnit('')),
    basis: m.basis,
    provenance: {
      kind: 'document',
      document,
      location,
      quote: m.quote.slice(0, 600),
      reported: { value: m.value, unit: m.unit },
      extraction: m.kind,
    },
    status: 'unverified',
    label: m.label,
  };
}
