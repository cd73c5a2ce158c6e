import type { Dims } from '../../core/index.js';
import { genderOf } from './gender-words.js';

/** A share row whose unit cell names its gender: the phrase it is classified by and its breakdown. */
export interface GenderShareRow {
  /** A catalogue phrase of `workforce.share` for the gender the unit names. */
  readonly phrase: string;
  readonly dims: Dims;
}

/**
 * A key-figures row that puts the gender in its unit cell and the group in its label ("Gender balance
 * in leadership | % women", Norwegian "Kjønnsbalanse i ledelsen | % kvinner", German "… | % Frauen"):
 * the share of that gender in the group (GRI 405-1 b). Read only when the label names the management
 * or the whole workforce; a board's share is of a governance body, and any other group stays unread.
 */
export function genderShareRow(label: string, unit: string): GenderShareRow | undefined {
  const word = GENDER_UNIT.exec(unit.trim())?.[1];
  const gender = word === undefined ? undefined : genderOf(word.toLowerCase());
  const l = label.toLowerCase();
  if (gender === undefined || BOARD.test(l)) return undefined;
  const phrase = gender === 'female' ? 'percentage female' : 'percentage male';
  if (MANAGEMENT.test(l)) return { phrase, dims: { gender, employee_category: 'management' } };
  if (WHOLE.test(l)) return { phrase, dims: { gender } };
  return undefined;
}

// "% women", "% of women", "% Frauen", "% kvinder", "% de mujeres": a percent sign, then one word.
const GENDER_UNIT = /^%\s*(?:(?:of|de|der)\s+)?(\p{L}+)\.?$/u;

// Management and leadership as a label's group: English, the Nordic languages ("ledelsen", "ledere",
// "ledningen", "chefer"), German ("Führungspositionen", "Führungskräfte"), Dutch ("leidinggevenden"),
// French ("encadrement") and Spanish ("puestos directivos", "dirección").
const MANAGEMENT =
  /(?<!\p{L})(?:management|managers|leadership|ledelse[n]?|ledere|lederstillinger|ledning(?:en)?|chefer|führung\p{L}*|leidinggevend\p{L}*|encadrement|directivos|dirección)(?!\p{L})/u;
// A board or supervisory body is a governance body, not part of the workforce: "bestyrelse" (Danish),
// "styre(t)" (Norwegian), "styrelse(n)" (Swedish), "Aufsichtsrat", "Vorstand", "raad van", "consejo", "conseil".
const BOARD =
  /(?<!\p{L})(?:board|directors|bestyrelse\p{L}*|styre[t]?|styrelse\p{L}*|aufsichtsrat\p{L}*|vorstand\p{L}*|raad|consejo|conseil)(?!\p{L})/u;
// The whole workforce: "all employees", "alle medarbejdere", "alle ansatte", "alla anställda", "gesamte
// Belegschaft", "all staff", "workforce".
const WHOLE =
  /(?<!\p{L})(?:all\s+(?:employees|staff)|workforce|alle\s+(?:medarbejdere|ansatte|mitarbeitende\p{L}*)|alla\s+anställda|belegschaft|todos\s+los\s+empleados)(?!\p{L})/u;
