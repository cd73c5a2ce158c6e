import type { Dims, Metric } from '../../core/index.js';
import { wasteRouteCode } from './waste-route.js';

/**
 * Codes a breakdown adds: GRI 405-1 asks for employees by gender and age group, so a headcount or
 * share split that way answers it as well as GRI 2-7.
 */
export function breakdownCodes(metric: Metric | undefined, dims: Dims): string[] {
  if (metric?.id.startsWith('workforce.') && (dims.gender !== undefined || dims.age !== undefined))
    return ['GRI:405-1'];
  // Waste by route answers GRI 306-4 (diverted) or 306-5 (disposed) as well as 306-3.
  const route =
    metric?.id.startsWith('waste.') && dims.treatment ? wasteRouteCode(dims.treatment) : undefined;
  return route ? [route] : [];
}
