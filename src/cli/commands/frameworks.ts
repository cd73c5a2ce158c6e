import { Option, type Command } from 'commander';
import { getFramework, listFrameworks, qualify, type Framework } from '../../core/index.js';
import type { CliIo } from '../io.js';
import { renderTable } from '../text-table.js';
import type { RegisterCommand } from './index.js';

const FORMATS = ['json', 'table'] as const;
type Format = (typeof FORMATS)[number];

/** `esg frameworks list` and `esg frameworks show <id>`: the framework catalogues as tables or JSON. */
export const registerFrameworks: RegisterCommand = (program: Command, io: CliIo) => {
  const frameworks = program.command('frameworks').description('reporting framework catalogues (HKEX, GRI)');

  frameworks
    .command('list')
    .description('list the framework catalogues with their version and item count')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action((options: { format: Format }) => {
      const rows = listFrameworks().map((f) => ({
        id: f.id,
        name: f.name,
        version: f.version,
        effective: f.effective,
        items: f.items.length,
      }));
      if (options.format === 'json') {
        io.out(JSON.stringify(rows, null, 2));
        return;
      }
      io.out(
        renderTable(
          ['id', 'name', 'version', 'items'],
          rows.map((r) => [r.id, r.name, r.version, String(r.items)]),
        ),
      );
    });

  frameworks
    .command('show')
    .description('show every item of a framework catalogue')
    .argument('<id>', 'framework id, e.g. hkex-2020, hkex-c2, gri-2021')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action((id: string, options: { format: Format }) => {
      const framework = getFramework(id);
      io.out(
        options.format === 'json'
          ? JSON.stringify(frameworkJson(framework), null, 2)
          : frameworkTable(framework),
      );
    });
};

/** The JSON form of `show`: metadata, then `{ code, title, level, parent, … }` per item. */
function frameworkJson(f: Framework): object {
  return {
    id: f.id,
    name: f.name,
    version: f.version,
    publisher: f.publisher,
    effective: f.effective,
    source: f.source,
    notes: f.notes,
    items: f.items.map((i) => ({
      code: i.code,
      qualified: qualify(f.prefix, i.code),
      title: i.title,
      level: i.level,
      kind: i.kind,
      parent: i.parent,
      quantitative: i.quantitative,
      note: i.note,
    })),
  };
}

function frameworkTable(f: Framework): string {
  const header = `${f.name} (${f.id}, version ${f.version}, effective ${f.effective})\n`;
  const rows = f.items.map((i) => [i.code, i.kind, i.level, i.quantitative ? 'yes' : '', i.title]);
  return header + renderTable(['code', 'kind', 'level', 'quant', 'title'], rows);
}
