import { paymentOf } from './paid-out.js';
import type { PrintedUnit } from './printed-unit.js';
import { tookPartInCourse } from './trained-in-prose.js';

// "invested RMB 40 million in energy efficiency", "spent HK$2.1 million on staff training": the
// object after "in"/"on" is what the money went to, up to the next clause.
const SPENT =
  /\b(invest(?:ed|s|ing)?|spen[dt](?:s|ing)?)\b(.{0,60}?)\s(?:in|on|into)\s+([a-z][a-z&\s-]{2,60}?)(?=\s*(?:[,.;:(]|$|\b(?:mainly|including|for|to|which|and\s+(?:the|a|an)\b)))/i;

// "We employ 2,410 people", "the Group employed approximately 830 staff": the company's headcount.
const EMPLOYS =
  /\bemploy(?:s|ed|ing)?\s+(?:a total of\s+|about\s+|around\s+|approximately\s+|over\s+|more than\s+|nearly\s+|some\s+)?([\d,]+)\s+(?:people|persons|staff|employees|workers)\b/i;

// "all 2,236 employees attended the annual refresher", "1,870 staff completed the module": people who
// attended or completed a course are those trained (GRI 404, HKEX B3.1), never the headcount, a group
// of them too ("all 1,520 permanent employees completed", "318 new workers attended"). People
// who completed an amount ("our 1,870 employees completed 40,766 hours of training") are the workforce.
const ATTENDED =
  /\b([\d,]+)\s+(?:[a-z][a-z-]*\s+){0,2}?(?:employees|staff|people|persons|workers)\s+(?:have\s+|had\s+)?(?:attended|completed|took part in|participated in|were trained|received\s+(?:\w+\s+)?training)\b(?!\s+(?:a total of\s+|over\s+|more than\s+)?[\d,.]+)/i;

// "Safety induction was completed by 1,306 workers", "the module has been attended by 412 staff": the
// same people trained, said in the passive with the course as the subject.
const ATTENDED_BY =
  /\b(?:training|courses?|modules?|programmes?|programs?|induction|workshops?|sessions?|e-?learning)\b[^.;]{0,60}?\b(?:was|were|has been|have been|had been)\s+(?:successfully\s+)?(?:completed|attended|taken|followed|undertaken)\s+by\s+(?:all\s+|a total of\s+|about\s+|over\s+|more than\s+|nearly\s+|some\s+)?([\d,]+)\s+(?:\w+\s+)?(?:employees|staff|people|persons|workers|colleagues)\b/i;

// French: "la formation incendie a concerné 646 collaborateurs", "heures de formation dispensées à 497
// salariés", "312 collaborateurs ont été formés": the people a course reached are those trained.
const FR_PEOPLE = String.raw`(?:collaborat(?:eurs|rices)|salariés|employés|personnes|agents|membres du personnel)`;
const FR_TRAINED = new RegExp(
  String.raw`\bformations?\b[^.;]{0,160}?\b(?:a|ont)\s+(?:concerné|touché|bénéficié\s+à|réuni)\s+(?:au total\s+|plus de\s+|près de\s+|environ\s+)?(\d[\d\s\u00a0\u202f.,]*)\s+${FR_PEOPLE}|\bformation\b[^.;]{0,80}?\bdispensées?\s+(?:en\s+\d{4}\s+)?(?:à|auprès de)\s+(\d[\d\s\u00a0\u202f.,]*)\s+${FR_PEOPLE}|(\d[\d\s\u00a0\u202f.,]*)\s+${FR_PEOPLE}\s+ont\s+(?:été\s+formés|suivi\s+(?:une|la|les|des)\s+formations?)`,
  // Global, for frenchTrained's matchAll (which copies the pattern, so no match state is shared).
  'giu',
);

// A course on the code of conduct, anti-corruption, ethics or compliance is anti-corruption training
// (GRI 205-2), never the general training the average hours per employee count (GRI 404-1).
const ETHICS =
  /\b(?:anti-?corruption|bribery|code of (?:business )?conduct|(?:business )?ethics|compliance)\b/i;

// "Training of permanent employees at both plants added up to 52,000 man-hours": a sentence whose
// subject is training says the hours it then totals are training hours (GRI 404-1), whatever the
// unit's word ("man-hours" alone would read as hours worked, GRI 403-9).
const TRAINING_TOTAL =
  /^(?:(?:employee|staff|workforce|our|the|total)\s+)*training\b[^.;]{0,200}?\b(?:added up to|amounted to|totall?ed|reached|came to)\s+(?:a total of\s+|over\s+|about\s+|some\s+|more than\s+|nearly\s+)?([\d,.]+)\s*(?:man|person)?[- ]?(?:hours?|hrs)\b/i;

// "52,300 person-hours of classroom and on-the-job training", "8,200 man-hours of technical training",
// "6,100 hours of classroom and field training": hours of a course named after a few words that describe it
// are training hours (GRI 404-1), never hours worked (an ethics course is GRI 205-2's); "hours of training
// per employee" is an average.
const HOURS_OF_TRAINING =
  /([\d,.]+)\s*((?:man|person)[- ]?)?(?:hours?|hrs)\s+of\s+((?:(?!work(?:ed)?\b)[a-z][\w-]*\s+){0,6}?)(?:training|learning|instruction|coaching)\b(?!\s*(?:per|each|\/)(?!\p{L}))/giu;

// "2,400 hours of safety training": plain hours of one topic's course are a part of the training, never
// its total; person-hours name the training whole, whatever course they list.
// "On average, every employee attended 11.5 hours of training": plain hours an average names are its average.
const AVERAGED = /\baverag/i;
const TOPIC_COURSE =
  /\b(?:safety|health|fire|security|cyber-?security|compliance|integrity|environmental|first[- ]aid|emergency|quality|privacy)\b/i;

// "11.232 timers uddannelse", "9 400 timmar utbildning", "timer opplæring": Danish, Norwegian and Swedish put the
// training right after the hours, in the genitive or as a bare noun, with no "of" (GRI 404-1 training hours);
// "22 timmar utbildning per anställd" is an average, not the total.
const NORDIC_TRAINING_HOURS =
  /([\d,.]+)\s*tim(?:er|ers|mar|mars)\s+(?:efter|videre)?(?:uddannelse|utdanning|opplæring|utbildning|kompeten[cs]e?udvikling|kompetanseutvikling|kompetensutveckling|træning|trening)(?![\p{L}])(?!\s+(?:per|pr\.)\s)/giu;

// "32 176 saat təlim keçirilib": Azerbaijani puts the training right after the hours too; "saat təlim" before a
// per-person word ("hər işçiyə") is left to the average reader.
const AZERBAIJANI_TRAINING_HOURS =
  /(\d{1,3}(?:[ \u00a0]\d{3})+|[\d,.]+)\s*saat(?:lıq)?\s+təlim(?![\p{L}])/giu;

// "With the communities of Alta and Baja we invested US$ 12.5 million in schools", "invertimos US$ 3
// millones en las comunidades": money a sentence says went to the communities it names is community
// investment (GRI 201-1 a-ii, 413-1; HKEX B8.2), however the programmes it funded are listed. The
// community word and the verb share a clause; the figure follows the verb within a few words.
const COMMUNITY = String.raw`(?:communit(?:y|ies)|comunidad(?:es)?|comunidades?|communaut[ée]s?)`;
const INVESTED = String.raw`(?:invested|spent|contributed|invertimos|invirti[óo]|invirtieron|destinamos|aportamos|investimos|investiu|investiram|avons\s+investi|a\s+investi)`;
const COMMUNITY_BEFORE = new RegExp(
  String.raw`\b${COMMUNITY}(?!\p{L})[^.;:]{0,100}?\b${INVESTED}\s+((?:[^.;:]|\.(?=\d)){0,30})`,
  'iu',
);
const COMMUNITY_AFTER = new RegExp(
  String.raw`\b${INVESTED}\s+((?:[^.;:]|\.(?=\d)){0,30}?)\s(?:in|en|em|nas?|dans)\s+(?:the\s+|our\s+|las?\s+|los\s+|as\s+|les\s+)?(?:local\s+|neighbou?ring\s+)?${COMMUNITY}(?!\p{L})`,
  'iu',
);

// "Of the hazardous waste, 318.7 tonnes were recycled": a lead clause names the whole and the figure is
// the part a treatment verb names (GRI 306-4, 306-5), never the whole again.
const WASTE_ROUTE = String.raw`(recycled|recovered|reused|composted|landfilled|incinerated|sent\s+to\s+landfill|disposed\s+of)`;
const OF_WHOLE_ROUTED = new RegExp(
  String.raw`^\s*of\s+(?:the|this|that|our|its|all|total)\s+((?:[a-z-]+\s+){0,3}waste),\s*(?:about\s+|around\s+|some\s+|approximately\s+)?([\d,.]+)\s*[^,;.()]{0,24}?(?:\([^()]{0,80}\)\s*)?(?:were|was|had\s+been|have\s+been)\s+${WASTE_ROUTE}\b`,
  'i',
);

const GENERATES = /\bgenerat(?:ed|es|ing)\b/i;
const OWN_PLANT =
  /\b(?:photovoltaic|solar|wind|pv|renewable|rooftop|(?:power )?(?:stations?|plants?)|panels?|arrays?)\b/i;

/**
 * What a sentence's figure is, in the catalogue's words, when the sentence says it with a verb the
 * catalogue's noun phrases do not have: money invested in or spent on something is that thing's
 * investment or expenditure, and what it says went to communities is community investment; people a company employs are its headcount (GRI 2-7); power its own
 * solar or wind plant generates is renewable energy; hours a training subject totals are training
 * hours. '' when none.
 */
export function sentenceSubject(
  label: string,
  value: string,
  printed: PrintedUnit | undefined,
  sentence = label,
): string {
  if (!printed) return '';
  const dimension = printed.unit.dimension;
  if (dimension.startsWith('money:')) {
    // "we paid USD 38.2 million of taxes": taxes paid, or the payroll paid out as wages.
    const payment = paymentOf(sentence, value);
    if (payment === 'taxes') return 'taxes paid';
    if (payment === 'wages') return 'wage fund';
    const given = COMMUNITY_BEFORE.exec(label) ?? COMMUNITY_AFTER.exec(label);
    if (given && mentionsFigure(given[1] ?? '', value)) return 'community investment';
    const m = SPENT.exec(label);
    const object = m?.[3]?.trim();
    if (!m || !object || !mentionsFigure(m[2] ?? '', value)) return '';
    return /^spen/i.test(m[1] ?? '') ? `${object} expenditure` : `${object} investment`;
  }
  // Power a company's own solar or wind plant generates is renewable energy, not a consumption (GRI 302-1 b).
  if (dimension === 'energy' && GENERATES.test(label) && OWN_PLANT.test(label))
    return 'photovoltaic power generation';
  if (dimension === 'mass') {
    const part = OF_WHOLE_ROUTED.exec(sentence.trim());
    if (!part || (part[2] ?? '').replace(/,/g, '') !== value) return '';
    const disposed = /^(?:landfilled|incinerated|sent|disposed)/i.test(part[3] ?? '');
    return `${(part[1] ?? '').toLowerCase()} ${disposed ? 'directed to disposal' : 'diverted from disposal'}`;
  }
  if (dimension === 'time') {
    const m = TRAINING_TOTAL.exec(sentence.trim());
    if (m && (m[1] ?? '').replace(/,/g, '') === value) return 'training hours';
    // The label too: a clause that shares an earlier clause's measure prints it only in its label
    // ("…; contractors received 1,980 hours" read as "… 1,980 hours of safety training").
    const of = [sentence, label].some((text) =>
      [...text.matchAll(HOURS_OF_TRAINING)].some(
        (h) =>
          (h[1] ?? '').replace(/,/g, '') === value &&
          !ETHICS.test(h[3] ?? '') &&
          (h[2] !== undefined || (!TOPIC_COURSE.test(h[3] ?? '') && !AVERAGED.test(label))),
      ),
    );
    const nordic = [...sentence.matchAll(NORDIC_TRAINING_HOURS)].some(
      (h) => (h[1] ?? '').replace(/,/g, '') === value,
    );
    const azerbaijani = [...sentence.matchAll(AZERBAIJANI_TRAINING_HOURS)].some(
      (h) => (h[1] ?? '').replace(/[,\s]/g, '') === value,
    );
    return of || nordic || azerbaijani ? 'training hours' : '';
  }
  if (dimension === 'count') {
    const trained =
      ATTENDED.exec(label) ??
      ATTENDED_BY.exec(label) ??
      frenchTrained(sentence, value) ??
      (tookPartInCourse(sentence, value, peopleOf(printed)) ? [sentence, value] : undefined);
    if (trained && (trained[1] ?? '').replace(/,/g, '') === value)
      return ETHICS.test(sentence.slice(0, 400))
        ? 'anti-corruption training participants'
        : 'number of employees trained';
    const m = EMPLOYS.exec(label);
    return m && (m[1] ?? '').replace(/,/g, '') === value ? 'number of employees' : '';
  }
  return '';
}

/** "persons" for a count the unit registry reads as people, else the counted noun as printed. */
function peopleOf(printed: PrintedUnit): string {
  return printed.unit.symbol === 'persons' ? 'persons' : (printed.unit.counted ?? printed.unit.symbol);
}

/** True when the words between the verb and the object hold the figure ("RMB 128.65 million"). */
function mentionsFigure(between: string, value: string): boolean {
  const digits = between.replace(/,/g, '');
  return digits.includes(value.replace(/^-/, ''));
}

/** A French sentence's count of people trained as the first group of a match, when it is `value`. */
function frenchTrained(sentence: string, value: string): readonly (string | undefined)[] | undefined {
  for (const m of sentence.matchAll(FR_TRAINED)) {
    const count = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[\s\u00a0\u202f.,]/g, '');
    if (count === value) return [m[0], count];
  }
  return undefined;
}
