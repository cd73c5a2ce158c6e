import type { AspectSection, KpiRow, KpiTable, NarrativeBlock } from '../model/index.js';
import { html, type SafeHtml } from '../markup/index.js';
import { footnoteRef, footnotesHtml } from './footnotes.html.js';

function narrativeHtml(n: NarrativeBlock): SafeHtml {
  return html`<section class="narrative" id="${n.id}">
    <h3>${n.title}</h3>
    <p class="requirement">Answers ${n.code}</p>
    ${n.paragraphs.map((p) => html`<p>${p}</p>`)}
  </section>`;
}

function rowHtml(row: KpiRow): SafeHtml {
  const cells = row.cells.map((c) =>
    c ? html`<td class="num">${c.display}${footnoteRef(c.footnote)}</td>` : html`<td class="num">–</td>`,
  );
  const codes = row.codes.map((c) => c.slice(c.indexOf(':') + 1)).join(', ');
  return html`<tr id="${row.id}" class="depth-${row.depth}">
    <th scope="row">${row.label}</th>
    <td class="unit">${row.unit}</td>
    ${cells}
    <td class="code">${codes}</td>
  </tr>`;
}

/** A KPI table: indicator, unit, one column per year, and the framework codes each row discloses. */
export function kpiTableHtml(table: KpiTable): SafeHtml {
  const years = table.years.map((y) => html`<th scope="col" class="num">${y}</th>`);
  return html`<table class="kpi" id="${table.id}">
    <caption>
      ${table.caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Indicator</th>
        <th scope="col">Unit</th>
        ${years}
        <th scope="col">Code</th>
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(rowHtml)}
    </tbody>
  </table>`;
}

/** An aspect's section: policy texts, the KPI table, scope notes and the footnotes on sources. */
export function aspectSectionHtml(section: AspectSection): SafeHtml {
  const notes =
    section.notes.length > 0
      ? html`<ul class="notes">
          ${section.notes.map((n) => html`<li>${n}</li>`)}
        </ul>`
      : html``;
  return html`<section class="aspect" id="${section.id}">
    <h2>${section.title}</h2>
    ${section.narratives.map(narrativeHtml)}${section.table ? kpiTableHtml(section.table) : html``}${notes}${footnotesHtml(section.footnotes)}
  </section>`;
}
