import { html, trusted, type SafeHtml } from '../markup/index.js';
import type { MaterialityResult, MaterialityTier } from './materiality-result.js';
import { SCORE_RANGE } from './survey.js';

const WIDTH = 640;
const HEIGHT = 460;
const PAD = { left: 64, right: 24, top: 24, bottom: 56 };
const TIER_COLOURS: Readonly<Record<MaterialityTier, string>> = {
  high: '#1b5e20',
  medium: '#f9a825',
  low: '#90a4ae',
};

function scale(v: number, from: number, to: number): number {
  return from + ((v - SCORE_RANGE.min) / (SCORE_RANGE.max - SCORE_RANGE.min)) * (to - from);
}

const px = (v: number) => scale(v, PAD.left, WIDTH - PAD.right);
const py = (v: number) => scale(v, HEIGHT - PAD.bottom, PAD.top);

function gridLines(): SafeHtml[] {
  const lines: SafeHtml[] = [];
  for (let v = SCORE_RANGE.min; v <= SCORE_RANGE.max; v++) {
    lines.push(
      html`<line
        class="grid"
        x1="${px(v)}"
        y1="${py(SCORE_RANGE.min)}"
        x2="${px(v)}"
        y2="${py(SCORE_RANGE.max)}"
      />`,
    );
    lines.push(
      html`<line
        class="grid"
        x1="${px(SCORE_RANGE.min)}"
        y1="${py(v)}"
        x2="${px(SCORE_RANGE.max)}"
        y2="${py(v)}"
      />`,
    );
    lines.push(
      html`<text class="tick" x="${px(v)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${v}</text>`,
    );
    lines.push(html`<text class="tick" x="${PAD.left - 8}" y="${py(v) + 4}" text-anchor="end">${v}</text>`);
  }
  return lines;
}

/**
 * The materiality matrix as a standalone SVG: one numbered point per topic (the number is its rank,
 * listed in the ranked-topics table beside it), dashed threshold lines, axes on the 1–5 scale.
 * Topic names are escaped; they come from a survey file.
 */
export function materialityMatrixSvg(result: MaterialityResult): string {
  const t = result.thresholds;
  const points = result.topics.map((topic) => {
    const x = px(topic.x.toNumber());
    const y = py(topic.y.toNumber());
    return html`<g class="topic ${topic.tier}"
      ><title>${topic.rank}. ${topic.topic} (${topic.x.toFixed(2)}, ${topic.y.toFixed(2)})</title
      ><circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="${TIER_COLOURS[topic.tier]}" /><text
        x="${x.toFixed(1)}"
        y="${(y + 3.5).toFixed(1)}"
        text-anchor="middle"
        class="rank"
        >${topic.rank}</text
      ></g
    >`;
  });
  const svg = html`<svg
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    width="${WIDTH}"
    height="${HEIGHT}"
    role="img"
    aria-label="Materiality matrix: ${result.y.label} against ${result.x.label}"
  >
    <style>
      .grid {
        stroke: #e0e0e0;
        stroke-width: 1;
      }
      .threshold {
        stroke: #555;
        stroke-dasharray: 5 4;
      }
      .tick {
        font: 11px sans-serif;
        fill: #444;
      }
      .axis {
        font: 13px sans-serif;
        fill: #222;
      }
      .rank {
        font: bold 10px sans-serif;
        fill: #fff;
      }
    </style>
    ${gridLines()}
    <line
      class="threshold"
      x1="${px(t.x)}"
      y1="${py(SCORE_RANGE.min)}"
      x2="${px(t.x)}"
      y2="${py(SCORE_RANGE.max)}"
    />
    <line
      class="threshold"
      x1="${px(SCORE_RANGE.min)}"
      y1="${py(t.y)}"
      x2="${px(SCORE_RANGE.max)}"
      y2="${py(t.y)}"
    />
    <text class="axis" x="${(PAD.left + WIDTH - PAD.right) / 2}" y="${HEIGHT - 12}" text-anchor="middle">
      ${result.x.label}
    </text>
    <text
      class="axis"
      transform="translate(18 ${(PAD.top + HEIGHT - PAD.bottom) / 2}) rotate(-90)"
      text-anchor="middle"
    >
      ${result.y.label}
    </text>
    ${points}
  </svg>`;
  return svg.html;
}

/** The matrix wrapped as trusted markup for the HTML renderer. */
export function materialityMatrix(result: MaterialityResult): SafeHtml {
  return trusted(materialityMatrixSvg(result));
}
