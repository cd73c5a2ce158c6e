import { describe, expect, it } from 'vitest';
import { dec } from '../../core/index.js';
import { renderCharts } from '../charts/index.js';
import { buildReport } from '../model/index.js';
import { HOSTILE, sampleInput } from '../testing/sample-report.js';
import { renderHtml } from './render-html.js';

const model = buildReport(
  sampleInput({
    materiality: {
      responses: [
        { group: 'Employees', topic: HOSTILE.script, stakeholder: dec(4), business: dec(5) },
        { group: 'Investors', topic: 'Energy use', stakeholder: dec(3), business: dec(2) },
      ],
    },
  }),
);
const charts = await renderCharts(model.charts);
/** The markup with whitespace collapsed (the templates are formatted over several lines). */
const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/\s>/g, '>');
const page = squash(renderHtml(model, { charts }));

const all = (re: RegExp) => [...page.matchAll(re)].map((m) => m[1] ?? '');

describe('renderHtml', () => {
  it('is one self-contained document: no scripts, no external resources, a restrictive CSP', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/\s(src|href)="(?!#)/);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('escapes text from documents, users and surveys', () => {
    expect(page).toContain(
      'Our policy &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; applies to all sites.',
    );
    expect(page).toContain('Site: Plant &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(page).toContain('<q>Scope 1 398.10 &lt;script&gt;');
    expect(page.match(/&lt;script&gt;/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('has unique ids, and every internal link (TOC, footnotes, content index) has its target', () => {
    const ids = all(/\sid="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = new Set(ids);
    const links = all(/href="#([^"]+)"/g);
    expect(links.length).toBeGreaterThan(30);
    for (const l of links) expect(targets.has(l), `#${l}`).toBe(true);
  });

  it('lays out each KPI table with a caption, column headers per year and row headers', () => {
    const tables = page.match(/<table class="kpi"[\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(model.sections.filter((s) => s.table).length);
    for (const t of tables) {
      expect(t).toMatch(/<caption>\s*[^<]+: key performance indicators\s*<\/caption>/);
      expect([...t.matchAll(/<th scope="col" class="num">(\d{4})<\/th>/g)].map((m) => m[1])).toEqual([
        '2023',
        '2024',
        '2025',
      ]);
      expect(t).toMatch(/<th scope="row">/);
    }
  });

  it('prints each figure with a superscript link to its note under the same table', () => {
    const d = page.slice(page.indexOf('id="section-D"'), page.indexOf('id="section-other"'));
    expect(d).toMatch(/412\.75<sup class="fnref"><a href="#fn-(\d+)" aria-label="note \1">\1<\/a><\/sup>/);
    const n = /412\.75<sup class="fnref"><a href="#fn-(\d+)"/.exec(d)?.[1] ?? '';
    expect(d).toMatch(new RegExp(`<li id="fn-${n}" value="${n}">\\s*Calculated: Fuel × NCV × EF\\.`));
  });

  it('has a table of contents with every section, and the content index with all items', () => {
    const toc = page.slice(page.indexOf('<nav class="toc"'), page.indexOf('</nav>'));
    for (const s of model.sections) expect(toc).toContain(`href="#${s.id}"`);
    for (const a of ['about', 'materiality', 'overview', 'content-index', 'appendix'])
      expect(toc).toContain(`href="#${a}"`);
    expect(page.match(/<tr class="(heading|disclosure) depth-\d+" data-code="/g)).toHaveLength(
      model.contentIndex.length,
    );
    expect(page).toContain('No explanation given');
  });

  it('inlines the charts as SVG and the materiality matrix', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'chart-emissions',
      'chart-energy',
      'chart-water',
      'chart-workforce-gender',
      'chart-workforce-age',
      'chart-trends',
    ]);
    for (const c of charts) expect(page).toContain(`<figure class="chart" id="${c.id}">`);
    expect(page.match(/<svg/g)?.length).toBe(charts.length + 1);
    expect(page).toContain('Importance to stakeholders');
  });

  it('fills page references only when asked: none on screen, placeholders, then the pages', () => {
    expect(page).not.toContain('class="pageref"');
    const placeholder = squash(renderHtml(model, { charts, pageRefs: { kind: 'placeholder' } }));
    expect(placeholder).toContain('<span class="pageref" data-anchor="about" data-prefix="">00</span>');
    const filled = squash(
      renderHtml(model, {
        charts,
        pageRefs: {
          kind: 'pages',
          pages: new Map([
            ['about', 3],
            ['kpi-4', 8],
          ]),
        },
      }),
    );
    expect(filled).toContain('<span class="pageref" data-anchor="about" data-prefix="">3</span>');
    expect(filled).toContain('<span class="pageref" data-anchor="kpi-4" data-prefix=", p. ">, p. 8</span>');
  });
});
