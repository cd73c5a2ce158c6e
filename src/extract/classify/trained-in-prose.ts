import { COURSE_WORDS } from '../narrative/index.js';

// People who took part in or completed a course are those trained (GRI 404-1, HKEX B3.1), never the
// headcount, in the languages whose sentences put the verb before the count as often as after it:
// Slovak and Czech "školenie absolvovalo 2 314 zamestnancov", Polish "w szkoleniu wzięło udział 1 204
// pracowników", Slovene "usposabljanja se je udeležilo 812 zaposlenih", and after it in Spanish,
// Portuguese, Romanian, Italian and Hungarian ("1.204 empleados participaron en la formación"). German
// and Dutch verbs are listed too, though the narrative reader reads their counts only where the people
// end the clause ("… nahmen 1.204 Mitarbeitende teil" reads "Mitarbeitende teil" as one noun).

// Hebrew "הדרכה" (instruction; "הדרכת בטיחות" safety training), "הכשרה" and "קורס", and Arabic
// "تدريب" / "التدريب" and "دورة" / "دورات", with a glued preposition ("בהדרכה", "بالتدريب").
const HE_AR_COURSE = String.raw`[בלו]?ה?(?:הדרכ\p{L}*|הכשר\p{L}*|קורס\p{L}*)|(?:و?(?:ب|ل)?(?:ال)?)(?:تدريب\p{L}*|دورات|دورة)`;

// The course: training in any of these languages (narrative/course-words.ts), or the Spanish, Portuguese
// and English words for it ("formación", "capacitación", "treinamento", "training", "curso").
const COURSE = new RegExp(
  String.raw`(?<!\p{L})(?:${COURSE_WORDS}|trainings?|formaci[oó]n|capacitaci[oó]n|curso\p{L}*|treinamento\p{L}*|capacita[cç][aã]o|forma[cç][aã]o|${HE_AR_COURSE})(?!\p{L})`,
  'iu',
);

// Hebrew "השלימו" (completed), "עברו" (went through), "השתתפו" (took part), "הוכשרו" / "הודרכו" (were
// trained); Arabic "أكمل" / "أتم" (completed), "شارك" (took part), "تلقى" (received), "حضر" (attended)
// in their plural and feminine forms.
const HE_AR_TOOK_PART = String.raw`השלימו|עברו|השתתפו|הוכשרו|הודרכו|(?:أكمل|أتم|شارك|تلق|حضر)\p{L}{0,2}`;

// Verbs saying the people took part in or completed it, in the forms a count of people takes (Slavic
// neuter singular after five or more, plural otherwise): Slovak and Czech "absolvovalo", "zúčastnilo
// sa", "prešlo" / "prošlo"; Polish "ukończyło", "uczestniczyło", "wzięło udział", "przeszło"; Slovene
// "udeležilo", "opravilo", "zaključilo"; German "nahmen … teil", "absolvierten", "wurden geschult";
// Dutch "namen deel", "volgden", "hebben … gevolgd"; Spanish "participaron", "asistieron",
// "completaron", "fueron capacitados"; Portuguese "participaram", "concluíram", "foram treinados";
// Romanian "au participat", "au urmat", "au absolvit"; Italian "hanno partecipato", "hanno seguito",
// "hanno completato"; Hungarian "vett részt", "vettek részt", "végezte el"; Ukrainian "пройшли",
// "пройшло", "взяли участь", "завершили", "відвідали"; Russian "прошли", "прошло", "приняли участие".
const TOOK_PART = String.raw`(?:absolvoval\p{L}{0,2}|zúčastnil\p{L}{0,2}|prešl[oiay]|prošl[oiay]|ukończył\p{L}{0,2}|uczestniczył\p{L}{0,2}|wzię(?:ło|li|ły)\s+udział|przeszł\p{L}{0,2}|udeležil\p{L}{0,2}|opravil[oiae]|zaključil[oiae]|nahmen|teilgenommen|absolvierten|absolviert|geschult|namen\s+deel|deelgenomen|volgden|gevolgd|participaron|asistieron|completaron|capacitad[oa]s|formad[oa]s|participaram|concluíram|treinad[oa]s|au\s+participat|au\s+urmat|au\s+absolvit|instruiți|hanno\s+partecipato|hanno\s+seguito|hanno\s+completato|formati|vett(?:ek)?\s+részt|végezték?\s+el|пройшл[иоа]|вз(?:яли|яло)\s+участь|завершил[иоа]|відвідал[иоа]|прошл[иоа]|приняло?\s+участие|${HE_AR_TOOK_PART})`;

// The verb a few words before the count ("absolvovalo v roku 2025 spolu 2 314", "nahmen 2025 insgesamt
// 1.204"), with no clause mark between.
const TOOK_PART_BEFORE = new RegExp(
  String.raw`(?<!\p{L})${TOOK_PART}(?!\p{L})(?:\s+[^\s,;:.()]+){0,5}\s+$`,
  'iu',
);
// The verb a few words after the people ("1.204 empleados participaron", "1.204 dipendenti hanno
// partecipato", "1.204 Mitarbeitende wurden … geschult").
const TOOK_PART_AFTER = new RegExp(
  String.raw`^\s*[^\s,;:.()]+(?:\s+[^\s,;:.()]+){0,3}?\s+${TOOK_PART}(?!\p{L})`,
  'iu',
);

// People a count may name besides those the unit registry reads as persons: staff in Spanish, Portuguese,
// Italian and Dutch plurals ("empleados", "colaboradores", "funcionários", "collaboratori", "lavoratori",
// "participantes"), Hebrew "עובדים" / "עובדי" and Arabic "موظفين".
const PEOPLE =
  /^(?:persons|emplead[oa]s|colaborador(?:es|as)|trabajador(?:es|as)|funcion[aá]ri[oa]s|empregad[oa]s|trabalhador(?:es|as)|pessoas|personas|collaboratori|lavoratori|participant(?:es|i|en)|עובד(?:ים|י|ות)|موظف(?:ين|ون|ي)?)$/iu;

// A figure as printed: digits grouped by a space, a dot or a comma ("2 314", "2.314", "2,314").
const PRINTED_FIGURE = /\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})+(?![\d,.]\d)|\d+/g;

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/**
 * Whether a sentence says the people its count `value` names took part in or completed a course, in
 * Slovak, Czech, Polish, Slovene, German, Dutch, Spanish, Portuguese, Romanian, Italian, Hungarian,
 * Hebrew or Arabic: a verb of taking part next to the count and a word for the course in the sentence.
 * `people` is the counted noun, or "persons" when the unit registry reads it as people.
 */
export function tookPartInCourse(sentence: string, value: string, people: string): boolean {
  if (!COURSE.test(sentence) || !PEOPLE.test(people)) return false;
  for (const m of sentence.matchAll(PRINTED_FIGURE)) {
    if (m[0].replace(/[\s\u00a0\u202f.,]/g, '') !== value) continue;
    const before = sentence.slice(Math.max(0, m.index - 80), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // People who completed an amount ("2 196 zamestnancov absolvovalo 52 380 hodín školení") are the
    // workforce the hours are spread over, not those trained.
    const clause = after.split(/[;:]|[,.](?!\d)/)[0] ?? '';
    if (/\d/.test(clause.replace(YEAR, ''))) continue;
    if (TOOK_PART_BEFORE.test(before) || TOOK_PART_AFTER.test(after)) return true;
  }
  return false;
}
