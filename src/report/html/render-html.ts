import type { RenderedChart } from '../charts/index.js';
import { html, trusted, type SafeHtml } from '../markup/index.js';
import { FIXED_ANCHORS, type ReportModel } from '../model/index.js';
import { appendixHtml } from './appendix.html.js';
import { aspectSectionHtml } from './aspect-section.html.js';
import { contentIndexHtml } from './content-index.html.js';
import { materialityHtml } from './materiality.html.js';
import { pageRef, type PageRefs } from './page-refs.js';
import { REPORT_CSS } from './report-css.js';

/** What the HTML needs besides the model: the charts drawn and how to fill page references. */
export interface HtmlOptions {
  readonly charts?: readonly RenderedChart[];
  readonly pageRefs?: PageRefs;
}

interface TocEntry {
  readonly anchor: string;
  readonly title: string;
  readonly sub?: boolean;
}

/** The table of contents entries, in the order the sections appear. */
export function tocEntries(model: ReportModel, charts: readonly RenderedChart[]): TocEntry[] {
  return [
    { anchor: 'about', title: 'About this report' },
    ...(model.materiality ? [{ anchor: FIXED_ANCHORS.materiality, title: 'Materiality assessment' }] : []),
    ...(charts.length > 0 ? [{ anchor: 'overview', title: 'Performance overview' }] : []),
    ...model.sections.map((s) => ({ anchor: s.id, title: s.title, sub: true })),
    { anchor: 'content-index', title: 'Content index' },
    { anchor: 'appendix', title: 'Appendix: methods and sources' },
  ];
}

function coverHtml(model: ReportModel): SafeHtml {
  const errors = model.issues.filter((i) => i.severity === 'error').length;
  return html`<header class="cover" id="cover">
    <h1>${model.title}</h1>
    <p class="subtitle">${model.organisation.name}</p>
    <p class="subtitle">
      Prepared with reference to ${model.framework.name} (${model.framework.publisher},
      ${model.framework.version})
    </p>
    <p class="subtitle">Reporting year ${model.year}</p>
    ${model.generatedAt ? html`<p class="generated">Generated ${model.generatedAt}</p>` : html``}${errors > 0 ? html`<p class="draft-warning" role="alert">Draft: ${errors} disclosure${errors === 1 ? '' : 's'} of the content index ${errors === 1 ? 'has' : 'have'} neither figures nor a reason for omission.</p>` : html``}
  </header>`;
}

function tocHtml(entries: readonly TocEntry[], refs: PageRefs): SafeHtml {
  const items = entries.map(
    (e) =>
      html`<li class="${e.sub ? 'sub' : 'top'}">
        <a href="#${e.anchor}">${e.title}</a>${pageRef(refs, e.anchor)}
      </li>`,
  );
  return html`<nav class="toc" id="contents" aria-labelledby="toc-title">
    <h2 id="toc-title">Contents</h2>
    <ol>
      ${items}
    </ol>
  </nav>`;
}

function aboutHtml(model: ReportModel): SafeHtml {
  const boundary = model.boundary.map((b) => html`<p>${b}</p>`);
  return html`<section id="about">
    <h2>About this report</h2>
    <p>
      This report covers ${model.organisation.name} for the reporting year ${model.year}. Key performance
      indicators are shown for ${model.years.join(', ')}. It follows ${model.framework.name}; the content
      index lists where each disclosure is answered.
    </p>
    <p>
      Every figure carries a note on its source: the document and page it was read from, the calculation with
      its inputs and factors, or who entered it and when. The appendix lists the methods and factor sources.
    </p>
    ${
      model.boundary.length > 0
        ? html`<section id="${FIXED_ANCHORS.boundary}">
            <h3>Reporting boundary</h3>
            ${boundary}
          </section>`
        : html``
    }
  </section>`;
}

function overviewHtml(charts: readonly RenderedChart[]): SafeHtml {
  if (charts.length === 0) return html``;
  // The SVG comes from echarts' renderer fed with escaped-by-echarts labels; see render-html.test.
  const figures = charts.map(
    (c) =>
      html`<figure class="chart" id="${c.id}">
        <figcaption>${c.title}</figcaption>
        ${trusted(c.svg)}
      </figure>`,
  );
  return html`<section id="overview">
    <h2>Performance overview</h2>
    <div class="charts">${figures}</div>
  </section>`;
}

/** The report as one self-contained HTML document (inline CSS and SVG, no scripts, no external requests). */
export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const charts = options.charts ?? [];
  const refs = options.pageRefs ?? { kind: 'none' };
  const body = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        />
        <title>${model.title}</title>
        <style>
          ${trusted(REPORT_CSS)}
        </style>
      </head>
      <body>
        ${coverHtml(model)}${tocHtml(tocEntries(model, charts), refs)}
        <main>
          ${aboutHtml(model)}${model.materiality ? materialityHtml(model.materiality) : html``}${overviewHtml(charts)}${model.sections.map(aspectSectionHtml)}${contentIndexHtml(model, refs)}${appendixHtml(model.appendix)}
        </main>
      </body>
    </html>`;
  return body.html;
}
