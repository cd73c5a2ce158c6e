/**
 * The two energies of a data centre's PUE (ISO/IEC 30134-2: total facility energy over IT equipment
 * energy), as row labels name them: read by extract, which never takes IT equipment energy for the
 * total energy, and by check, which sets a printed PUE against the two.
 */

/**
 * Whether a label names the energy a data centre's IT equipment drew ("IT equipment energy", "IT load
 * energy", "Energy delivered to IT equipment", "IT设备能耗"): a part of the facility's energy, the
 * denominator of its PUE.
 */
export function namesItEquipmentEnergy(label: string): boolean {
  return IT_ENERGY.test(label) || TO_IT.test(label) || CHINESE_IT_ENERGY.test(label);
}

/**
 * Whether a label names the whole energy a data centre drew, the numerator of its PUE ("Total facility
 * energy", "Facility energy consumption", "Data centre total energy", "数据中心总能耗"). A company's
 * "Total energy consumption" may cover offices and fleet too, so it is not read as one.
 */
export function namesFacilityEnergy(label: string): boolean {
  return FACILITY_ENERGY.test(label) || CHINESE_FACILITY_ENERGY.test(label);
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
// "Total facility energy", "Facility energy use", "Total data centre energy", "Data center facility power".
const FACILITY_ENERGY =
  /\b(?:(?:total\s+)?(?:data\s+cent(?:re|er)\s+)?facility|total\s+data\s+cent(?:re|er))(?:\s+(?:total|facility))?\s+(?:energy|electricity|power)\b/iu;
// "数据中心总能耗", "数据中心总耗电量", "设施总能耗".
const CHINESE_FACILITY_ENERGY = /(?:数据中心|设施)\s*总\s*(?:能耗|耗能|用电|耗电)/u;
