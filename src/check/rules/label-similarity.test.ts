import { describe, expect, it } from 'vitest';
import { wordSimilarity, wordsOf } from './label-similarity.js';

const match = (a: string, b: string) => wordSimilarity(wordsOf(a), wordsOf(b));

describe('label similarity in Chinese, Japanese and Korean', () => {
  it('reads each run of Han, kana or Hangul as its pairs of adjacent characters', () => {
    expect([...wordsOf('용수 사용량')]).toEqual(['용수', '사용', '용량']);
    expect([...wordsOf('Energy 能源消耗')]).toEqual(['energy', '能源', '源消', '消耗']);
  });

  it('finds labels sharing a compound alike, spaced or not', () => {
    const spaced = match('폐수 방류량', '방류량 합계');
    expect(spaced.similarity).toBe(0.5);
    expect(match('直接排放', '直接 排放').similarity).toBeGreaterThan(0.5);
    expect(match('温室气体排放总量', '用电量').similarity).toBe(0);
  });

  it('counts a pair as half a word, so a short compound is too short to tell figures apart', () => {
    expect(match('全年节约', '全年节约').words).toBe(1.5);
    expect(match('Scope 1 direct emissions', 'Scope 1 direct emissions').words).toBe(3);
  });
});

describe('label similarity in Cyrillic, Greek, Georgian and Thai', () => {
  it('reads a Cyrillic or Greek word by its first letters, accents dropped, and Thai by character pairs', () => {
    expect([...wordsOf('Общо водочерпенето')]).toEqual(['общо', 'водоче']);
    expect([...wordsOf('Κατανάλωση νερού')]).toEqual(['κατανα', 'νερου']);
    expect([...wordsOf('น้ำใช้')]).toEqual(['น้', '้ำ', 'ำใ', 'ใช', 'ช้']);
  });

  it('finds two printings of one Bulgarian figure alike and two unrelated ones unlike', () => {
    expect(match('Водочерпене общо', 'Общо водочерпене').similarity).toBe(1);
    expect(match('Водочерпене общо', 'Отпадъци опасни').similarity).toBe(0);
  });

  it('reads Georgian words: a key figure and its table row alike, another row unlike', () => {
    // Invented: "bottled juice" beside "bottled juice, million litres"; "sugar purchased".
    expect(match('ჩამოსხმული წვენი, მლნ ლიტრი', 'ჩამოსხმული წვენი').similarity).toBeGreaterThan(0.4);
    expect(match('ჩამოსხმული წვენი', 'შესყიდული შაქარი').similarity).toBe(0);
  });
});
