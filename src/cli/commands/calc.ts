import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  calcCommand,
  explainMetric,
  factsCsv,
  factsTable,
  GWP_SETS,
  resultJson,
  TURNOVER_FORMULAS,
  type CalcResult,
} from '../../calc/index.js';
import { EsgError, runCommand } from '../../core/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['json', 'table', 'csv'] as const;

interface CalcOptions {
  roster?: boolean;
  year?: string;
  format: (typeof FORMATS)[number];
  explain?: string;
  entity?: string;
  factors: string[];
  gwp: (typeof GWP_SETS)[number];
  region: string;
  precision?: string;
  turnover?: (typeof TURNOVER_FORMULAS)[number];
}

function integer(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text))
    throw new EsgError('INVALID_INPUT', `${name} must be a whole number, not "${text}"`);
  return Number(text);
}

async function readFactorSets(files: readonly string[]): Promise<unknown[]> {
  return Promise.all(
    files.map(async (f) => {
      try {
        return JSON.parse(await readFile(f, 'utf8')) as unknown;
      } catch (e) {
        throw new EsgError('INVALID_INPUT', `${f}: not a readable JSON factor set`, { cause: e });
      }
    }),
  );
}

function print(io: CliIo, result: CalcResult, o: CalcOptions): void {
  const precision = integer(o.precision, '--precision');
  if (o.explain !== undefined) {
    const text = explainMetric(result.facts, o.explain, precision);
    if (!text) throw new EsgError('NOT_FOUND', `no ${o.explain} figure was calculated from this file`);
    io.out(text);
    return;
  }
  if (o.format === 'json') io.out(JSON.stringify(resultJson(result, precision), null, 2));
  else if (o.format === 'csv') io.out(factsCsv(result.facts, precision));
  else {
    io.out(factsTable(result.facts, precision));
    for (const n of result.notes) io.out(`note: ${n}`);
  }
}

/** `esg calc FILE`: activity data (CSV/XLSX) or a roster → facts with lineage, as JSON, a table or CSV. */
export const registerCalc: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('calc')
    .description(
      'calculate GHG, energy, water, waste, safety and workforce facts from activity data or a roster',
    )
    .argument('<file>', 'activity CSV/XLSX (spec/calc-input.md), or a roster with --roster')
    .option('--roster', 'the file is a roster (one row per person employed in the year)')
    .option('--year <year>', 'reporting year of a roster')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .option('--explain <metric>', 'print the calculation of one metric step by step (e.g. ghg.scope1)')
    .option('--entity <name>', 'reporting entity named in the facts (default: the file name)')
    .option(
      '--factors <file...>',
      'your own factor sets (JSON, same schema as src/calc/factors/*.data.json)',
      [],
    )
    .addOption(
      new Option('--gwp <set>', 'GWP values for CH4, N2O and refrigerants').choices(GWP_SETS).default('AR5'),
    )
    .option('--region <region>', 'region for rows that leave it empty', 'CN')
    .option(
      '--precision <decimals>',
      'decimal places of printed values (default: by unit, see --format json)',
    )
    .addOption(
      new Option('--turnover <formula>', 'turnover-rate formula for a roster').choices(TURNOVER_FORMULAS),
    )
    .action(async (file: string, o: CalcOptions) => {
      const format = path.extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
      await access(file).catch((e: unknown) => {
        throw new EsgError('NOT_FOUND', `cannot read ${file}`, { cause: e });
      });
      const content = format === 'xlsx' ? await readFile(file) : createReadStream(file);
      const year = integer(o.year, '--year');
      const result = await runCommand(
        calcCommand,
        {
          file: path.basename(file),
          content,
          format,
          roster: o.roster ?? false,
          ...(year === undefined ? {} : { year }),
          entity: o.entity ?? path.basename(file, path.extname(file)),
          gwpSet: o.gwp,
          defaultRegion: o.region,
          factorSets: await readFactorSets(o.factors),
          ...(o.turnover ? { turnoverFormula: o.turnover } : {}),
        },
        undefined,
      );
      print(io, result, o);
    });
};
