import { describe, expect, it } from 'vitest';
import { parseUnit } from '../units/parse-unit.js';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as the tables of Iranian sustainability reports print them (metrics.fa.data.json), digits
// already folded to ASCII. Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['جمع دامنه 1', 'ghg.scope1'],
  ['انتشار دامنه 2 (مبتنی بر بازار)', 'ghg.scope2'],
  ['جمع دامنه 1 و 2', 'ghg.scope1_2'],
  ['شدت انتشار (تن CO2e بر تن محصول)', 'ghg.intensity'],
  ['کل مصرف انرژی', 'energy.total'],
  ['برق خریداری‌شده از شبکه سراسری', 'energy.electricity'],
  ['برق نیروگاه خورشیدی پشت‌بام', 'energy.renewable'],
  ['سهم برق خورشیدی از مصرف برق (درصد)', 'energy.renewable_share'],
  ['جمع برداشت آب', 'water.withdrawal'],
  ['پسماند ویژه (روغن سوخته و باتری)', 'waste.hazardous'],
  ['پسماند عادی', 'waste.non_hazardous'],
  ['جمع پسماند', 'waste.total'],
  ['تعداد کارکنان', 'workforce.total'],
  ['نرخ ترک خدمت (درصد)', 'turnover.rate'],
  ['نفر-ساعت آموزش', 'training.hours_total'],
  ['میانگین ساعت آموزش هر نفر', 'training.hours_average'],
];

describe('Persian metric phrases', () => {
  it.each(LABELS)('reads "%s" as %s', (label, metric) => {
    expect(findMetricsByPhrase(label)[0]?.metric.id).toBe(metric);
  });
});

describe('Persian percent', () => {
  it('reads "درصد" (per cent) as the percent sign, as a rate row prints it in brackets', () => {
    expect(parseUnit('درصد').symbol).toBe('%');
  });
});
