import type { MethodsAppendix } from '../model/index.js';
import { html, type SafeHtml } from '../markup/index.js';

/** The appendix: calculation methods, the factors used with their sources, and the documents cited. */
export function appendixHtml(a: MethodsAppendix): SafeHtml {
  const methods = a.methods.map(
    (m) =>
      html`<tr>
        <td>${m.formula}</td>
        <td>${m.metrics.join('; ')}</td>
      </tr>`,
  );
  const factors = a.factors.map(
    (f) =>
      html`<tr>
        <td class="code">${f.id}</td>
        <td class="num">${f.value}</td>
        <td class="unit">${f.unit}</td>
        <td class="num">${f.dataYear === undefined ? '' : String(f.dataYear)}</td>
        <td>${f.source}</td>
        <td>${f.usedBy.join('; ')}</td>
      </tr>`,
  );
  const documents = a.documents.map(
    (d) =>
      html`<tr>
        <td><cite>${d.document}</cite></td>
        <td>${d.pages.join(', ')}</td>
        <td class="num">${d.facts}</td>
      </tr>`,
  );
  return html`<section id="appendix">
    <h2>Appendix: methods and sources</h2>
    <h3 id="appendix-methods">Calculation methods</h3>
    ${
      a.methods.length > 0
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col">Used for</th>
              </tr>
            </thead>
            <tbody>
              ${methods}
            </tbody>
          </table>`
        : html`<p>No figure in this report was calculated by esgkit.</p>`
    }
    <h3 id="appendix-factors">Emission and conversion factors</h3>
    ${
      a.factors.length > 0
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">Factor</th>
                <th scope="col" class="num">Value</th>
                <th scope="col">Unit</th>
                <th scope="col" class="num">Data year</th>
                <th scope="col">Source</th>
                <th scope="col">Used for</th>
              </tr>
            </thead>
            <tbody>
              ${factors}
            </tbody>
          </table>`
        : html`<p>No factors were used.</p>`
    }
    <h3 id="appendix-documents">Source documents</h3>
    ${
      a.documents.length > 0
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Pages cited</th>
                <th scope="col" class="num">Figures</th>
              </tr>
            </thead>
            <tbody>
              ${documents}
            </tbody>
          </table>`
        : html`<p>No figure was taken from a document.</p>`
    }
    ${a.entries > 0 ? html`<p>${a.entries} figure${a.entries === 1 ? ' was' : 's were'} entered by hand; their notes name who entered each and when.</p>` : html``}
  </section>`;
}
