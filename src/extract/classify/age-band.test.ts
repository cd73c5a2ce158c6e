import { describe, expect, it } from 'vitest';
import { ageBand, headsAgeGroups } from './age-band.js';
import { inferDims } from './dims.js';

// Age bands worded in the languages staff tables are printed in. Invented labels.
describe('age bands in other languages', () => {
  it('reads Vietnamese bands', () => {
    expect(ageBand('dưới 30 tuổi')).toBe('<30');
    expect(ageBand('từ 30 đến 50 tuổi')).toBe('30-50');
    expect(ageBand('trên 50 tuổi')).toBe('>50');
    expect(ageBand('từ 50 tuổi trở lên')).toBe('>50');
  });

  it('reads Indonesian and Malay bands', () => {
    expect(ageBand('di bawah 30 tahun')).toBe('<30');
    expect(ageBand('30 sampai 50 tahun')).toBe('30-50');
    expect(ageBand('di atas 50 tahun')).toBe('>50');
    expect(ageBand('lebih dari 50 tahun')).toBe('>50');
  });

  it('reads Japanese bands, closed at both ends or open', () => {
    expect(ageBand('30歳未満')).toBe('<30');
    expect(ageBand('30歳以上50歳未満')).toBe('30-50');
    expect(ageBand('30～50歳')).toBe('30-50');
    expect(ageBand('50歳以上')).toBe('>50');
  });

  it('reads Turkish, Italian, Dutch, Nordic, Russian, Portuguese and Thai bands', () => {
    expect(ageBand('30 yaş altı')).toBe('<30');
    expect(ageBand('50 yaş ve üzeri')).toBe('>50');
    expect(ageBand('meno di 30 anni')).toBe('<30');
    expect(ageBand('tra 30 e 50 anni')).toBe('30-50');
    expect(ageBand('oltre 50 anni')).toBe('>50');
    expect(ageBand('jonger dan 30 jaar')).toBe('<30');
    expect(ageBand('ouder dan 50 jaar')).toBe('>50');
    expect(ageBand('över 50 år')).toBe('>50');
    expect(ageBand('от 30 до 50 лет')).toBe('30-50');
    expect(ageBand('старше 50 лет')).toBe('>50');
    expect(ageBand('acima de 50 anos')).toBe('>50');
    expect(ageBand('ต่ำกว่า 30 ปี')).toBe('<30');
    expect(ageBand('entre 30 et 50 ans')).toBe('30-50');
  });

  it('reads no band from a word that only ends in an age word, or a figure without an age word', () => {
    expect(ageBand('turnover 50 persons')).toBeUndefined();
    expect(ageBand('dưới 30 người')).toBeUndefined();
    expect(ageBand('batas 50 ton')).toBeUndefined();
  });

  it('knows an age heading in those languages', () => {
    expect(headsAgeGroups('Theo độ tuổi')).toBe(true);
    expect(headsAgeGroups('Berdasarkan usia')).toBe(true);
    expect(headsAgeGroups('年齢別')).toBe(true);
    expect(headsAgeGroups('Theo chức danh')).toBe(false);
    expect(headsAgeGroups('Stage of works')).toBe(false);
  });

  it('gives a Vietnamese staff row its band and no category', () => {
    expect(inferDims('Dưới 30 tuổi', 'Theo độ tuổi')).toEqual({ age: '<30' });
    expect(inferDims('Trên 50 tuổi', 'Theo độ tuổi')).toEqual({ age: '>50' });
  });

  it('reads Georgian bands and a Georgian age heading', () => {
    expect(ageBand('30 წლამდე')).toBe('<30');
    expect(ageBand('30–50 წელი')).toBe('30-50');
    expect(ageBand('50 წელზე მეტი')).toBe('>50');
    expect(ageBand('50 წელზე უფროსი')).toBe('>50');
    expect(headsAgeGroups('ასაკობრივი ჯგუფი')).toBe(true);
  });

  it('reads a Romanian band joined by "și" and a Romanian age heading', () => {
    expect(ageBand('Între 35 și 45 de ani')).toBe('35-45');
    expect(headsAgeGroups('Grupa de vârstă')).toBe(true);
  });

  it('reads open-ended and fixed-term contracts in Romanian, Portuguese and Spanish', () => {
    const type = (label: string) => inferDims(label, '', true).employment_type;
    expect(type('Contract pe perioadă nedeterminată')).toBe('permanent');
    expect(type('Contract pe perioadă determinată')).toBe('fixed-term');
    expect(type('Prazo indeterminado')).toBe('permanent');
    expect(type('Contrato por tempo determinado')).toBe('fixed-term');
    expect(type('Tiempo indeterminado')).toBe('permanent');
    expect(type('Plazo determinado')).toBe('fixed-term');
  });
});
