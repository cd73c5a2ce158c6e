import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { phraseKey } from './phrase-tokens.js';

// Row labels as Finnish, Danish, Swedish, Czech, Slovak, Hungarian, Hebrew, Malay and Italian
// sustainability reports print them (metrics.fi/da/sv/cs/sk/hu/he/ms/it.data.json). Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['Suorat päästöt (Scope 1)', 'ghg.scope1'],
  // Economic value generated is GRI 201-1's whole, not revenue, though its bracket names sales.
  ['Priama vytvorená ekonomická hodnota (tržby)', 'economic.value_generated'],
  ['Vytvořená ekonomická hodnota', 'economic.value_generated'],
  ['Kasvihuonekaasupäästöt yhteensä', 'ghg.total'],
  ['Energian kokonaiskulutus', 'energy.total'],
  ['Vaaralliset jätteet', 'waste.hazardous'],
  ['Henkilöstön vaihtuvuus', 'turnover.rate'],
  ['Koulutustunnit per työntekijä', 'training.hours_average'],
  ['Koulutustunnit / työntekijä', 'training.hours_average'],
  // A product's output in tonnes or m³, the product named before "tuotanto" (production).
  ['Kartongin tuotanto', 'production.output'],
  ['Tuotanto yhteensä (t)', 'production.output'],
  ['Direkte udledning', 'ghg.scope1'],
  ['Ikke-farligt affald', 'waste.non_hazardous'],
  ['Personaleomsætning', 'turnover.rate'],
  ['Leverandører', 'suppliers.count'],
  ['Indirekta utsläpp från energi', 'ghg.scope2'],
  ['Farligt avfall', 'waste.hazardous'],
  ['Utbildningstimmar per anställd', 'training.hours_average'],
  ['Přímé emise skleníkových plynů', 'ghg.scope1'],
  ['Nebezpečný odpad', 'waste.hazardous'],
  ['Počet zaměstnanců', 'workforce.total'],
  ['Pracovní úrazy', 'safety.injuries'],
  ['Nepriame emisie (rozsah 2)', 'ghg.scope2'],
  // Scope 1 and 2 summed, as Czech and Slovak tables print it with a plus sign.
  ['Rozsah 1 + 2', 'ghg.scope1_2'],
  ['Emisie rozsahu 1 + 2', 'ghg.scope1_2'],
  ['Emise rozsahu 1 + 2', 'ghg.scope1_2'],
  ['Fluktuácia zamestnancov', 'turnover.rate'],
  ['Odchody zamestnancov', 'turnover.count'],
  ['Agentúrni pracovníci', 'workforce.non_employees'],
  ['Odchody zaměstnanců', 'turnover.count'],
  ['Agenturní pracovníci', 'workforce.non_employees'],
  ['Odhodi zaposlenih', 'turnover.count'],
  ['Agencijski delavci', 'workforce.non_employees'],
  ['Közvetlen kibocsátás', 'ghg.scope1'],
  ['Nem veszélyes hulladék', 'waste.non_hazardous'],
  ['Munkavállalók száma', 'workforce.total'],
  ['Képzési órák egy főre', 'training.hours_average'],
  ['פליטות היקף 2', 'ghg.scope2'],
  ['סך פליטות גזי חממה', 'ghg.total'],
  ['צריכת החשמל', 'energy.electricity'],
  ['פסולת מסוכנת', 'waste.hazardous'],
  ['פסולת שאינה מסוכנת', 'waste.non_hazardous'],
  ['שיעור תחלופה', 'turnover.rate'],
  ['Pelepasan Skop 1', 'ghg.scope1'],
  ['Sisa terjadual', 'waste.hazardous'],
  ['Sisa tidak terjadual', 'waste.non_hazardous'],
  ['Kadar pusing ganti pekerja', 'turnover.rate'],
  ['Pelaburan komuniti', 'community.donations'],
  ['Motorová nafta (firemné vozidlá)', 'energy.diesel'],
  ['Podiel obnoviteľnej energie', 'energy.renewable_share'],
  ['Gázolaj', 'energy.diesel'],
  ['Odvzem vode', 'water.withdrawal'],
  ['Nevarni odpadki', 'waste.hazardous'],
  ['Delež žensk (%)', 'workforce.share'],
  ['Ure usposabljanja skupaj', 'training.hours_total'],
  ['Neposredne emisije (obseg 1)', 'ghg.scope1'],
  ['Peratusan wanita', 'workforce.share'],
  ['Pengambilan baharu', 'hires.count'],
  ['Pekerja berhenti', 'turnover.count'],
  ['Pelepasan Skop 1 dan Skop 2', 'ghg.scope1_2'],
  ['Emissioni dirette (Scope 1)', 'ghg.scope1'],
  ['Consumi energetici', 'energy.total'],
  ['Tasso di turnover', 'turnover.rate'],
  ['Ore medie di formazione per dipendente', 'training.hours_average'],
  ['Infortuni sul lavoro', 'safety.injuries'],
];

describe('Nordic, Central European, Hebrew, Malay and Italian metric phrases', () => {
  it.each(LABELS)('reads "%s" as %s', (label, metric) => {
    expect(findMetricsByPhrase(label)[0]?.metric.id).toBe(metric);
  });

  it('reads Danish and Norwegian ø and æ as letters of their word, not as a break in it', () => {
    expect(phraseKey('Strømforbrug')).toBe('stromforbrug');
    expect(phraseKey('Affaldsmængde')).toBe(phraseKey('affaldsmaengde'));
    expect(phraseKey('Affaldsmængde').split(' ')).toHaveLength(1);
  });

  it('reads Hebrew with or without its vowel points', () => {
    expect(phraseKey('צְרִיכַת חַשְׁמַל')).toBe(phraseKey('צריכת חשמל'));
  });
});
