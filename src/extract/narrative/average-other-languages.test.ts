import { describe, expect, it } from 'vitest';
import { classifyMention } from '../classify/index.js';
import { mentionsOf } from './testing/read-mentions.js';

// Averages per person as Central European, Romance, Dutch, German, Turkish and Finnish prose prints them. The
// first line makes each text a decimal-comma one, as such reports are. Invented figures.
const COMMA = 'Delež: 31,5 %, 32,6 %, 33,7 %.\n\n';

/** The averages a paragraph gives, with their metric. */
function averages(text: string) {
  return mentionsOf(COMMA + text, 2024)
    .filter((m) => m.unit !== '%')
    .map((m) => ({ value: m.value, metric: classifyMention(m, ['gri-2021']).metric?.id }))
    .filter((m) => m.metric === 'training.hours_average');
}

describe('averages per person in other languages (GRI 404-1)', () => {
  it.each([
    ['Slovene', 'Skupaj smo izvedli 9.114 ur usposabljanj, kar je povprečno 16,3 ure na zaposlenega.'],
    ['Slovak', 'Zamestnanci absolvovali 9 114 hodín školení, v priemere 16,3 hodiny na zamestnanca.'],
    ['Czech', 'Zaměstnanci absolvovali 9 114 hodin školení, průměrně 16,3 hodiny na zaměstnance.'],
    ['Polish', 'Przeprowadziliśmy 9 114 godzin szkoleń, średnio 16,3 godziny na pracownika.'],
    ['Croatian', 'Održano je 9.114 sati osposobljavanja, prosječno 16,3 sata po zaposleniku.'],
    ['Hungarian', 'Összesen 9 114 óra képzést tartottunk, átlagosan 16,3 óra munkavállalónként.'],
    ['Romanian', 'Am organizat 9.114 ore de instruire, în medie 16,3 ore per angajat.'],
    ['Italian', 'Abbiamo erogato 9.114 ore di formazione, in media 16,3 ore per dipendente.'],
    ['Dutch', 'We verzorgden 9.114 uur opleiding, gemiddeld 16,3 uur per medewerker.'],
    [
      'German',
      'Es fanden 9.114 Stunden Weiterbildung statt, durchschnittlich 16,3 Stunden pro Mitarbeitenden.',
    ],
    ['Turkish', 'Toplam 9.114 saat eğitim verildi; çalışan başına ortalama 16,3 saat.'],
    ['Portuguese', 'Realizámos 9.114 horas de formação, média de 16,3 horas por colaborador.'],
    ['Finnish', 'Koulutukseen käytettiin 9 114 tuntia eli keskimäärin 16,3 tuntia työntekijää kohden.'],
    ['Finnish (kohti)', 'Järjestimme 9 114 tuntia koulutusta, 16,3 tuntia henkilöä kohti.'],
    ['Armenian', 'Անցկացվել է 9 114 ժամ վերապատրաստում, միջինը՝ 16,3 ժամ մեկ աշխատողի հաշվով։'],
    [
      'Armenian (միջին հաշվով)',
      'Ուսուցման ժամերը կազմեցին 9 114, կամ միջին հաշվով 16,3 ժամ մեկ անձի հաշվով։',
    ],
  ])('reads a %s average of training hours per employee', (_language, text) => {
    expect(averages(text)).toEqual([{ value: '16.3', metric: 'training.hours_average' }]);
  });

  it('reads Italian and Romanian "ore" as hours only in their phrases: English ore is mined', () => {
    const found = mentionsOf('The concentrator assayed 1,450 ore samples in 2024.', 2024);
    expect(found.map((m) => m.unit)).not.toContain('hours');
  });
});
