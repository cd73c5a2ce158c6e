import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { serbianCyrillic } from './serbian-script.js';

const best = (label: string) => findMetricsByPhrase(label)[0]?.metric.id;

describe('Estonian, Latvian, Lithuanian and Serbian row labels', () => {
  it.each([
    ['Otsesed KHG heitkogused (Scope 1)', 'ghg.scope1'],
    ['Tavajäätmed', 'waste.non_hazardous'],
    ['Koolitustunnid töötaja kohta', 'training.hours_average'],
    ['2. tvēruma emisijas', 'ghg.scope2'],
    ['Darbinieku mainība', 'turnover.rate'],
    ['Netiesioginiai ŠESD išmetimai (2 apimtis)', 'ghg.scope2'],
    ['Nepavojingos atliekos', 'waste.non_hazardous'],
    ['Direktne emisije (obim 1)', 'ghg.scope1'],
    ['Prirodni gas', 'energy.natural_gas'],
    // Serbian reports also name the scopes "obuhvat" ("Obuhvat 2 (tržišni metod)") and sum them "1 + 2".
    ['Obuhvat 1 ukupno', 'ghg.scope1'],
    ['Obuhvat 2 (tržišni metod)', 'ghg.scope2'],
    ['Emisije obuhvata 3 – poslovna putovanja', 'ghg.scope3'],
    ['Obuhvat 1 + 2', 'ghg.scope1_2'],
    ['Emisije obuhvata 1 i 2', 'ghg.scope1_2'],
    ['Obim 1 + 2', 'ghg.scope1_2'],
    ['Mrki ugalj', 'energy.coal'],
    // The rows an injury rate is recomputed from: hours worked and lost-time injuries.
    ['Töötatud tunnid', 'safety.hours_worked'],
    ['Töövõimetusega tööõnnetused', 'safety.lost_time_injuries'],
    ['Nostrādāto stundu skaits', 'safety.hours_worked'],
    // Latvian writes incapacity for work as one word or two ("darbnespēja", "darba nespēja").
    ['Nelaimes gadījumi ar darba nespēju', 'safety.lost_time_injuries'],
    ['Dirbtų valandų skaičius', 'safety.hours_worked'],
    ['Broj radnih časova', 'safety.hours_worked'],
    // Serbian Cyrillic: Serbian phrases and the Croatian ones Serbian shares, read in Cyrillic.
    ['Опасан отпад', 'waste.hazardous'],
    ['Укупна потрошња енергије', 'energy.total'],
    ['Флуктуација запослених', 'turnover.rate'],
    ['Смртни случајеви', 'safety.fatalities'],
  ])('reads "%s" as %s', (label, id) => {
    expect(best(label)).toBe(id);
  });

  it('writes Serbian Latin in Cyrillic letter for letter, digraphs as one letter, symbols as printed', () => {
    expect(serbianCyrillic('ukupna potrošnja energije')).toBe('укупна потрошња енергије');
    expect(serbianCyrillic('ljudi i džep')).toBe('људи и џеп');
    expect(serbianCyrillic('emisije co2 (ghg)')).toBe('емисије co2 (ghg)');
  });
});

describe('Serbian and Croatian air pollutants', () => {
  it.each([
    ['Ugljen-monoksid (CO)', 'air.co'],
    ['Ugljikov monoksid', 'air.co'],
    ['Oksidi azota (NOx)', 'air.nox'],
    ['Sumpor-dioksid (SO2)', 'air.sox'],
    // Coal itself stays coal.
    ['Mrki ugljen', 'energy.coal'],
  ])('%s is %s', (label, id) => {
    expect(best(label)).toBe(id);
  });
});
