import type { Fact } from '../../core/index.js';
import { metricLabel } from './dims-label.js';
import type { AspectSection, DocumentRow, FactorRow, MethodRow, MethodsAppendix } from './report-model.js';

/**
 * The appendix of methods and sources for every figure printed: each calculation formula with the
 * metrics computed by it, each factor with its value, unit, data year and publisher, and each source
 * document with the pages figures were read from.
 */
export function buildAppendix(sections: readonly AspectSection[]): MethodsAppendix {
  const facts: Fact[] = sections.flatMap((s) =>
    (s.table?.rows ?? []).flatMap((r) => r.cells.flatMap((c) => (c ? [c.fact] : []))),
  );
  const methods = new Map<string, Set<string>>();
  const factors = new Map<string, { row: Omit<FactorRow, 'usedBy'>; usedBy: Set<string> }>();
  const documents = new Map<string, { pages: Set<number>; facts: number }>();
  let entries = 0;
  for (const fact of facts) {
    const p = fact.provenance;
    const label = metricLabel(fact.metric, fact.label);
    if (p.kind === 'calculation') {
      for (const formula of p.formula.split('; ').filter((f) => f !== '')) {
        methods.set(formula, (methods.get(formula) ?? new Set()).add(label));
      }
      for (const f of p.factors) {
        const held = factors.get(f.id) ?? {
          row: {
            id: f.id,
            value: f.value,
            unit: f.unit,
            source: f.source,
            ...(f.dataYear === undefined ? {} : { dataYear: f.dataYear }),
          },
          usedBy: new Set<string>(),
        };
        held.usedBy.add(label);
        factors.set(f.id, held);
      }
    } else if (p.kind === 'document') {
      const held = documents.get(p.document) ?? { pages: new Set<number>(), facts: 0 };
      if (p.location.page !== undefined) held.pages.add(p.location.page);
      held.facts++;
      documents.set(p.document, held);
    } else {
      entries++;
    }
  }
  const methodRows: MethodRow[] = [...methods].map(([formula, metrics]) => ({
    formula,
    metrics: [...metrics].sort(),
  }));
  const factorRows: FactorRow[] = [...factors.values()]
    .map(({ row, usedBy }) => ({ ...row, usedBy: [...usedBy].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const documentRows: DocumentRow[] = [...documents].map(([document, d]) => ({
    document,
    pages: [...d.pages].sort((a, b) => a - b),
    facts: d.facts,
  }));
  return { methods: methodRows, factors: factorRows, documents: documentRows, entries };
}
