import { describe, expect, it } from 'vitest';
import { cleanText } from './markup.js';

// Mongolian prints "хувь" (per cent) after the figure with a case ending ("хувиар", by … per cent; "хувийг").
// Invented sentences.
describe('Mongolian per-cent word', () => {
  it('reads "хувь" and its case forms after a figure as the percent sign', () => {
    expect(cleanText('Усны хэрэглээ 6,5 хувиар өссөн.')).toBe('Усны хэрэглээ 6,5% өссөн.');
    expect(cleanText('Эмэгтэйчүүд 41,2 хувийг эзэлж байна.')).toBe('Эмэгтэйчүүд 41,2% эзэлж байна.');
  });

  it('leaves the word alone where no figure stands before it', () => {
    expect(cleanText('Хувь нийлүүлэгчдийн хурал')).toBe('Хувь нийлүүлэгчдийн хурал');
  });
});
