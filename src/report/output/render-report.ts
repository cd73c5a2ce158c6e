import { extname } from 'node:path';
import { EsgError } from '../../core/index.js';
import { renderCharts } from '../charts/index.js';
import { renderHtml } from '../html/index.js';
import type { ReportModel } from '../model/index.js';
import { printReportPdf, type BrowserOptions } from '../pdf/index.js';
import { renderCsv } from '../tabular/index.js';
import { renderXlsx } from '../xlsx/index.js';

/** The files a report can be written as. */
export const REPORT_FORMATS = ['html', 'pdf', 'xlsx', 'csv'] as const;
/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The format a file name asks for by its extension (`report.pdf` → `pdf`); INVALID_INPUT otherwise. */
export function formatOfFile(file: string): ReportFormat {
  const ext = extname(file).slice(1).toLowerCase();
  const found = REPORT_FORMATS.find((f) => f === ext);
  if (!found)
    throw new EsgError(
      'INVALID_INPUT',
      `cannot tell the report format from "${file}": use a .html, .pdf, .xlsx or .csv file name`,
    );
  return found;
}

/** A rendered report: its bytes, and for a PDF the page count. */
export interface RenderedReport {
  readonly format: ReportFormat;
  readonly bytes: Uint8Array;
  readonly pageCount?: number;
}

/** Renders the model in one format: HTML and PDF draw the charts first; XLSX and CSV carry the data. */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  browser: BrowserOptions = {},
): Promise<RenderedReport> {
  switch (format) {
    case 'html':
      return {
        format,
        bytes: new TextEncoder().encode(renderHtml(model, { charts: await renderCharts(model.charts) })),
      };
    case 'pdf': {
      // The charts' promise, not the charts: Chromium starts while echarts draws.
      const printed = await printReportPdf(model, { ...browser, charts: renderCharts(model.charts) });
      return { format, bytes: printed.pdf, pageCount: printed.pageCount };
    }
    case 'xlsx':
      return { format, bytes: await renderXlsx(model) };
    case 'csv':
      return { format, bytes: new TextEncoder().encode(renderCsv(model)) };
  }
}
