import ExcelJS from 'exceljs';
import type { ContentIndexRow, ReportModel } from '../model/index.js';
import { dataRows, neutralise, type DataRow } from '../tabular/index.js';
import { fillAspectSheet } from './aspect-sheet.js';
import { sheetName } from './sheet-name.js';

function statusText(row: ContentIndexRow): [string, string] {
  const s = row.status;
  switch (s.kind) {
    case 'reported':
      return [
        'reported',
        [
          ...s.locations.map((l) => `${l.section}${l.page === undefined ? '' : `, p. ${l.page}`}`),
          ...s.external.map((e) =>
            [e.document, e.section, e.page === undefined ? undefined : `p. ${e.page}`]
              .filter(Boolean)
              .join(', '),
          ),
        ].join('; '),
      ];
    case 'omitted':
    case 'not_applicable':
      return [s.kind, s.reason];
    case 'not_reported':
      return ['not reported (voluntary)', ''];
    case 'missing':
      return ['MISSING: no explanation', ''];
    case 'heading':
      return ['', ''];
  }
}

function addAbout(wb: ExcelJS.Workbook, model: ReportModel, taken: Set<string>): void {
  const sheet = wb.addWorksheet(sheetName('About', taken));
  sheet.columns = [{ width: 24 }, { width: 100 }];
  const lines: [string, string | number][] = [
    ['Report', model.title],
    ['Organisation', model.organisation.name],
    ['Reporting year', model.year],
    ['Years shown', model.years.join(', ')],
    ['Framework', `${model.framework.name} (${model.framework.publisher}, ${model.framework.version})`],
    ...(model.generatedAt ? [['Generated', model.generatedAt] as [string, string]] : []),
    ...model.boundary.map((b, i): [string, string] => [i === 0 ? 'Reporting boundary' : '', b]),
    ['Errors', model.issues.filter((i) => i.severity === 'error').length],
    [
      'Note',
      'One sheet per aspect: every figure with its unit, status and source. Calculated figures that are a product of an input and factors, or a sum of other figures, keep their formula.',
    ],
  ];
  for (const [k, v] of lines) sheet.addRow([k, typeof v === 'string' ? neutralise(v) : v]);
  sheet.getColumn(1).font = { bold: true };
}

function addContentIndex(wb: ExcelJS.Workbook, model: ReportModel, taken: Set<string>): void {
  const sheet = wb.addWorksheet(sheetName('Content index', taken));
  sheet.columns = [
    { header: 'Code', key: 'code', width: 30 },
    { header: 'Disclosure', key: 'title', width: 60 },
    { header: 'Level', key: 'level', width: 18 },
    { header: 'Status', key: 'status', width: 24 },
    { header: 'Location or reason', key: 'where', width: 70 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of model.contentIndex) {
    const [status, where] = statusText(r);
    const row = sheet.addRow({
      code: r.qualified,
      title: r.item.title,
      level: r.status.kind === 'heading' ? '' : r.item.level,
      status,
      where: neutralise(where),
    });
    if (r.status.kind === 'heading') row.font = { bold: true };
  }
}

function addAppendix(wb: ExcelJS.Workbook, model: ReportModel, taken: Set<string>): void {
  const sheet = wb.addWorksheet(sheetName('Factors', taken));
  sheet.columns = [
    { header: 'Factor', key: 'id', width: 28 },
    { header: 'Value', key: 'value', width: 14 },
    { header: 'Unit', key: 'unit', width: 14 },
    { header: 'Data year', key: 'year', width: 10 },
    { header: 'Source', key: 'source', width: 80 },
    { header: 'Used for', key: 'used', width: 50 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const f of model.appendix.factors) {
    sheet.addRow({
      id: neutralise(f.id),
      value: Number(f.value),
      unit: neutralise(f.unit),
      year: f.dataYear,
      source: neutralise(f.source),
      used: f.usedBy.join('; '),
    });
  }
}

function addMateriality(wb: ExcelJS.Workbook, model: ReportModel, taken: Set<string>): void {
  const m = model.materiality;
  if (!m) return;
  const sheet = wb.addWorksheet(sheetName('Materiality', taken));
  sheet.columns = [
    { header: 'Rank', key: 'rank', width: 6 },
    { header: 'Topic', key: 'topic', width: 40 },
    { header: m.y.label, key: 'y', width: 16 },
    { header: m.x.label, key: 'x', width: 16 },
    { header: 'Tier', key: 'tier', width: 8 },
    { header: 'Material', key: 'material', width: 9 },
    { header: 'Disclosures', key: 'codes', width: 30 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const t of m.topics) {
    sheet.addRow({
      rank: t.rank,
      topic: neutralise(t.topic),
      y: t.y.toDecimalPlaces(4).toNumber(),
      x: t.x.toDecimalPlaces(4).toNumber(),
      tier: t.tier,
      material: t.material ? 'yes' : 'no',
      codes: t.codes.join(' '),
    });
  }
}

/**
 * The XLSX data pack: an About sheet, one sheet per aspect with every figure (value, unit, provenance
 * columns, formulas where the lineage is a product or sum), the content index, materiality and factors.
 */
export async function renderXlsx(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'esgkit';
  wb.title = model.title;
  const taken = new Set<string>();
  addAbout(wb, model, taken);
  const bySection = new Map<string, DataRow[]>();
  for (const r of dataRows(model)) bySection.set(r.section, [...(bySection.get(r.section) ?? []), r]);
  for (const [section, rows] of bySection) fillAspectSheet(wb.addWorksheet(sheetName(section, taken)), rows);
  addContentIndex(wb, model, taken);
  addMateriality(wb, model, taken);
  addAppendix(wb, model, taken);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
