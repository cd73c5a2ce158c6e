/**
 * Words for training, a course or an instruction in the European languages esgkit reads beside English,
 * Spanish, Portuguese and French (a regular-expression source, letters only, to put between letter
 * bounds): Slovak "školenie" and "vzdelávanie", Czech "školení" and "vzdělávání", Polish "szkolenie"
 * ("szkoleń"), Slovene "usposabljanje" and "izobraževanje", Croatian "osposobljavanje", "obuka" and
 * "edukacija", Hungarian "képzés" and "oktatás", Romanian "instruire" and "formare", Italian "formazione"
 * and "addestramento", Dutch "opleiding", German "Schulung", "Weiterbildung", "Fortbildung" and
 * "Unterweisung", Turkish "eğitim", Azerbaijani "təlim", and "kurz", "kurs", "tečaj", "curs", "corso", "cursus". Dutch and
 * German glue a topic before the course ("Brandschutzunterweisung", "veiligheidstraining"). Ukrainian
 * "навчання", "тренінг", "інструктаж" and "курс", and Russian "обучение", "тренинг" and "инструктаж", in
 * any case ending; Armenian "ուսուցում" (genitive "ուսուցման") and "վերապատրաստում".
 */
export const COURSE_WORDS = String.raw`(?:školen\p{L}*|vzdeláva\p{L}*|vzdělává\p{L}*|szkoleni\p{L}*|szkoleń|usposablja\p{L}*|izobraževa\p{L}*|osposobljava\p{L}*|obuk\p{L}*|edukacij\p{L}*|képzés\p{L}*|oktatás\p{L}*|tréning\p{L}*|instruir\p{L}*|formare[a]?|formazione|addestramento|\p{L}*(?:opleiding|schulung|weiterbildung|fortbildung|unterweisung|training)\p{L}*|\p{L}*(?:uddannelse|utdanning|utbildning)\p{L}*|opplæring\p{L}*|kompeten[cs]e?utv\p{L}*|eğitim\p{L}*|təlim\p{L}*|kurz\p{L}*|kurs\p{L}*|tečaj\p{L}*|cursuri|curs|cors[oi]|cursus\p{L}*|навчанн\p{L}*|тренінг\p{L}*|інструктаж\p{L}*|курс\p{L}*|обучени\p{L}*|тренинг\p{L}*|инструктаж\p{L}*|ուսուց\p{L}*|վերապատրաստ\p{L}*)`;
