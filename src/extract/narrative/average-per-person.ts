import { tryParseUnit } from '../../core/index.js';
import { COURSE_WORDS } from './course-words.js';
import type { NarrativeFigure } from './read-figure.js';

// Who an average is per: a person, however the report words it ("per employee", "per head",
// "per capita", "each"). HKEX B3.2 and GRI 404-1 ask for training hours per employee this way.
// Spanish, Portuguese and French name the person too ("por persona", "por empleado", "par salarié"),
// and Bulgarian and Russian after "на" ("на служител", "на одного сотрудника", "на човек"). Slovene,
// Slovak, Czech and Polish say it after "na" ("na zaposlenega", "na zamestnanca", "na zaměstnance", "na
// pracownika", "na osobę"), Croatian after "po" ("po zaposleniku"), Romanian after "per" or "pe" ("per
// angajat"), Italian and Dutch after "per" ("per dipendente", "per medewerker"), German after "pro" or
// "je" ("pro Mitarbeitenden").
const PERSON = String.raw`(?:employees?|persons?|people|staff(?:\s+members?)?|heads?|capita|workers?|members?\s+of\s+staff|participants?|trainees?|volunteers?|colleagues?|personas?|empleados?|trabajador(?:es)?|colaborador(?:es)?|pessoas?|empregados?|funcion[aá]rios?|salari[eé]s?|employ[eé]s?|zaposlen(?:ega|ca|em|om|iku|ika)|osebo|zamestnanca|zaměstnance|pracownika|osob[uęy]|djelatnika?|djelatniku|angajat|salariat|persoan[aă]|dipendente|lavoratore|collaboratore|persona|medewerker|werknemer|medarbejder(?:e|en)?|medarbeider(?:e|en)?|medarbetare(?:n)?|ansatt?(?:e|a)?|anställd(?:a)?|mitarbeite(?:r|nde[nm]?|rin)|beschäftigte[nm]?|kopf|(?:одн(?:ого|у)\s+)?(?:служител\p{L}{0,2}|сотрудник\p{L}{0,2}|работник\p{L}{0,2}|работещ\p{L}{0,2}|зает\p{L}{0,2}|човек|человека?))`;
// Hungarian glues "per" to the person as a suffix: "munkavállalónként" (per employee), "dolgozónként",
// "főre" (per head, "egy főre"). Finnish puts the person (in the partitive) before the postposition
// "kohden" or "kohti" ("työntekijää kohden", "henkilöä kohti"). Armenian puts the person (in the
// genitive) before "հաշվով" (on account of): "մեկ աշխատակցի հաշվով" (per employee), "մեկ անձի հաշվով".
const PER_PERSON_WORD = String.raw`munkavállalónként|dolgozónként|(?:egy\s+)?főre|(?:työntekijää|henkilöä|henkeä)\s+koh(?:den|ti)|(?:մեկ\s+)?(?:աշխատակցի|աշխատողի|անձի|մարդու)\s+հաշվով`;
// "19.6 hours per employee", "12 training hours per head", "8 hours of training per person", "9 hours each".
const PER_PERSON_AFTER = new RegExp(
  String.raw`^\s*(?:of\s+[a-z-]+\s+|обучени\p{L}\s+)?(?:per|pr\.|a|por|par|на|na|po|pe|pro|je|for\s+each|for\s+every)\s+(?:full-time\s+|trained\s+)?(${PERSON})(?![\p{L}])|^\s*(?:${PER_PERSON_WORD})(?![\p{L}])|^\s*each\b(?!\s+(?:year|month|week|day|quarter|time))|^\s*on\s+average\b`,
  'iu',
);
// "an average of 19.6", "averaging 21", "men averaged 14.7", "on average 18": the figure is an average.
// Spanish, Portuguese and French say it as "en promedio 26,8", "em média 18", "en moyenne 21"; Bulgarian
// as "средно (по) 26,8", Russian as "в среднем (по) 26,8" (Cyrillic words: no \b, which is ASCII only);
// Slovene "povprečno", Slovak "v priemere" / "priemerne", Czech "průměrně" / "v průměru", Polish
// "średnio", Croatian "prosječno", Hungarian "átlagosan", Romanian "în medie", Italian "in media", Dutch
// "gemiddeld", German "durchschnittlich" / "im Durchschnitt", Turkish "ortalama", Finnish "keskimäärin",
// Danish "i gennemsnit" / "gennemsnitligt", Norwegian "i gjennomsnitt" / "i snitt", Swedish "i genomsnitt" /
// "i snitt" / "i medeltal", Azerbaijani "orta hesabla" / "orta", Armenian "միջինը՝" (the average, with
// its "՝" before the figure) / "միջին հաշվով" (on average) / "միջինում".
const AVERAGE_BEFORE =
  /(?:\b(?:an?\s+average\s+of|averag(?:ed|ing|es)|on\s+average(?:,)?|average\s+of|(?:en|un)\s+promedio(?:\s+de)?|(?:em|uma)\s+m[eé]dia(?:\s+de)?|m[eé]dia\s+de|(?:en|une)\s+moyenne(?:\s+de)?|(?:una\s+)?media\s+de|de\s+media)|(?<!\p{L})(?:keskimäärin|средно|в\s+среднем|povprečno|v\s+povprečju|v\s+priemere|priemerne|průměrně|v\s+průměru|średnio|przeciętnie|prosječno|u\s+prosjeku|átlagosan|[îi]n\s+medie|in\s+media|gemiddeld|durchschnittlich|i\s+(?:gennemsnit|gjennomsnitt|genomsnitt|snitt?|medeltal)|gennemsnitligt|gjennomsnittlig|im\s+(?:durch)?schnitt|ortalama|orta\s+hesabla|միջին(?:ը|ում|\s+հաշվով)\s*՝?)(?:\s+по)?)\s*$/iu;
