import type { ClassifiedMention } from '../classify/index.js';
import { readPrintedUnit } from '../classify/index.js';

/**
 * Whether a figure found in prose is an ESG disclosure rather than a business or case-study number
 * ("a road network of 10,381 kilometers", "67,000 AI models"). Table figures and statements of zero
 * incidents always are. A prose figure is when it classifies to a catalogue metric, when it is a
 * physical or money quantity of the kinds ESG reporting covers, or when its sentence is about an ESG
 * topic of the HKEX ESG Guide or the GRI topic standards (people, training, safety, environment,
 * supply chain, product responsibility, ethics, community).
 */
export function isDisclosure(c: ClassifiedMention): boolean {
  const m = c.mention;
  if (m.kind === 'table' || isZeroStatement(m.label, m.value)) return true;
  if (c.metric) return true;
  const dimension = readPrintedUnit(m.unit)?.unit.dimension ?? '';
  if (ESG_QUANTITIES.test(dimension)) return true;
  return ESG_TOPICS.test(m.label) || ESG_TOPICS.test(m.context[0] ?? '');
}

/** True for a mention read from a statement of zero incidents ("no work-related fatalities"). */
export function isZeroStatement(label: string, value: string): boolean {
  return value === '0' && /^(?:no|zero|nil|not|none|nobody)\b/i.test(label);
}

const ESG_QUANTITIES = /^(?:ghg|energy|mass|volume|power|money:[A-Z]{3})(?:\/|$)/;

const ESG_TOPICS = new RegExp(
  [
    'employ',
    'staff',
    'personnel',
    'worker',
    'workforce',
    'talent',
    'hire',
    'recruit',
    'turnover',
    'female',
    'women',
    'gender',
    'divers',
    'train',
    'course',
    'learning',
    'lectur',
    'instructor',
    'educat',
    'student',
    'teacher',
    'scholarship',
    'safety',
    'injur',
    'fatal',
    'accident',
    'occupational',
    'health',
    'hazard',
    'drill',
    'emergenc',
    'supplier',
    'procure',
    'supply chain',
    'customer',
    'complain',
    'satisf',
    'recall',
    'privacy',
    'data security',
    'information security',
    'security test',
    'corrupt',
    'brib',
    'whistle',
    'complian',
    'violat',
    'lawsuit',
    'donat',
    'charit',
    'volunteer',
    'communit',
    'poverty',
    'welfare',
    'patent',
    'trademark',
    'copyright',
    'intellectual property',
    'certif',
    'iso \\d',
    'standard',
    'emission',
    'carbon',
    'greenhouse',
    'co2',
    'energy',
    'electric',
    'power',
    'fuel',
    'coal',
    'gas',
    'water',
    'wastewater',
    'waste',
    'recycl',
    'reuse',
    'packag',
    'renewable',
    'solar',
    'photovoltaic',
    'green',
    'environment',
    'pollut',
    'dust',
    'sulfur',
    'sulphur',
    'nitrogen',
    'particulate',
    'climate',
    'biodivers',
    'dormitor',
    'participa',
    'attend',
    'member',
    'subsidiar',
    'industrial park',
    'province',
  ].join('|'),
  'i',
);
