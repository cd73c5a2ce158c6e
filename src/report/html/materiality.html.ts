import { materialityMatrix, type MaterialityResult } from '../materiality/index.js';
import { html, type SafeHtml } from '../markup/index.js';

const TIER_TEXT = { high: 'High', medium: 'Medium', low: 'Low' } as const;

/** The materiality section: the matrix, how it was scored, and the ranked topics with their disclosures. */
export function materialityHtml(m: MaterialityResult): SafeHtml {
  const rows = m.topics.map(
    (t) =>
      html`<tr>
        <td class="num">${t.rank}</td>
        <th scope="row">${t.topic}</th>
        <td class="num">${t.y.toFixed(2)}</td>
        <td class="num">${t.x.toFixed(2)}</td>
        <td>${TIER_TEXT[t.tier]}${t.material ? ' (material)' : ''}</td>
        <td>${t.codes.join(', ')}</td>
      </tr>`,
  );
  const groups = m.groups.map((g) => `${g.group} (weight ${g.weight}, ${g.responses} responses)`).join('; ');
  const rule = m.rule === 'both' ? 'above both thresholds' : 'above either threshold';
  return html`<section id="materiality">
    <h2>Materiality assessment</h2>
    <p>
      Topics were rated from 1 to 5 by stakeholder groups; each topic's score is the mean within each group,
      weighted across groups: ${groups}. A topic is material when it scores ${rule} (${m.x.label}
      ${m.thresholds.x}, ${m.y.label} ${m.thresholds.y}).
    </p>
    <figure class="matrix">
      ${materialityMatrix(m)}
      <figcaption>Materiality matrix: numbers are the topics' ranks in the table below.</figcaption>
    </figure>
    <table class="materiality">
      <caption>
        Ranked topics
      </caption>
      <thead>
        <tr>
          <th scope="col" class="num">Rank</th>
          <th scope="col">Topic</th>
          <th scope="col" class="num">${m.y.label}</th>
          <th scope="col" class="num">${m.x.label}</th>
          <th scope="col">Materiality</th>
          <th scope="col">Disclosures</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </section>`;
}
