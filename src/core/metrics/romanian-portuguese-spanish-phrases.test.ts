import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as Romanian, Brazilian and Mexican sustainability reports print them
// (metrics.ro/pt/es.data.json). Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['Totalul angajaților', 'workforce.total'],
  ['Ore medii de instruire per angajat', 'training.hours_average'],
  ['Sponsorizări și donații', 'community.donations'],
  ['Numărul de furnizori', 'suppliers.count'],
  ['Reclamațiile clienților', 'product.complaints'],
  ['Desligamentos', 'turnover.count'],
  ['Taxa de rotatividade', 'turnover.rate'],
  ['Horas médias de treinamento por colaborador', 'training.hours_average'],
  ['Resíduos destinados a aterro', 'waste.disposed'],
  ['Participação de fontes renováveis', 'energy.renewable_share'],
  ['Bajas de personal', 'turnover.count'],
  ['Tasa de rotación', 'turnover.rate'],
  ['Fallecimientos', 'safety.fatalities'],
  ['Número de proveedores', 'suppliers.count'],
  ['Emisiones indirectas por energía', 'ghg.scope2'],
];

describe('Romanian, Portuguese and Spanish metric phrases', () => {
  it.each(LABELS)('reads "%s" as %s', (label, metric) => {
    expect(findMetricsByPhrase(label)[0]?.metric.id).toBe(metric);
  });

  it('leaves a scope row that also names GHG emissions to its scope', () => {
    expect(findMetricsByPhrase('Emisiones de GEI alcance 1')[0]?.metric.id).toBe('ghg.scope1');
    expect(findMetricsByPhrase('Emissões de GEE escopo 2')[0]?.metric.id).toBe('ghg.scope2');
  });
});
