// How Indonesian and Malay sentences word a change between years, as fragments the patterns of
// change-wording.ts take in: "konsumsi air menurun sebesar 6,2% dibandingkan tahun 2023", "…, naik 4%
// dari tahun sebelumnya", Malay "penggunaan elektrik berkurang 3% berbanding tahun lepas", "mengalami
// penurunan sebesar 5%". The verb has no tense; "telah" may mark it done.

/** A change verb: "turun", "naik", "meningkat", "menurun", "berkurang", "bertambah", "telah turun". */
export const MALAY_CHANGE_VERBS = String.raw`(?:telah\s+|sudah\s+)?(?:turun|naik|meningkat|menurun|berkurang|bertambah|merosot|susut|melonjak)`;

/** What an Indonesian or Malay change is "by", with a hedge: "sebesar", "sebanyak", "sekitar", "hampir". */
export const MALAY_APPROX = String.raw`(?:(?:sebesar|sebanyak|sejumlah)\s+)?(?:(?:sekitar|hampir|kurang\s+lebih|lebih\s+dari|lebih\s+daripada)\s+)?`;

/** A change as a noun: "penurunan", "peningkatan", "kenaikan", "pengurangan" (after "mengalami"). */
export const MALAY_CHANGE_NOUNS = 'penurunan|peningkatan|kenaikan|pengurangan|pertambahan';

/** Verbs that report a noun-worded change: "mengalami", "mencatat(kan)", "membukukan". */
export const MALAY_REPORTING_VERBS = String.raw`mengalami|mencatat(?:kan)?|membukukan|menunjukkan`;

/** "dan" (and), "sementara", "sedangkan", "manakala" (whereas): conjunctions that join two clauses of changes. */
export const MALAY_AND = String.raw`dan|sementara|sedangkan|manakala`;

/**
 * "dibandingkan (dengan) tahun 2023", "berbanding tahun lepas", "dari tahun sebelumnya": group 1 the year
 * before, group 2 a year.
 */
export const MALAY_AGAINST =
  /(?<!\p{L})(?:dibandingkan(?:\s+dengan)?|dibanding(?:\s+dengan)?|berbanding(?:\s+dengan)?|daripada|dari)\s+(?:(?:periode|tempoh)\s+yang\s+sama\s+)?(?:(tahun\s+(?:sebelumnya|lalu|lepas|sebelum\s+ini))|(?:tahun\s+)?((?:19|20)\d{2}))(?!\d)/iu;

/** Indonesian and Malay change words pointing up. */
export const MALAY_UP =
  /^(?:(?:telah|sudah)\s+)?(?:naik|meningkat|bertambah|melonjak|peningkatan|kenaikan|pertambahan)$/i;

/** Indonesian and Malay change words pointing down. */
export const MALAY_DOWN =
  /^(?:(?:telah|sudah)\s+)?(?:turun|menurun|berkurang|merosot|susut|penurunan|pengurangan)$/i;
