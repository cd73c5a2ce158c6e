import { findMetricsByPhrase } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

/**
 * What a Chinese stated change is of: the figure before it ("排放总量为57,555.6吨，同比下降5.5%"), unless
 * its own clause opens with a subject the catalogue names and no figure ("利用率提升至96.4%，单位产品
 * 综合能耗同比下降9.8%": the change is of the energy intensity, not of the rate counted before it).
 */
export function changeSubject(subject: string, last: Mention | undefined, m: Mention): Mention | undefined {
  const own = subject === '' ? undefined : { ...m, label: subject, context: [subject], unit: '' };
  if (last === undefined || own === undefined) return last ?? own;
  const named = !/\d/u.test(subject) && findMetricsByPhrase(subject).length > 0;
  return named ? own : last;
}