// The printed unit with "per <person>" or "each" folded in ("hours per employee"): what is left is the unit.
// "hours / employee" when the sentence's subject was "per employee" (see per-denominator.ts).
const UNIT_PER_PERSON = new RegExp(
  String.raw`^(.*?)\s*(?:\s(?:per|pr\.|a|por|par|на|na|po|pe|pro|je)\s|\/\s*)(?:full-time\s+|trained\s+)?${PERSON}$`,
  'iu',
);
// "each employee received on average 31.6 hours", "every staff member attended 9.5 hours": the person
// the figure is per comes before it, as the subject of the verb.
const EACH_BEFORE = new RegExp(
  String.raw`\b(?:each|every|per)\s+(?:full-time\s+)?${PERSON}\s+(?:\w+\s+){0,2}?(?:received|attended|completed|took|had|undertook|got|spent|logged|was\s+given|was\s+provided\s+with)\s+(?:an?\s+average\s+of\s+|on\s+average\s+|about\s+|around\s+|approximately\s+)?$`,
  'iu',
);
// Words that say the hours are training (HKEX B3.2, GRI 404-1), and words that say they are something else.
// Spanish "capacitación", "formación", Portuguese "treinamento", "capacitação", French "formation"; hours
// "impartidas" (Spanish) or "ministradas" (Portuguese) are hours taught; Bulgarian and Russian "обучение";
// Finnish "koulutus" in any case ("koulutukseen", "koulutusta").
const TRAINING = new RegExp(
  String.raw`(?:\b(?:train\w*|learning|courses?|e-learning|upskilling|capacitaci[oó]n|formaci[oó]n|capacita[cç][aã]o|forma[cç][aã]o|treinamentos?|formation|imparti(?:eron|ó|das?|dos)|ministrad[oa]s|koulutu\p{L}*)|(?<!\p{L})обучени\p{L}|(?<!\p{L})${COURSE_WORDS})(?![\p{L}])`,
  'giu',
);
const OTHER_ACTIVITY = /\b(?:volunteer\w*|service|overtime|community|leave|absence|sick)\b/gi;

// Training on one topic ("safety training of 18,640 hours"): its average is not the all-training
// average of HKEX B3.2 / GRI 404-1, only a part of the training named by its topic.
const TOPIC_TRAINING =
  /\b((?:occupational\s+)?(?:health\s+and\s+)?safety|fire|security|cyber-?security|compliance|anti-corruption|integrity|ethics|environmental|first[- ]aid|emergency|quality|privacy)\s+(?:education\s+and\s+)?training\b/gi;

// Groups of the workforce an average may be of (GRI 404-1 by gender and employee category).
const GROUP_WORDS =
  /\b(?:women|men|female|male|managers?|executives?|supervisors?|staff\s+in|workers?\s+in)\b/i;
// Work bound: only the end of the sentence before is looked at for the activity it names.
const MAX_PREVIOUS_CHARS = 400;

/** An average per person found for a figure: its unit without the person, and what it averages. */
export interface AveragePerPerson {
  readonly unit: string;
  /** The catalogue's words for the average ("average training hours per employee"), '' when unnamed. */
  readonly name: string;
  /** The training topic the average is narrowed to ("safety training"), when the sentence names one. */
  readonly topic?: string;
  /** The employment type of the people the sentence opens with ("Permanent employees completed …"). */
  readonly employment?: string;
}

