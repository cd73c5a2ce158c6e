import type { ChartSpec } from '../model/index.js';
import { chartOption } from './chart-options.js';

/** A chart drawn as an SVG string, ready to inline in the HTML. */
export interface RenderedChart {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

/** Width and height of a chart in CSS pixels. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Half an A4 text column: two charts fit side by side in print. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 420, height: 300 };

type Echarts = typeof import('echarts/dist/echarts.esm.min');
let loading: Promise<Echarts> | undefined;

/**
 * echarts, loaded on first use from its prebuilt bundle (see echarts-bundle.d.ts): a report renders
 * in seconds, and loading echarts module by module cost one of them.
 */
function loadEcharts(): Promise<Echarts> {
  loading ??= import('echarts/dist/echarts.esm.min');
  return loading;
}

/**
 * Draws charts on the server as SVG with echarts' server-side rendering (no DOM, no browser): the
 * report embeds them inline, so the HTML, the PDF and a print from any browser show the same picture.
 */
export async function renderCharts(
  specs: readonly ChartSpec[],
  size: ChartSize = DEFAULT_CHART_SIZE,
): Promise<RenderedChart[]> {
  if (specs.length === 0) return [];
  const echarts = await loadEcharts();
  return specs.map((spec) => {
    const chart = echarts.init(null, null, {
      renderer: 'svg',
      ssr: true,
      width: size.width,
      height: size.height,
    });
    try {
      chart.setOption(chartOption(spec));
      return { id: spec.id, title: spec.title, svg: chart.renderToSVGString() };
    } finally {
      chart.dispose();
    }
  });
}
