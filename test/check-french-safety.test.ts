// Extraction and check together on a safety table printed in French only: unit cells "nombre",
// "heures", "jours" beside French row names, and a frequency rate named by its French abbreviation
// (TF1: accidents with time off per million hours worked). Company and figures are invented.
import { describe, expect, it } from 'vitest';
import { checkFacts } from '../src/check/index.js';
import { extractDocument } from '../src/extract/index.js';
import { docFromText } from './support/doc-from-text.js';

const TABLE = (rate: string) =>
  [
    'Verrerie des Causses SAS',
    'Ce rapport couvre l’exercice du 1er janvier au 31 décembre 2025.',
    '',
    'Indicateur                              Unité              2025          2024',
    'Heures travaillées                      heures        1 274 800     1 198 500',
    'Accidents avec arrêt                    nombre                9            11',
    "Jours d'arrêt                           jours               305           377",
    `Taux de fréquence (TF1)                                   ${rate}          9,18`,
    'Accidents mortels                       nombre                0             0',
    '',
  ].join('\n');

function facts(text: string) {
  return extractDocument(docFromText(text)).facts.map((f) => f.fact);
}

describe('a safety table in French', () => {
  it('reads hours worked, lost-time injuries, lost days, their frequency rate and fatalities', () => {
    const found = facts(TABLE('7,06'))
      .filter((f) => f.period.year === 2025)
      .map((f) => [f.metric, f.quantity.value.toString(), f.quantity.unit.symbol]);
    expect(found).toEqual([
      ['safety.hours_worked', '1274800', 'hours'],
      ['safety.lost_time_injuries', '9', 'count'],
      ['safety.lost_days', '305', 'days'],
      ['safety.lost_time_injury_rate', '7.06', ''],
      ['safety.fatalities', '0', 'persons'],
    ]);
  });

  it('checks the rate against the injuries and hours', () => {
    // 9 × 1,000,000 / 1,274,800 = 7.06 per million hours; 11 × 1,000,000 / 1,198,500 = 9.18.
    const rules = (rate: string) => checkFacts({ facts: facts(TABLE(rate)) }).findings.map((f) => f.rule);
    expect(rules('7,06')).not.toContain('rate.injury');
    expect(rules('7,64')).toContain('rate.injury');
  });
});
