import { Option, type Command } from 'commander';
import { EsgError } from '../../core/index.js';
import { extractDocument, readDocument, toCsv, toSpecOutput, toTextTable } from '../../extract/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['json', 'csv', 'table'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractCliOptions {
  format: Format;
  year?: string;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text))
    throw new EsgError('INVALID_INPUT', `--year must be a four-digit year, not "${text}"`);
  return Number(text);
}

/** `esg extract FILE`: the facts of a text or PDF report, each with the line or page it is printed on. */
export const registerExtract: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('extract')
    .description('read the ESG figures of a report (text or PDF) with their line or page')
    .argument('<file>', 'the report: plain text (UTF-8, UTF-16 or GB18030) or PDF')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('json'))
    .option('--year <yyyy>', 'report year, when the report does not state it')
    .action(async (file: string, o: ExtractCliOptions) => {
      const year = parseYear(o.year);
      const doc = await readDocument({ path: file });
      const result = extractDocument(doc, year === undefined ? {} : { year });
      if (o.format === 'json') io.out(JSON.stringify(toSpecOutput(result), null, 2));
      else if (o.format === 'csv') io.out(toCsv(result));
      else io.out(toTextTable(result));
    });
};
