export { metricLabel, findMetric, metricGroups, type MetricGroup } from './metric-label.js';
export { unitsForMetric } from './units-for-metric.js';
export { MetricSelect, type MetricSelectProps } from './metric-select.js';
