import { Option, type Command } from 'commander';
import {
  baseUnitOf,
  convert,
  formatQuantity,
  listUnits,
  parseQuantity,
  parseUnit,
  type Unit,
  type UnitParseOptions,
} from '../../core/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

interface ContextOptions {
  format: Format;
  mt: 'metric-ton' | 'megatonne';
  dollar: string;
}

/** The options that let context decide ambiguous units, shared by every `units` subcommand. */
function withContext(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(
      new Option('--mt <meaning>', 'what lowercase "mt" / all-caps "MT" mean')
        .choices(['metric-ton', 'megatonne'])
        .default('metric-ton'),
    )
    .option('--dollar <code>', 'currency of a bare "$"', 'USD');
}

function parseOptions(o: ContextOptions): UnitParseOptions {
  return { mt: o.mt, dollar: o.dollar.toUpperCase() };
}

/** The JSON description of a unit: exact factor as a string, never a float. */
function unitJson(u: Unit): Record<string, string> {
  return {
    symbol: u.symbol,
    dimension: u.dimension,
    factor: u.toBase.toFixed(),
    base: baseUnitOf(u.dimension),
    ...(u.counted === undefined ? {} : { counted: u.counted }),
  };
}

/** `esg units parse|convert|list`: read printed units, convert quantities exactly, show the registry. */
export const registerUnits: RegisterCommand = (program: Command, io: CliIo) => {
  const units = program.command('units').description('read units as reports print them and convert exactly');

  withContext(units.command('parse'))
    .description('print the canonical symbol, dimension and factor of a printed unit')
    .argument('<unit>', 'a unit as printed, e.g. "tons of CO2 equivalent" or "RMB\'0000"')
    .action((text: string, o: ContextOptions) => {
      const u = parseUnit(text, parseOptions(o));
      if (o.format === 'json') {
        io.out(JSON.stringify({ input: text, ...unitJson(u) }, null, 2));
        return;
      }
      const rows = Object.entries(unitJson(u)).map(
        ([k, v]) => `${k.padEnd(10)} ${v === '' ? '(plain number)' : v}`,
      );
      io.out(rows.join('\n'));
    });

  withContext(units.command('convert'))
    .description('convert a printed quantity into another unit of the same dimension, exactly')
    .argument('<quantity>', 'a quantity as printed, e.g. "533.30 tons of CO2 equivalent"')
    .argument('<unit>', 'the target unit, e.g. kgCO2e')
    .action((text: string, target: string, o: ContextOptions) => {
      const options = parseOptions(o);
      const result = convert(parseQuantity(text, options), target, options);
      if (o.format === 'json') {
        const json = { input: text, value: result.value.toFixed(), ...unitJson(result.unit) };
        io.out(JSON.stringify(json, null, 2));
        return;
      }
      io.out(formatQuantity(result));
    });

  units
    .command('list')
    .description('list the units of the registry with their dimension, factor and aliases')
    .option('--dimension <dimension>', 'only units of this dimension, e.g. energy')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('text'))
    .action((o: { dimension?: string; format: Format }) => {
      const rows = listUnits().filter((u) => o.dimension === undefined || u.dimension === o.dimension);
      if (o.format === 'json') {
        io.out(
          JSON.stringify(
            rows.map((u) => ({ ...unitJson(u), aliases: u.aliases, note: u.note })),
            null,
            2,
          ),
        );
        return;
      }
      io.out(
        rows.map((u) => `${u.symbol.padEnd(12)} ${u.dimension.padEnd(15)} ${u.toBase.toFixed()}`).join('\n'),
      );
    });
};
