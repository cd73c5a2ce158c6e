import { describe, expect, it } from 'vitest';
import { inferDims } from './index.js';

describe('inferDims: staff categories named in Spanish, Portuguese or French', () => {
  it('reads a category row with no heading above it', () => {
    expect(inferDims('Operarios', '')).toEqual({ employee_category: 'operarios' });
    expect(inferDims('Técnicos de mantenimiento', '')).toEqual({
      employee_category: 'técnicos de mantenimiento',
    });
    expect(inferDims('Chefias intermédias', '')).toEqual({ employee_category: 'chefias intermédias' });
    expect(inferDims('Cadres', '')).toEqual({ employee_category: 'cadres' });
  });

  it('leaves words for employees in general to the heading', () => {
    expect(inferDims('Empleados', '')).toEqual({});
    expect(inferDims('Empleados', 'by category')).toEqual({ employee_category: 'empleados' });
  });

  it('does not read a category into a sentence', () => {
    expect(inferDims('operarios', '', false)).toEqual({});
  });
});

describe('inferDims: staff categories named in Italian', () => {
  it('reads the contract grades as categories, with or without a heading above them', () => {
    expect(inferDims('Dirigenti', '')).toEqual({ employee_category: 'dirigenti' });
    expect(inferDims('Quadri', '')).toEqual({ employee_category: 'quadri' });
    expect(inferDims('Impiegati amministrativi', '')).toEqual({
      employee_category: 'impiegati amministrativi',
    });
    expect(inferDims('Operai', '')).toEqual({ employee_category: 'operai' });
    expect(inferDims('Operai', '', false)).toEqual({});
  });
});

describe('inferDims: "production" names staff, a product before it an output', () => {
  it("reads production staff as a category and a product's production as none", () => {
    expect(inferDims('Production', '')).toEqual({ employee_category: 'production' });
    expect(inferDims('Production and maintenance workers', '')).toEqual({
      employee_category: 'production and maintenance workers',
    });
    expect(inferDims('Zinc concentrate production', '')).toEqual({});
    expect(inferDims('Cement and clinker production, kt', '')).toEqual({});
  });
});

describe('inferDims: a "Supervisory" row is a staff category', () => {
  it('reads the adjective as the category between management and frontline rows', () => {
    expect(inferDims('Supervisory', '')).toEqual({ employee_category: 'supervisory' });
    expect(inferDims('Supervisory grades', '')).toEqual({ employee_category: 'supervisory grades' });
  });
});
