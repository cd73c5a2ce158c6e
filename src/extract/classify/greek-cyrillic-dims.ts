/**
 * Gender and employment-type words of Greek, Russian and Bulgarian staff tables, and the gender words of Kazakh, Kyrgyz and Mongolian ones ("Άνδρες | Γυναίκες",
 * "Мужчины | Женщины", "Мъже | Жени"; "αορίστου χρόνου", "срочный договор", "непълно работно време").
 * Labels arrive lowercased; Greek capitals drop their accents, so accents are dropped before matching.
 */

/** The label lowercased with its accents dropped ("γυναίκες", "ΓΥΝΑΙΚΕΣ" → "γυναικες"; "й" → "и"). */
function plain(l: string): string {
  return l.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ς/g, 'σ');
}

// Women: Greek "γυναίκες", "γυναικών", "γυναικείο"; Russian "женщины", "женщин", "женский", "жен." (a
// column's short form); Bulgarian "жени", "жена", "женски"; Serbian "жене"; Ukrainian "жінки", "жінок",
// "жіночий"; Kazakh "әйелдер", "әйел"; Kyrgyz "аялдар", "аял"; Mongolian "эмэгтэй", "эмэгтэйчүүд".
const FEMALE =
  /(?<!\p{L})(?:γυναικ(?:α|ασ|εσ|ων|ει\p{L}*)?|ә[йи]ел\p{L}*|эмэгтэ[йи]\p{L}*|аял(?:дар\p{L}*|дын)?|женщин\p{L}*|женск\p{L}*|жен[аиые]?|жін(?:ки|ок|ка|оч\p{L}*))(?!\p{L})/u;
// Men: Greek "άνδρες", "ανδρών", "άντρες", "ανδρικό"; Russian "мужчины", "мужской", "муж."; Bulgarian
// "мъже", "мъж", "мъжки"; Macedonian "мажи", "маж", "машки"; Serbian "мушкарци", "мушкараца"; Ukrainian
// "чоловіки", "чоловіків", "чоловічий"; Kazakh "ерлер"; Kyrgyz "эркектер", "эркек".
const MALE =
  /(?<!\p{L})(?:ерлер\p{L}*|эрэгтэ[йи]\p{L}*|эркек\p{L}*|αν[δτ]ρ(?:α|ασ|εσ|ων|ικ\p{L}*)|мужчин\p{L}*|мужск\p{L}*|муж|мушкар\p{L}*|мъж(?:е|ки|ка|ко|ете)?|маж(?:и|ите|от)?|машк(?:и|а|о)|чолові(?:ки|ків|ч\p{L}*))(?!\p{L})/u;

/** Whether a label names women in Greek, Russian or Bulgarian. */
export function namesWomen(l: string): boolean {
  return FEMALE.test(plain(l));
}

/** Whether a label names men in Greek, Russian or Bulgarian. */
export function namesMen(l: string): boolean {
  return MALE.test(plain(l));
}

/** The label without its Greek, Russian and Bulgarian gender words ("διοίκηση γυναίκες" → "διοίκηση "). */
export function withoutGreekCyrillicGender(l: string): string {
  return l.replace(/\p{L}[\p{L}\p{M}]*/gu, (w) => (FEMALE.test(plain(w)) || MALE.test(plain(w)) ? ' ' : w));
}

// Contracts and working time: Greek "αορίστου χρόνου" (open-ended), "ορισμένου χρόνου" (fixed-term),
// "πλήρους / μερικής απασχόλησης" (full / part time), "μόνιμοι", "εποχικοί" (seasonal: temporary); Russian
// "бессрочный" / "постоянные" (permanent), "срочный" / "временные" (fixed-term, temporary), "полная /
// частичная занятость", "(не)полный рабочий день"; Bulgarian "безсрочен" / "постоянни", "срочен" /
// "временни", "(не)пълно работно време"; Macedonian "постојано вработени", "на (не)определено време",
// Serbian "стални" / "стално запослени"; Russian "на (не)определённый срок". Longer words first:
// "неполный" before "полный", "неопределено" before "определено".
const EMPLOYMENT: readonly (readonly [RegExp, string])[] = [
  [/(?<!\p{L})αοριστου\s+χρονου/u, 'permanent'],
  [/(?<!\p{L})ορισμενου\s+χρονου/u, 'fixed term'],
  [/(?<!\p{L})πληρουσ\s+απασχολησ/u, 'full time'],
  [/(?<!\p{L})μερικησ\s+απασχολησ/u, 'part time'],
  [/(?<!\p{L})μονιμ\p{L}*/u, 'permanent'],
  [/(?<!\p{L})εποχικ\p{L}*/u, 'temporary'],
  [/(?<!\p{L})(?:бессрочн|безсроч|постоянн|постоянни|постоянен|постојан|сталн)\p{L}*/u, 'permanent'],
  [/(?<!\p{L})неопределен\p{L}*\s+(?:врем|срок)/u, 'permanent'],
  [/(?<!\p{L})определен\p{L}*\s+(?:врем|срок)/u, 'fixed term'],
  [/(?<!\p{L})(?:срочн|срочен)\p{L}*/u, 'fixed term'],
  [/(?<!\p{L})(?:временн|временни)\p{L}*/u, 'temporary'],
  [/(?<!\p{L})(?:частичн\p{L}*\s+занятост|неполн\p{L}*\s+рабоч|непълно\s+работно)/u, 'part time'],
  [/(?<!\p{L})(?:полн\p{L}*\s+занятост|полн\p{L}*\s+рабоч|пълно\s+работно)/u, 'full time'],
];

/** The employment type a Greek, Russian or Bulgarian label names; undefined when none. */
export function greekCyrillicEmployment(l: string): string | undefined {
  const p = plain(l);
  return EMPLOYMENT.find(([pattern]) => pattern.test(p))?.[1];
}
