import type { ContentIndexRow, IndexStatus, ReportModel } from '../model/index.js';
import { html, type SafeHtml } from '../markup/index.js';
import { pageRef, type PageRefs } from './page-refs.js';

const LEVEL_TEXT = {
  mandatory: 'Mandatory',
  comply_or_explain: 'Comply or explain',
  recommended: 'Recommended',
} as const;

function statusHtml(status: IndexStatus, refs: PageRefs): SafeHtml {
  switch (status.kind) {
    case 'reported': {
      const inside = status.locations.map(
        (l) => html`<a href="#${l.anchor}">${l.section}</a>${pageRef(refs, l.anchor, ', p. ')}`,
      );
      const outside = status.external.map(
        (e) =>
          html`${e.document ? `${e.document}, ` : ''}${e.section}${e.page === undefined ? '' : `, p. ${e.page}`}`,
      );
      return html`${[...inside, ...outside].flatMap((x, i) => (i === 0 ? [x] : [html`; `, x]))}`;
    }
    case 'omitted':
      return html`<span class="status-omitted">Omitted: ${status.reason}</span>`;
    case 'not_applicable':
      return html`<span class="status-not_applicable">Not applicable: ${status.reason}</span>`;
    case 'not_reported':
      return html`<span class="status-not_reported">Not reported (voluntary)</span>`;
    case 'missing':
      return html`<span class="status-missing">No explanation given</span>`;
    case 'heading':
      return html``;
  }
}

function rowHtml(row: ContentIndexRow, refs: PageRefs): SafeHtml {
  const heading = row.status.kind === 'heading';
  return html`<tr
    class="${heading ? 'heading' : 'disclosure'} depth-${row.depth}"
    data-code="${row.qualified}"
  >
    <td class="code">${row.item.code}</td>
    <td class="title">${row.item.title}</td>
    <td class="level">${heading ? '' : LEVEL_TEXT[row.item.level]}</td>
    <td class="location">${statusHtml(row.status, refs)}</td>
  </tr>`;
}

/** The content index: every item of the framework with where it is answered (section and page) or why not. */
export function contentIndexHtml(model: ReportModel, refs: PageRefs): SafeHtml {
  return html`<section id="content-index">
    <h2>Content index: ${model.framework.name}</h2>
    <p>
      Every disclosure of ${model.framework.name} (${model.framework.publisher}, version
      ${model.framework.version}) with the section and page where it is answered, or the reason it is omitted.
    </p>
    <table class="index">
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Disclosure</th>
          <th scope="col">Level</th>
          <th scope="col">Location or reason for omission</th>
        </tr>
      </thead>
      <tbody>
        ${model.contentIndex.map((r) => rowHtml(r, refs))}
      </tbody>
    </table>
  </section>`;
}
