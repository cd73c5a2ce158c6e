import { genderOf } from '../classify/index.js';
import type { NarrativeFigure } from './read-figure.js';

// The people a workforce share is of (GRI 405-1), as reports name them: English, Malay and Indonesian,
// Slovak, Czech, Polish, Slovene and Croatian (any case ending: "zaposlenih", "pracowników"), Romanian,
// Spanish, Portuguese, Italian, German, Dutch and French, and Turkish ("çalışanın", of the employees).
const PEOPLE = [
  'employees|staff|workforce|workers|headcount|personnel',
  'pekerja|karyawan|pegawai|kakitangan',
  'zamestnanc\\p{L}*|zaměstnanc\\p{L}*|pracownik\\p{L}*|pracowników|zaposlen\\p{L}*|radni\\p{L}*|angaja\\p{L}*|salaria\\p{L}*',
  'emplead[oa]s|trabajador[ae]s|colaborador[ae]s|funcion[aá]ri[oa]s|trabalhador[ae]s|dipendenti|lavorator[ie]|collaborator[ie]',
  'beschäftigten|mitarbeitenden|mitarbeiter(?:innen)?|belegschaft|medewerkers|werknemers|salariés|collaborateurs|effectifs',
  'çal[ıi]şan\\p{L}*',
].join('|');
// "of", with the words that may follow it before the people: Malay "daripada", Indonesian "dari", Slovak
// and Czech "z", Polish "spośród", Slovene and Croatian "od", Romanian "din (cei)", Spanish "de (los)",
// Portuguese "dos", Italian "dei", German "der", Dutch "van (de)", French "des".
const OF = 'of|daripada|dari|z|ze|spośród|wśród|od|din|dintre|de|dos|das|dei|delle|degli|der|van|des|du';
const DETERMINER =
  'our|the|its|their|total|all|seluruh|semua|los|las|cei|cele|het|de|onze|unserer|unseren|nuestros|nossos|nostri|tous|todos';
const COUNT = '\\d{1,3}(?:[,\\s\\u00a0]\\d{3})+|\\d+';
const OF_PEOPLE = new RegExp(
  `^[\\d.,]+\\s?(?:%|per\\s?cent)\\s+(?:${OF})\\s+(?:(?:${DETERMINER})\\s+){0,2}(?:(?:${COUNT})\\s+)?(?:${PEOPLE})(?!\\p{L})`,
  'iu',
);
// Serbian, Croatian, Bosnian and Montenegrin put the people in the genitive with no "of": "Žene čine 58,2%
// zaposlenih", "… % stalno zaposlenih", "… % ukupnog broja zaposlenih".
const GENITIVE_PEOPLE =
  /^[\d.,]+\s?%\s+(?:(?:stalno|ukupno|svih|ukupnog\s+broja)\s+)?(?:zaposlen\p{L}*|radnika)(?!\p{L})/iu;
// Turkish names the whole before the share, in the genitive: "1.716 çalışanın %32,7'sini",
// "çalışanların %30'u".
const PEOPLE_BEFORE = new RegExp(`(?:^|\\s)(?:(?:${COUNT})\\s+)?çal[ıi]şan(?:lar)?[ıi]n\\s*$`, 'iu');

/**
 * A share a sentence says a group of people makes up of the workforce ("Women make up 58.4% of our
 * workforce", "wanita merangkumi 32.7% daripada 1,716 pekerja"): named as the catalogue names workforce
 * shares, so it is no bare percentage; read only for a gender the words just before it name.
 */
export function shareOfWorkforce(sentence: string, f: NarrativeFigure): NarrativeFigure {
  if (f.unit !== '%' || f.name) return f;
  // The clause the share is in: a colon or semicolon ends the one before ("Diversity: women make up …").
  const clause =
    sentence
      .slice(Math.max(0, f.at - 80), f.at)
      .split(/[;:!?]|\.\s/)
      .pop() ?? '';
  const whole = PEOPLE_BEFORE.exec(clause);
  const rest = sentence.slice(f.at);
  if (!whole && !OF_PEOPLE.test(rest) && !GENITIVE_PEOPLE.test(rest)) return f;
  // The group is among the last few words: "women make up", "Las mujeres representan el", "Kadınlar".
  const words = (whole ? clause.slice(0, whole.index) : clause).match(/[\p{L}-]+/gu) ?? [];
  const gender = genderOf(words.slice(-5).join(' ').toLowerCase());
  if (gender === undefined) return f;
  return { ...f, dims: { ...f.dims, gender }, name: 'proportion of employees' };
}
