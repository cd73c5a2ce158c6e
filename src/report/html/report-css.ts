/**
 * The report's stylesheet: readable on screen, and for print an A4 page with running tables (header
 * rows repeat, rows never split), each main section on a new page, and charts kept whole.
 */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
:root { --ink: #1a1a1a; --muted: #5f6368; --rule: #d0d4d9; --accent: #0b5d7a; --band: #f3f6f8; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 10pt/1.45 "DejaVu Sans", "Liberation Sans", "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: var(--ink); }
h1, h2, h3 { color: var(--accent); line-height: 1.2; }
h2 { font-size: 17pt; margin: 0 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 12pt; margin: 16px 0 6px; }
p { margin: 0 0 8px; }
a { color: var(--accent); }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; padding: 0 10mm; }
.cover h1 { font-size: 28pt; margin: 0 0 16px; }
.cover .subtitle { font-size: 13pt; color: var(--muted); }
.draft-warning { border: 2px solid #b3261e; color: #b3261e; padding: 8px 12px; margin-top: 24px; font-weight: bold; }
main > section, nav.toc { break-before: page; }
nav.toc ol { list-style: none; padding: 0; margin: 0; }
nav.toc li { display: flex; align-items: baseline; margin: 5px 0; }
nav.toc li a { text-decoration: none; color: var(--ink); }
nav.toc li.sub { padding-left: 18px; font-size: 9.5pt; }
nav.toc li::after { content: ""; order: 1; flex: 1; border-bottom: 1px dotted var(--muted); margin: 0 6px; }
nav.toc li .pageref { order: 2; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding: 4px 0; color: var(--muted); }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 3px 6px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { background: var(--band); border-bottom: 2px solid var(--accent); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.unit { white-space: nowrap; color: var(--muted); }
table.kpi td.code { font-size: 7.5pt; color: var(--muted); width: 18%; }
tr.depth-1 th { padding-left: 20px; font-weight: normal; }
tbody th { font-weight: 600; }
sup.fnref { font-size: 7pt; line-height: 0; }
sup.fnref a { text-decoration: none; }
.notes { font-size: 8.5pt; color: var(--muted); margin: 4px 0; padding-left: 18px; }
ol.footnotes { font-size: 8pt; color: var(--muted); padding-left: 32px; margin: 6px 0 14px; }
ol.footnotes li { margin: 2px 0; overflow-wrap: anywhere; }
.narrative { margin-bottom: 10px; }
.narrative .requirement { font-size: 8.5pt; color: var(--muted); margin: 0 0 4px; }
.charts { display: flex; flex-wrap: wrap; gap: 8px; }
figure.chart { margin: 0; width: calc(50% - 4px); break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; }
figure.matrix { margin: 0 0 10px; break-inside: avoid; }
figure.matrix svg { width: 100%; max-width: 640px; height: auto; }
figcaption { font-size: 8.5pt; color: var(--muted); }
figure.chart figcaption { font-size: 10pt; font-weight: bold; color: var(--ink); text-align: center; }
table.index td.code { width: 17%; overflow-wrap: anywhere; }
table.index td.title { width: 38%; }
table.index td.level { width: 11%; }
table.index tr.heading td { background: var(--band); font-weight: 600; }
table.index tr.depth-2 td.title, table.index tr.depth-3 td.title { padding-left: 16px; }
.status-missing { color: #b3261e; font-weight: bold; }
.status-omitted, .status-not_applicable { font-style: italic; }
@media screen {
  body { max-width: 1040px; margin: 0 auto; padding: 24px; }
  main > section, nav.toc { margin-top: 40px; }
  .cover { min-height: auto; padding: 40px 0; }
  nav.toc li::after { display: none; }
}
`;
