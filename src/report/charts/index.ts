export { renderCharts, DEFAULT_CHART_SIZE, type RenderedChart, type ChartSize } from './render-chart.js';
export { chartOption, PALETTE } from './chart-options.js';
