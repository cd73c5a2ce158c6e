#!/usr/bin/env node
// Benchmark: time to build and print a ~60-page report PDF (issue 7: under 10 seconds). Synthetic
// facts for an organisation with many sites over three years give long KPI tables with a footnote per
// figure; the figure printed is the wall time of printReportPdf (both passes, Chromium start included).
import { performance } from 'node:perf_hooks';
import { calendarYear, getFramework, quantity, unitOf } from '../dist/core/index.js';
import { buildReport, chromiumAvailable, printReportPdf, renderCharts } from '../dist/report/index.js';

if (!chromiumAvailable()) {
  console.log('report-pdf: skipped, /usr/bin/chromium is not installed (apt-get install chromium)');
  process.exit(0);
}

const SITES = Number(process.env.SITES ?? 50);
const METRICS = [
  ['ghg.scope1', 'tCO2e'],
  ['energy.electricity', 'MWh'],
  ['energy.natural_gas', 'MWh'],
  ['water.consumption', 'm3'],
  ['waste.hazardous', 't'],
  ['waste.non_hazardous', 't'],
  ['workforce.total', 'persons'],
];

function facts() {
  const out = [];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (const year of [2023, 2024, 2025]) {
    for (const [metric, unit] of METRICS) {
      for (let s = 0; s < SITES; s++) {
        const amount = (1000 + next() * 90000).toFixed(2);
        out.push({
          entity: 'bench',
          period: calendarYear(year),
          metric,
          dims: { site: `Site ${String(s + 1).padStart(2, '0')}` },
          quantity: quantity(amount, unitOf(unit)),
          basis: 'actual',
          status: 'unverified',
          provenance: {
            kind: 'calculation',
            formula: `${metric} from activity data`,
            inputs: [{ row: s + 2, activity: metric, amount, unit }],
            factors: [
              {
                id: `F-${metric}-${year}`,
                value: '1',
                unit: `${unit}/${unit}`,
                source: 'Benchmark factor set, table 1',
              },
            ],
          },
        });
      }
      out.push({
        entity: 'bench',
        period: calendarYear(year),
        metric,
        dims: {},
        quantity: quantity(String(SITES * 50000), unitOf(unit)),
        basis: 'actual',
        status: 'verified',
        provenance: { kind: 'entry', user: 'bench@example.com', at: '2026-01-01T00:00:00Z' },
      });
    }
  }
  return out;
}

const heads = new Set(['part', 'subject_area', 'aspect', 'standard', 'section']);
const explanations = Object.fromEntries(
  getFramework('hkex-c2')
    .items.filter((i) => !heads.has(i.kind))
    .map((i) => [i.code, { kind: 'omitted', reason: 'not collected this year' }]),
);

const t0 = performance.now();
const model = buildReport({
  organisation: { name: 'Benchmark Holdings Ltd.' },
  year: 2025,
  framework: 'hkex-c2',
  facts: facts(),
  explanations,
});
const t1 = performance.now();
const charts = await renderCharts(model.charts);
const t2 = performance.now();
const printed = await printReportPdf(model, { charts });
const t3 = performance.now();
console.log(`model ${(t1 - t0).toFixed(0)} ms, charts ${(t2 - t1).toFixed(0)} ms`);
console.log(
  `report-pdf: ${printed.pageCount} pages in ${((t3 - t2) / 1000).toFixed(2)} s (${printed.passes} passes; target < 10 s), ${(printed.pdf.length / 1024).toFixed(0)} KiB`,
);
