import { z } from 'zod';
import { defineCommand, EsgError } from '../../core/index.js';
import type { CalcResult } from '../engine/index.js';
import { factorLibrary, GWP_SETS } from '../factors/index.js';
import type { CsvSource } from '../input/index.js';
import { runActivityCsv, runActivityXlsx } from './run-activity.js';
import { runRosterCsv, runRosterXlsx } from './run-roster.js';

const contentSchema = z.custom<CsvSource | Uint8Array>(
  (v) =>
    typeof v === 'string' ||
    v instanceof Uint8Array ||
    (typeof v === 'object' && v !== null && Symbol.asyncIterator in v),
  'file content: text, bytes or a stream of chunks',
);

/** Input of `calc`: the file (already opened by the caller), what it is, and the calculation options. */
export const calcInputSchema = z.object({
  file: z.string().min(1),
  content: contentSchema,
  format: z.enum(['csv', 'xlsx']),
  roster: z.boolean().default(false),
  year: z.number().int().min(1900).max(2100).optional(),
  entity: z.string().min(1),
  gwpSet: z.enum(GWP_SETS).default('AR5'),
  defaultRegion: z.string().default('CN'),
  /** The user's own factor sets (parsed JSON), validated like the shipped ones. */
  factorSets: z.array(z.unknown()).default([]),
  turnoverFormula: z
    .enum(['leavers_over_end_plus_leavers', 'leavers_over_average', 'leavers_over_end'])
    .optional(),
});

/** The `calc` use case: activity data or a roster → facts with lineage. Called by the CLI and the API alike. */
export const calcCommand = defineCommand({
  name: 'calc',
  input: calcInputSchema,
  async run(input): Promise<CalcResult> {
    const { file, content, entity } = input;
    if (input.roster) {
      if (input.year === undefined)
        throw new EsgError('INVALID_INPUT', 'a roster needs the reporting year (--year)');
      const options = {
        file,
        entity,
        year: input.year,
        ...(input.turnoverFormula ? { turnoverFormula: input.turnoverFormula } : {}),
      };
      if (input.format === 'xlsx') return runRosterXlsx(asBytes(content, file), options);
      return runRosterCsv(asSource(content, file), options);
    }
    const library = factorLibrary(input.factorSets);
    const options = { file, entity, library, gwpSet: input.gwpSet, defaultRegion: input.defaultRegion };
    if (input.format === 'xlsx') return runActivityXlsx(asBytes(content, file), options);
    return runActivityCsv(asSource(content, file), options);
  },
});

function asBytes(content: CsvSource | Uint8Array, file: string): Uint8Array {
  if (content instanceof Uint8Array) return content;
  throw new EsgError('INVALID_INPUT', `${file}: an XLSX workbook must be given as bytes`);
}

function asSource(content: CsvSource | Uint8Array, file: string): CsvSource {
  if (content instanceof Uint8Array) return [content];
  if (typeof content === 'string' || Symbol.asyncIterator in content || Symbol.iterator in content)
    return content;
  throw new EsgError('INVALID_INPUT', `${file}: unreadable content`);
}
