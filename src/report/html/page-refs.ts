import { html, type SafeHtml } from '../markup/index.js';

/** Page of each anchor in the printed PDF, read back after a first print. */
export type PageMap = ReadonlyMap<string, number>;

/** How page references are filled: not at all (screen), with a placeholder (first print), or with pages. */
export type PageRefs =
  | { readonly kind: 'none' }
  | { readonly kind: 'placeholder' }
  | { readonly kind: 'pages'; readonly pages: PageMap };

// Two digits keep the first print's line breaks the same as the second's for reports under 100 pages;
// the PDF printer repeats the pass if a page number still moves.
/** What a page reference shows before the pages are known. */
export const PAGE_PLACEHOLDER = '00';

/** The page number of an anchor as markup (`<span class="pageref">12</span>`), or nothing on screen. */
export function pageRef(refs: PageRefs, anchor: string, prefix = ''): SafeHtml {
  if (refs.kind === 'none') return html``;
  const page = refs.kind === 'pages' ? refs.pages.get(anchor) : undefined;
  return html`<span class="pageref" data-anchor="${anchor}" data-prefix="${prefix}"
    >${prefix}${page === undefined ? PAGE_PLACEHOLDER : String(page)}</span
  >`;
}
