// A gender's share of the workforce stated in a sentence ("men make up 63% of our employees").
import { describe, expect, it } from 'vitest';
import { mentionsOf } from './testing/read-mentions.js';

const shareOf = (text: string) =>
  mentionsOf(text, 2024)
    .filter((m) => m.unit === '%')
    .map((m) => ({ value: m.value, label: m.label, dims: m.dims }));

describe('a gender’s share of the workforce in prose', () => {
  it('names the share as a workforce proportion with the gender its words give', () => {
    const [men] = shareOf('Men make up 63.5% of our employees at the two mills.');
    expect(men?.value).toBe('63.5');
    expect(men?.label).toMatch(/^proportion of employees/);
    expect(men?.dims).toMatchObject({ gender: 'male' });
    const [women] = shareOf('Female colleagues accounted for 29% of the workforce in 2024.');
    expect(women?.dims).toMatchObject({ gender: 'female' });
  });

  it('leaves a share of another population or with no gender as it was', () => {
    const [hires] = shareOf('Women made up 47% of new hires.');
    expect(hires?.label ?? '').not.toMatch(/^proportion of employees/);
    const [plant] = shareOf('The Osaka plant accounts for 22% of our workforce.');
    expect(plant?.label ?? '').not.toMatch(/^proportion of employees/);
  });

  it.each([
    ['Wanita merangkumi 41.2% daripada 2,305 pekerja kami.', 'female'],
    ['Perempuan mencakup 41,2% dari 2.305 karyawan.', 'female'],
    ['Muži tvoria 58,8 % z 2 305 zamestnancov.', 'male'],
    ['Kobiety stanowią 41,2% spośród 2305 pracowników.', 'female'],
    ['Ženske predstavljajo 41,2 % od 2.305 zaposlenih.', 'female'],
    ['Femeile reprezintă 41,2% din cei 2.305 angajați.', 'female'],
    ['Las mujeres representan el 41,2% de los 2.305 empleados.', 'female'],
    ['As mulheres representam 41,2% dos 2.305 colaboradores.', 'female'],
    ['Le donne rappresentano il 41,2% dei 2.305 dipendenti.', 'female'],
    ['Frauen stellen 41,2 % der 2.305 Beschäftigten.', 'female'],
    ['Vrouwen vormen 41,2% van de 2.305 medewerkers.', 'female'],
    ["Kadınlar 2.305 çalışanın %41,2'sini oluşturuyor.", 'female'],
  ])('reads "%s" as a workforce share of one gender', (sentence, gender) => {
    const [share] = shareOf(sentence);
    expect(share?.label).toMatch(/^proportion of employees/);
    expect(share?.dims).toMatchObject({ gender });
  });
});

describe('a gender’s share in brackets after the part "of whom" takes from a count of people', () => {
  it.each([
    ['Tehases töötas 740 inimest, neist 262 meest (35.4%).', 'male'],
    ['Das Werk hatte 740 Beschäftigte, davon 262 Frauen (35,4 %).', 'female'],
    ['Na kraju godine bilo je 740 zaposlenih, od toga 262 žena (35,4%).', 'female'],
    ['The plant had 740 employees, of whom 262 women (35.4%).', 'female'],
  ])('names the share of "%s" as that gender’s proportion of employees', (sentence, gender) => {
    const [share] = shareOf(sentence);
    expect(share?.label).toMatch(/^proportion of employees/);
    expect(share?.dims).toMatchObject({ gender });
  });
});
