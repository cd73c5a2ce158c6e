import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

const best = (label: string) => findMetricsByPhrase(label)[0]?.metric.id;

// GRI 201-1 rows as its translations word them; each part of the value distributed is its own metric.
describe('economic value generated and distributed rows', () => {
  it.each([
    ['Operating costs', 'economic.operating_costs'],
    ['Employee wages and benefits', 'economic.employee_wages'],
    ['Payments to providers of capital', 'economic.capital_payments'],
    ['Economic value retained', 'economic.value_retained'],
    ['Costos operativos', 'economic.operating_costs'],
    ['Valor económico retenido', 'economic.value_retained'],
    ['Salários e benefícios', 'economic.employee_wages'],
    ['Valor econômico distribuído', 'economic.value_distributed'],
    ['Pembayaran kepada pemerintah', 'economic.taxes'],
    ['Nilai ekonomi yang ditahan', 'economic.value_retained'],
    ['员工薪酬及福利', 'economic.employee_wages'],
    ['留存的经济价值', 'economic.value_retained'],
  ])('reads "%s" as %s', (label, metric) => {
    expect(best(label)).toBe(metric);
  });
});

// Localisation quotas by citizenship or nationality (Botswana, the Gulf, Indonesia's local hires).
describe('nationals rows', () => {
  it.each([
    ['Citizen employees', 'workforce.nationals'],
    ['Citizen share', 'workforce.nationals_share'],
    ['Saudisation rate', 'workforce.nationals_share'],
    ['Karyawan lokal', 'workforce.nationals'],
    ['本地员工占比', 'workforce.nationals_share'],
  ])('reads "%s" as %s', (label, metric) => {
    expect(best(label)).toBe(metric);
  });
});
