/** The page's stylesheet: a coverage grid coloured by status, findings coloured by severity. */
export const CHECK_HTML_STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d2329}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
.doc{color:#5a6570}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(7.5rem,1fr));gap:.35rem}
.cell{border-radius:4px;padding:.35rem .5rem;border:1px solid #ccd3da}
.cell b{display:block;font-size:.85rem;overflow-wrap:anywhere}.cell small{font-size:.75rem;color:#39424b}
.disclosed{background:#e3f4e6;border-color:#9fd2a9}.explained{background:#fdf3d6;border-color:#e6c96e}
.missing{background:#fbe3e1;border-color:#e3a19a}
.legend span{padding:.1rem .5rem;border-radius:3px;margin-right:.4rem;border:1px solid}
.finding{border-left:4px solid #8a96a3;padding:.4rem .9rem;margin:.8rem 0;background:#f7f9fa}
.finding.error{border-color:#c0392b}.finding.warning{border-color:#d68910}.finding.info{border-color:#2e86c1}
.sev{font-weight:600;text-transform:uppercase;font-size:.75rem}
.sources{margin:.3rem 0 0;padding-left:1.1rem;font-size:.85rem;color:#39424b}
.where{font-variant-numeric:tabular-nums;color:#5a6570}
q{font-family:ui-monospace,monospace;white-space:pre-wrap;quotes:none}
`;
