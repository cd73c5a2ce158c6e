import { footnoteText, type Footnote, type FootnoteBody } from '../model/index.js';
import { html, type SafeHtml } from '../markup/index.js';

/** A footnote's text as markup: the quote from a document in quotation marks, everything escaped. */
function bodyHtml(body: FootnoteBody): SafeHtml {
  if (body.kind !== 'document') return html`${footnoteText(body)}`;
  const where = [
    body.page === undefined ? '' : `page ${body.page}`,
    body.line === undefined ? '' : `line ${body.line}`,
  ]
    .filter((s) => s !== '')
    .join(', ');
  return html`Source: <cite>${body.document}</cite>${where ? `, ${where}` : ''}; printed as
    ${body.reported}${body.quote ? html`: <q>${body.quote}</q>` : ''}.`;
}

/** The numbered notes under a table; each `li` is the target of the table's superscript links. */
export function footnotesHtml(notes: readonly Footnote[]): SafeHtml {
  if (notes.length === 0) return html``;
  const items = notes.map((n) => html`<li id="${n.id}" value="${n.n}">${bodyHtml(n.body)}</li>`);
  return html`<ol class="footnotes" aria-label="Notes on sources and methods">
    ${items}
  </ol>`;
}

/** A superscript link to footnote `n`. */
export function footnoteRef(n: number): SafeHtml {
  return html`<sup class="fnref"><a href="#fn-${n}" aria-label="note ${n}">${n}</a></sup>`;
}
