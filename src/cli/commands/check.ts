import { Option, type Command } from 'commander';
import {
  CHECK_FORMATS,
  checkFacts,
  renderCheck,
  type CheckFormat,
  type CheckResult,
} from '../../check/index.js';
import { EsgError, FRAMEWORK_IDS, isFrameworkId, SEVERITIES, type FrameworkId } from '../../core/index.js';
import { checkedFacts, extractDocument, readDocument } from '../../extract/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

const FAIL_ON = ['error', 'warning'] as const;

interface CheckCliOptions {
  framework?: FrameworkId;
  format: CheckFormat;
  failOn?: (typeof FAIL_ON)[number];
  year?: string;
}

/** The framework a report claims, as a catalogue id ("HKEX-C2" → hkex-c2); HKEX first, as listed. */
export function claimedFramework(claimed: readonly string[]): FrameworkId | undefined {
  for (const c of claimed) {
    const id = c.toLowerCase();
    if (isFrameworkId(id)) return id;
  }
  return undefined;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text))
    throw new EsgError('INVALID_INPUT', `--year must be a four-digit year, not "${text}"`);
  return Number(text);
}

/** Findings at or above `level` (error ⊂ warning). */
function failing(result: CheckResult, level: (typeof FAIL_ON)[number]): number {
  const worst = SEVERITIES.indexOf(level);
  return result.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= worst).length;
}

/** `esg check FILE`: what a report leaves out and where its numbers disagree with themselves. */
export const registerCheck: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('check')
    .description('check a report: coverage against a framework and figures that cannot all be true')
    .argument('<file>', 'the report: plain text (UTF-8, UTF-16 or GB18030) or PDF')
    .addOption(
      new Option('--framework <id>', 'framework for coverage (default: the one the report claims)').choices(
        FRAMEWORK_IDS,
      ),
    )
    .addOption(new Option('--format <format>', 'output format').choices(CHECK_FORMATS).default('table'))
    .addOption(
      new Option(
        '--fail-on <severity>',
        'exit with status 1 when a finding is this serious or worse',
      ).choices(FAIL_ON),
    )
    .option('--year <yyyy>', 'report year, when the report does not state it')
    .action(async (file: string, o: CheckCliOptions) => {
      const year = parseYear(o.year);
      const doc = await readDocument({ path: file });
      const extracted = extractDocument(doc, year === undefined ? {} : { year });
      const framework = o.framework ?? claimedFramework(extracted.document.frameworks);
      const result = checkFacts({
        // The check-only claims too ("all of our 22 ships", a site table's yes/no counts).
        facts: checkedFacts(extracted).map((f) => f.fact),
        index: extracted.index,
        document: extracted.document,
        ...(framework === undefined ? {} : { framework }),
      });
      io.out(renderCheck(result, o.format));
      if (o.failOn !== undefined) {
        const n = failing(result, o.failOn);
        if (n > 0) {
          throw new EsgError(
            'CONFLICT',
            `${n} finding${n === 1 ? '' : 's'} at ${o.failOn} level or worse (--fail-on ${o.failOn})`,
          );
        }
      }
    });
};
