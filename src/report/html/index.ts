export { renderHtml, tocEntries, type HtmlOptions } from './render-html.js';
export { pageRef, PAGE_PLACEHOLDER, type PageMap, type PageRefs } from './page-refs.js';
export { REPORT_CSS } from './report-css.js';
