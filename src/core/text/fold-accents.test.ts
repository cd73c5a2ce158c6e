import { describe, expect, it } from 'vitest';
import { foldAccents } from './fold-accents.js';

describe('foldAccents', () => {
  it('takes accents off and lower-cases', () => {
    expect(foldAccents('Captación de Agua')).toBe('captacion de agua');
    expect(foldAccents('Funcionários')).toBe('funcionarios');
    expect(foldAccents('Économie')).toBe('economie');
  });
});
