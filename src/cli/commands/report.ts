import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { EsgError, FRAMEWORK_IDS, type Fact, type FrameworkId } from '../../core/index.js';
import {
  buildReport,
  formatOfFile,
  loadReportData,
  loadStoredDisclosures,
  mergeDisclosures,
  parseFactsFile,
  parseReportConfig,
  parseSurveyCsv,
  parseSurveyXlsx,
  renderReport,
  type MaterialityInput,
  type ReportConfig,
  type ReportOrganisation,
  type StoredDisclosures,
  type SurveyParse,
} from '../../report/index.js';
import { openStore, parseStoreUrl, systemActor } from '../../store/index.js';
import type { CliIo } from '../io.js';
import type { RegisterCommand } from './index.js';

interface ReportOptions {
  org: string;
  year: string;
  framework: FrameworkId;
  out: string;
  facts?: string[];
  config?: string;
  survey?: string;
  db: string;
  draft?: boolean;
  chromium?: string;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8').catch((e: unknown) => {
    throw new EsgError('NOT_FOUND', `cannot read ${file}`, { cause: e });
  });
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new EsgError('INVALID_INPUT', `${file}: not valid JSON`, { cause: e });
  }
}

async function readSurvey(file: string): Promise<SurveyParse> {
  const bytes = await readFile(file).catch((e: unknown) => {
    throw new EsgError('NOT_FOUND', `cannot read ${file}`, { cause: e });
  });
  const name = path.basename(file);
  return path.extname(file).toLowerCase() === '.xlsx'
    ? parseSurveyXlsx(bytes, name)
    : parseSurveyCsv(new TextDecoder('utf-8').decode(bytes), name);
}

/** The materiality input: survey file from --survey or the config (relative to the config file). */
async function materiality(
  o: ReportOptions,
  config: ReportConfig,
  io: CliIo,
): Promise<MaterialityInput | undefined> {
  const m = config.materiality;
  const file = o.survey ?? (m && o.config ? path.resolve(path.dirname(o.config), m.survey) : undefined);
  if (!file) return undefined;
  const survey = await readSurvey(file);
  for (const p of survey.problems)
    io.err(`esg: ${path.basename(file)} row ${p.row}: ${p.message} (row left out)`);
  return {
    responses: survey.responses,
    ...(m?.weights ? { weights: m.weights } : {}),
    ...(m?.thresholds ? { thresholds: m.thresholds } : {}),
    ...(m?.lens ? { lens: m.lens } : {}),
    ...(m?.rule ? { rule: m.rule } : {}),
    ...(m?.topicLinks ? { topicLinks: m.topicLinks } : {}),
  };
}

/** Facts and organisation: from JSON files (`esg calc`/`esg extract` output) or from the store. */
async function loadFacts(
  o: ReportOptions,
  year: number,
): Promise<{ facts: Fact[]; organisation: ReportOrganisation; disclosures?: StoredDisclosures }> {
  if (o.facts && o.facts.length > 0) {
    const lists = await Promise.all(
      o.facts.map(async (f) => parseFactsFile(await readJson(f), o.org, path.basename(f))),
    );
    return { facts: lists.flat(), organisation: { id: o.org, name: o.org } };
  }
  const location = parseStoreUrl(o.db);
  if (location.dialect === 'sqlite' && location.file !== ':memory:' && !existsSync(location.file)) {
    throw new EsgError(
      'NOT_FOUND',
      `no esgkit store at ${location.file}: run \`npm start\` to create the demo, pass --db, or give --facts FILE.json`,
    );
  }
  const store = await openStore(o.db);
  try {
    const data = await loadReportData(store, o.org, year, systemActor('cli'));
    // The period's narratives, explanations and survey, which --config overrides code by code.
    const disclosures = await loadStoredDisclosures(
      store,
      o.org,
      data.periodId,
      o.framework,
      systemActor('cli'),
    );
    return { facts: [...data.facts], organisation: data.organisation, disclosures };
  } finally {
    await store.close();
  }
}

/** `esg report`: the publishable report (KPI tables, content index, materiality, methods) as HTML, PDF, XLSX or CSV. */
export const registerReport: RegisterCommand = (program: Command, io: CliIo) => {
  program
    .command('report')
    .description('build the ESG report of an organisation and year as HTML, PDF, XLSX or CSV')
    .requiredOption('--org <id>', 'organisation id in the store (with --facts: the entity name)')
    .requiredOption('--year <year>', 'reporting year; tables show it and the two years before')
    .addOption(
      new Option('--framework <id>', 'reporting framework').choices(FRAMEWORK_IDS).makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'output file: .html, .pdf, .xlsx or .csv')
    .option('--facts <file...>', 'facts from `esg calc` or `esg extract --format json` instead of the store')
    .option(
      '--config <file>',
      'report settings JSON: organisation, explanations, narratives, locations, materiality',
    )
    .option('--survey <file>', 'materiality survey (CSV or XLSX)')
    .option('--db <url>', 'store: a SQLite file or postgres:// URL', './esgkit.db')
    .option('--draft', 'write the report even when disclosures lack an explanation, and exit 0')
    .option(
      '--chromium <path>',
      'Chromium executable for PDF output (default: chromium-headless-shell if installed, else /usr/bin/chromium)',
    )
    .action(async (o: ReportOptions) => {
      if (!/^\d{4}$/.test(o.year))
        throw new EsgError('INVALID_INPUT', `--year must be a year like 2025, not "${o.year}"`);
      const year = Number(o.year);
      const format = formatOfFile(o.out);
      const config = o.config ? parseReportConfig(await readJson(o.config), path.basename(o.config)) : {};
      const loaded = await loadFacts(o, year);
      const survey = await materiality(o, config, io);
      const texts = mergeDisclosures(loaded.disclosures ?? { narratives: {}, explanations: {} }, {
        ...(config.narratives ? { narratives: config.narratives } : {}),
        ...(config.explanations ? { explanations: config.explanations } : {}),
        ...(survey ? { materiality: survey } : {}),
      });
      const model = buildReport({
        organisation: { ...loaded.organisation, ...config.organisation },
        year,
        framework: o.framework,
        facts: loaded.facts,
        explanations: texts.explanations,
        narratives: texts.narratives,
        locations: config.locations ?? {},
        ...(texts.materiality ? { materiality: texts.materiality } : {}),
        generatedAt: new Date().toISOString(),
      });
      const rendered = await renderReport(model, format, { executablePath: o.chromium });
      await writeFile(o.out, rendered.bytes);
      const errors = model.issues.filter((i) => i.severity === 'error');
      for (const w of model.issues.filter((i) => i.severity === 'warning'))
        io.err(`esg: warning: ${w.message}`);
      const rows = model.sections.reduce((n, s) => n + (s.table?.rows.length ?? 0), 0);
      io.out(
        `wrote ${o.out}${rendered.pageCount === undefined ? '' : ` (${rendered.pageCount} pages)`}: ${rows} KPI rows in ${model.sections.length} sections, ${model.contentIndex.length} content-index items, ${errors.length} without explanation`,
      );
      if (errors.length === 0) return;
      for (const e of errors) io.err(`esg: ${o.draft ? 'draft: ' : ''}${e.message}`);
      if (!o.draft) {
        throw new EsgError(
          'INVALID_INPUT',
          `${errors.length} disclosure(s) of ${o.framework} have neither figures nor a reason for omission; ${o.out} was written as a draft. Add them in the web UI's omissions editor or "explanations" in --config, or pass --draft`,
        );
      }
    });
};