// A sentence that opens on a kind of employee ("Permanent employees completed 91,000 hours …, an average
// of 27 hours each") averages over those employees only: the headcount it divides by is theirs (GRI 2-7).
const EMPLOYMENT_SUBJECT =
  /^\s*(?:(?:all|our|the)\s+)?(full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|casual)\s+(?:employees|staff|workers|colleagues)\b/i;

/**
 * Reads a time figure printed as an average per person: "an average of 19.6 hours per employee",
 * "averaging 21 hours each", "14.5 training hours per head", "8 hours of training per person on
 * average". The unit loses its "per person" (an average per employee is in hours, as the catalogue
 * and the tables print it), and when the nearest activity the sentence names before the figure is
 * training, the average is named as HKEX B3.2 names it. Undefined for any other figure.
 */
export function averagePerPerson(
  sentence: string,
  f: NarrativeFigure,
  previous = '',
): AveragePerPerson | undefined {
  if (!f.measured) return undefined;
  const perUnit = UNIT_PER_PERSON.exec(f.unit);
  const unit = (perUnit?.[1] ?? f.unit).trim();
  if (!isTime(unit)) return undefined;
  const after = sentence.slice(f.end, f.end + 60);
  const before = sentence.slice(Math.max(0, f.start - 30), f.start);
  const subject = sentence.slice(Math.max(0, f.start - 80), f.start);
  const averaged =
    perUnit !== null ||
    PER_PERSON_AFTER.test(after) ||
    // The noun read after the unit may be the person itself ("horas por colaborador").
    PER_PERSON_AFTER.test(f.noun) ||
    AVERAGE_BEFORE.test(before) ||
    EACH_BEFORE.test(subject);
  if (!averaged) return undefined;
  const bare = unitWord(unit);
  // The catalogue names the average in words ("hours"), however the report abbreviates it ("25.4 h").
  const word = tryParseUnit(bare, { countNouns: false })?.symbol ?? bare;
  const name = isTraining(sentence, f, previous) ? `average training ${word} per employee` : '';
  const topic = name === '' ? undefined : topicOf(sentence, f);
  const type = name === '' ? undefined : EMPLOYMENT_SUBJECT.exec(sentence)?.[1]?.toLowerCase();
  return {
    unit: bare,
    name,
    ...(topic === undefined ? {} : { topic }),
    ...(type === undefined ? {} : { employment: type.replace(' ', '-') }),
  };
}

function isTime(unit: string): boolean {
  return tryParseUnit(unitWord(unit), { countNouns: false })?.dimension === 'time';
}

// "training hours" → "hours", "hours of training" → "hours": the word that is a unit of time.
function unitWord(unit: string): string {
  const words = unit.trim().split(/\s+/);
  const time = words.find((w) => tryParseUnit(w, { countNouns: false })?.dimension === 'time');
  return time ?? words[words.length - 1] ?? unit;
}

/**
 * True when the activity the sentence names nearest before the figure, or in its own words ("hours
 * of training"), is training. A sentence naming no activity at all ("With an average of 24 hours per
 * employee, we met our target") continues the sentence before it in the paragraph ("Our staff
 * completed 98,000 hours of training"), so the activity that one names last counts.
 */
function isTraining(sentence: string, f: NarrativeFigure, previous: string): boolean {
  const upTo = sentence.slice(0, f.end);
  const last = (text: string, re: RegExp): number =>
    Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index));
  const training = last(upTo, TRAINING);
  const other = last(upTo, OTHER_ACTIVITY);
  // Only for the whole workforce: an average of a group ("Women averaged 13.5 hours") read this way
  // would lose its group and stand against the all-employee average.
  if (training < 0 && other < 0 && !GROUP_WORDS.test(upTo)) {
    const before = previous.slice(-MAX_PREVIOUS_CHARS);
    const earlier = last(before, TRAINING);
    return earlier >= 0 && earlier > last(before, OTHER_ACTIVITY);
  }
  return training >= 0 && training > other;
}

/** The topic of the training the sentence names last before the figure ("safety training" → "safety training"). */
function topicOf(sentence: string, f: NarrativeFigure): string | undefined {
  const named = [...sentence.slice(0, f.end).matchAll(TOPIC_TRAINING)].at(-1);
  const all = [...sentence.slice(0, f.end).matchAll(TRAINING)].at(-1);
  // A later mention of training in general ("… and 30 hours of training per employee") is not the topic's.
  if (!named || (all && all.index > named.index + named[0].length)) return undefined;
  return named[0].replace(/\s+/g, ' ').toLowerCase();
}
