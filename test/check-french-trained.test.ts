// Extraction and check together on a French staff page: a headcount table whose two years are printed
// inside short rules over the right of their groups (the last one reaching over a share-of-women
// column after its group), its total row named by the date it counts ("Effectif au 31/12"), and
// sentences counting the people a course reached ("la formation … a concerné N collaborateurs").
// Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const PAGE = (reached: string) =>
  [
    'Tuilerie des Combes SA',
    'Ce rapport couvre l’exercice du 1er janvier au 31 décembre 2025.',
    '',
    'Tableau 3 – Effectif par atelier et par genre au 31/12',
    '',
    '                                      ——— 2024 ———                        ——— 2025 ———',
    'Atelier                   Hommes    Femmes     Total    Hommes    Femmes     Total  % femmes',
    'Cuisson                      211        37       248       219        41       260      15,8',
    'Façonnage                    305        64       369       298        70       368      19,0',
    'Effectif au 31/12            516       101       617       517       111       628      17,7',
    '',
    'Au total, 9 120 heures de formation ont été dispensées en 2025 à 497 collaborateurs.',
    `La formation incendie a concerné ${reached} collaborateurs sur les deux ateliers.`,
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a French headcount table under short year rules, and the people a course reached', () => {
  it('dates each group by the rule over it, the share column by the last, and reads the year-end row as headcount', () => {
    const total = facts(PAGE('583'))
      .filter((f) => f.provenance.kind === 'document' && f.provenance.location.line === 10)
      .map((f) => [f.metric, f.period.year, f.dims.gender ?? '', f.quantity.value.toString()]);
    expect(total).toEqual([
      ['workforce.total', 2024, 'male', '516'],
      ['workforce.total', 2024, 'female', '101'],
      ['workforce.total', 2024, '', '617'],
      ['workforce.total', 2025, 'male', '517'],
      ['workforce.total', 2025, 'female', '111'],
      ['workforce.total', 2025, '', '628'],
      ['workforce.share', 2025, 'female', '17.7'],
    ]);
  });

  it('reads the people a course reached as trained, and finds more of them than the headcount', () => {
    const trained = facts(PAGE('583')).filter((f) => f.metric === 'training.trained');
    expect(trained.map((f) => f.quantity.value.toString())).toEqual(['497', '583']);
    const rules = (reached: string) =>
      checkFacts({ facts: facts(PAGE(reached)) })
        .findings.filter((f) => f.severity !== 'info')
        .map((f) => f.rule);
    expect(rules('583')).not.toContain('count.group');
    expect(rules('646').some((r) => r.startsWith('count.'))).toBe(true);
  });
});
