import { namesItEquipmentEnergy } from '../../core/index.js';
import type { MetricChoice } from './choose-metric.js';

/**
 * True when a choice of total energy is a row of IT equipment energy, which is only a part of it: a
 * data centre's IT load is the denominator of its PUE (ISO/IEC 30134-2), never the total energy a
 * caption of energy names.
 */
export function itEnergyAsTotal(label: string, choice: MetricChoice | undefined): boolean {
  return choice?.metric.id === 'energy.total' && namesItEquipmentEnergy(label);
}
