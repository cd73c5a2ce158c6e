// The parts of echarts the dashboard draws with, registered once; importing only these keeps the
// bundle to what is used (echarts' "import on demand" guide). SVG renders crisp text at any zoom
// and leaves the labels in the DOM where assistive technology and the browser tests can read them.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/** A chart on `element`, with the dashboard's chart types registered on first use. */
export function createChart(element: HTMLElement): ECharts {
  if (!registered) {
    use([
      BarChart,
      LineChart,
      PieChart,
      AriaComponent,
      DatasetComponent,
      GridComponent,
      LegendComponent,
      TitleComponent,
      TooltipComponent,
      SVGRenderer,
    ]);
    registered = true;
  }
  return init(element, undefined, { renderer: 'svg' });
}

export type { ECharts, EChartsCoreOption };
