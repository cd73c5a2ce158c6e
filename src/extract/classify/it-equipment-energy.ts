import type { MetricChoice } from './choose-metric.js';

/**
 * Whether a label names the energy a data centre's IT equipment drew ("IT equipment energy", "IT load
 * energy", "Energy delivered to IT equipment", "IT设备能耗"): a part of the facility's energy, the
 * denominator of its PUE (ISO/IEC 30134-2: total facility energy over IT equipment energy), never the
 * total energy consumption a caption of energy names.
 */
export function namesItEquipmentEnergy(label: string): boolean {
  return IT_ENERGY.test(label) || TO_IT.test(label) || CHINESE_IT_ENERGY.test(label);
}

/** True when a choice of total energy is a row of IT equipment energy, which is only a part of it. */
export function itEnergyAsTotal(label: string, choice: MetricChoice | undefined): boolean {
  return choice?.metric.id === 'energy.total' && namesItEquipmentEnergy(label);
}

// "IT equipment energy", "IT load energy consumption", "IT energy", "IT-equipment electricity": "IT" in
// capitals, so the pronoun ("make it energy-efficient") never reads as one.
const IT_ENERGY =
  /(?<![\p{L}\d])IT(?:[\s-]+(?:equipment|load|systems?|hardware))?[\s-]+(?:energy|electricity|power)\b/u;
// "Energy delivered to IT equipment", "Electricity consumed by the IT load".
const TO_IT =
  /\b(?:[Ee]nergy|[Ee]lectricity|[Pp]ower)\b.*\b(?:to|by|of|for)\s+(?:the\s+)?IT[\s-]+(?:equipment|load|systems?|hardware)\b/u;
// "IT设备能耗", "IT设备用电量": the IT equipment's energy or electricity use.
const CHINESE_IT_ENERGY = /IT\s*设备\s*(?:能耗|耗能|用电|耗电|能源)/u;
