import { Option, type Command } from 'commander';
import {
  findMetricsByPhrase,
  getMetric,
  listMetrics,
  metricCatalogueInfo,
  type Metric,
} from '../../core/index.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../text-table.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['json', 'table'] as const;
type Format = (typeof FORMATS)[number];

const formatOption = (): Option =>
  new Option('--format <format>', 'output format').choices(FORMATS).default('table');

/** `esg metrics list|show|find`: the metric catalogue, one metric, or the metrics a label names. */
export const registerMetrics: RegisterCommand = (program: Command, io: CliIo) => {
  const metrics = program.command('metrics').description('the catalogue of canonical ESG metrics');

  metrics
    .command('list')
    .description('list the metrics, optionally only those citing a framework')
    .option('--framework <id>', 'only metrics citing this framework (hkex-2020, hkex-c2, gri-2021)')
    .addOption(formatOption())
    .action((options: { framework?: string; format: Format }) => {
      const list = listMetrics(options.framework === undefined ? {} : { framework: options.framework });
      if (options.format === 'json') {
        const { id, version, source } = metricCatalogueInfo();
        const framework = options.framework ?? null;
        io.out(JSON.stringify({ id, version, source, framework, metrics: list.map(metricJson) }, null, 2));
        return;
      }
      io.out(renderTable(['id', 'kind', 'unit', 'codes', 'label'], list.map(metricRow)));
    });

  metrics
    .command('show')
    .description('show one metric with its dims, codes and phrases')
    .argument('<id>', 'metric id, e.g. ghg.scope2')
    .addOption(formatOption())
    .action((id: string, options: { format: Format }) => {
      const m = getMetric(id);
      io.out(options.format === 'json' ? JSON.stringify(metricJson(m), null, 2) : metricDetail(m));
    });

  metrics
    .command('find')
    .description('the metrics a printed label or sentence names, best first')
    .argument('<text>', 'a row label or sentence as printed in a report')
    .option('--unit <unit>', 'the unit printed with the figure, e.g. "Tons of standard coal"')
    .addOption(formatOption())
    .action((text: string, options: { unit?: string; format: Format }) => {
      const found = findMetricsByPhrase(text, options.unit === undefined ? {} : { unit: options.unit });
      const matches = found.map((m) => ({
        id: m.metric.id,
        score: m.score,
        coverage: Number(m.coverage.toFixed(3)),
        unitFit: m.unitFit ?? null,
        phrase: m.phrase,
      }));
      if (options.format === 'json') {
        io.out(JSON.stringify(matches, null, 2));
        return;
      }
      const rows = matches.map((m) => [m.id, String(m.score), String(m.coverage), m.unitFit ?? '', m.phrase]);
      const header = ['id', 'score', 'coverage', 'unit fit', 'phrase'];
      io.out(matches.length ? renderTable(header, rows) : 'no metric matches');
    });
};

/** A metric as plain JSON (the catalogue's own field names). */
function metricJson(m: Metric): object {
  return { ...m };
}

function metricRow(m: Metric): string[] {
  return [m.id, m.kind, m.unit, m.codes.join(' '), m.label];
}

function metricDetail(m: Metric): string {
  const lines = [
    `${m.id}: ${m.label}`,
    `kind ${m.kind}, unit ${m.unit} (${m.dimension})${m.altUnits.length ? `, also ${m.altUnits.join(', ')}` : ''}`,
    `dims: ${m.dims.join(', ') || '(none)'}`,
    `codes: ${m.codes.join(', ') || '(none)'}`,
    `phrases: ${m.phrases.join('; ')}`,
  ];
  if (m.note) lines.push(`note: ${m.note}`);
  return lines.join('\n');
}
