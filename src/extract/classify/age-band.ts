/**
 * Age bands as staff tables print them, normalised the way spec/extract-output.md fixes them ("<30",
 * "30-50", ">50"), in English and the languages reports word their tables in: Spanish, Portuguese,
 * French, Italian, German, Dutch, Nordic, Polish, Croatian, Serbian, Estonian, Latvian, Lithuanian, Romanian, Russian, Bulgarian, Greek, Turkish,
 * Vietnamese, Indonesian and Malay, Thai, Chinese, Japanese and Korean.
 */

// Words that make a bare number an age: years or age in those languages ("30 tuổi", "30 tahun", "30 yaş",
// "30 anni", "30 jaar", "30 år", "30 лет", Ukrainian "30 років", "30 години", Estonian "30 aastat", Latvian "30 gadi", Lithuanian "30 metų",
// Serbian "30 година", "30 ετών", "30 ปี", "30歳", Georgian "30 წელი" / "30 წლამდე"), or a band's shape
// ("between 30 and 50").
const AGE_CONTEXT =
  /\b(?:years?|aged?|age group|yrs|jahren?)\b|\d{2}\s*[岁歲歳세]|\d{2}\s*(?:años|anos|ans|anni|jaar|år|лет|років|роки|години|година|(?:de\s+)?ani|godin[aeu]?|lat|aasta\p{L}*|gad(?:i|u|iem|s)|metų|tuổi|tahun|yaş\p{L}*|yosh\p{L}*|ปี|ετών|ετων|έτη|ετη|წლ\p{L}*|წელ\p{L}*)(?![\p{L}])|between\s*\d{2}\s*(?:-|–|—|and|to)\s*\d{2}|\d\s*(?:or|and)\s*(?:under|below|above|over)|(?:under|below|over|above)\s*\d|^\s*[1-6]\d\s*[-–]\s*[2-9]\d\s*$|^\s*[<>≤≥]\s*[1-6]\d\s*$/u;

// The words joining a band's bounds: Spanish "y", Portuguese "e", French "à"/"et", Dutch "en", German "bis",
// Croatian "do", Romanian "și" ("între 30 și 50 de ani"), Russian "до", Bulgarian "и" ("между 30 и 50"),
// Greek "έως" / "και", Vietnamese "đến",
// Indonesian "sampai"/"hingga"/"s.d.", Chinese 至/到, and the tildes Korean and Japanese print ("30~50세",
// "30～50歳"). Bounds are two digits alone: "2023 и 2024" names no band.
const JOINED =
  /(?<!\d)(\d{2})\s*[岁歲歳세]?\s*(?:-|–|—|~|～|〜|to|y|e|a|à|et|en|und|bis|do|și|şi|до|и|έως|εως|και|đến|sampai|hingga|s\/d|s\.d\.?|至|到)\s*(\d{2})(?!\d)/u;

// A Japanese, Chinese or Korean band closed at both ends: "30歳以上50歳未満", "30岁以上50岁以下", "30세 이상 50세 미만".
const CJK_BETWEEN = /(\d{2})\s*[岁歲歳세]\s*(?:以上|이상)\s*(\d{2})\s*[岁歲歳세]?\s*(?:未満|以下|미만|이하)/u;

// Chinese and Japanese "30岁以下" / "30歳未満" (under 30), "50岁及以上" / "50歲以上" (50 and over); Korean
// "30세 미만" (under 30), "30세 이하" (30 and under), "50세 초과" (over 50), "50세 이상" (50 and over).
const CJK_OPEN = /(\d{2})\s*[岁歲歳세]\s*(?:\(含\)|及|或)?\s*(以下|以上|未満|미만|이하|초과|이상)/u;

// "Under 30" in English, Spanish, Portuguese, French, Romanian, German, Croatian, Polish, Italian, Dutch,
// Nordic ("under 30 år"), Russian ("до 30", "младше 30"), Bulgarian ("под 30"), Greek ("κάτω των 30",
// "έως 30"), Turkish ("30 yaş altı"), Vietnamese ("dưới 30"), Indonesian and Malay ("di bawah 30",
// "kurang dari 30"), Thai ("ต่ำกว่า 30", "น้อยกว่า 30"), Estonian ("alla 30"), Latvian ("līdz 30"), Lithuanian
// ("iki 30"), Serbian ("do 30", "млађи од 30"), Uzbek ("30 yoshgacha", up to 30; "30 yoshdan kichik"),
// Georgian ("30 წლამდე", up to 30 years).
const UNDER =
  /(?<!\p{L})(?:under|below|less than|younger than|menores de|menos de|menor de|abaixo de|até|moins de|sub|unter|jünger als|mlađ[ie] od|млађ[иe] од|alla|līdz|iki|do|poniżej|meno di|sotto i|inferiore a|jonger dan|до|младше|под|κάτω (?:των|από)|κατω (?:των|απο)|έως|εως|dưới|(?:di\s+)?bawah|kurang dari|ต่ำกว่า|น้อยกว่า|<|≤)\s*(\d{2})(?![\d.,]?\d)|(\d{2})\s*(?:and|or)\s*(?:under|below|younger)|(\d{2})\s*yaş\p{L}*\s*(?:altı|alti)|(\d{2})\s*(?:yosh(?:gacha|dan\s+kichik)|წლამდე)/u;

// "Over 50" in those languages ("acima de 50", "oltre 50", "ouder dan 50", "över 50", "старше 50", Ukrainian "понад 50", "над 50",
// "άνω των 50", "50 ετών και άνω", "trên 50", "di atas 50", "lebih dari 50", "มากกว่า 50"), "50 and above",
// "50 yaş üstü", Uzbek "50 yoshdan katta" (older than 50), Georgian "50 წელზე მეტი" (more than 50 years),
// Estonian "üle 50", Latvian "virs 50", Lithuanian "virš 50", Serbian "preko 50" / "преко 50", "50 tuổi trở lên", "50 ปีขึ้นไป", "≥41", "31+".
const OVER =
  /(?<!\p{L})(?:over|above|more than|older than|mayores de|mayor de|m[aá]s de|mais de|acima de|plus de|peste|über|älter als|stariji od|starije od|старији од|üle|virs|virš|vyresni nei|preko|преко|powyżej|oltre|più di|sopra i|ouder dan|över|старше|понад|над|άνω (?:των|από)|ανω (?:των|απο)|πάνω από|πανω απο|trên|(?:di\s+)?atas|lebih dari|มากกว่า|สูงกว่า|>|≥)\s*(\d{2})(?![\d.,]?\d)|(\d{2})\s*(?:and|or)\s*(?:over|above|older)|(\d{2})\s*\+|(\d{2})\s*(?:(?:ετών|ετων)\s+)?(?:και\s+(?:άνω|ανω))|(\d{2})\s*(?:tuổi\s+trở lên|ปี\s*ขึ้นไป|yaş\p{L}*\s*(?:üstü|ve üzeri)|yoshdan\s+(?:katta|yuqori|oshgan)|anos ou mais|ans et plus|anni e oltre|წელზე\s+(?:მეტი|უფროსი))/u;

/**
 * "Under 30 years old" → "<30", "30–50", "30 to 50" → "30-50", "Over 50" / "50 and above" → ">50".
 * A bare range ("30 to 50") counts when the row sits under an age heading (`underAgeHeading`). An age
 * is two digits alone: "over 812 400 hours" names no band.
 */
export function ageBand(label: string, underAgeHeading = false): string | undefined {
  const l = label.normalize('NFC');
  if (!underAgeHeading && !AGE_CONTEXT.test(l)) return undefined;
  const between = CJK_BETWEEN.exec(l) ?? JOINED.exec(l);
  if (between) return `${between[1] ?? ''}-${between[2] ?? ''}`;
  const cjk = CJK_OPEN.exec(l);
  if (cjk?.[1]) {
    if (['以下', '未満', '미만', '이하'].includes(cjk[2] ?? '')) return `<${cjk[1]}`;
    return cjk[2] === '초과' ? `>${cjk[1]}` : `>${Number(cjk[1]) % 10 === 1 ? Number(cjk[1]) - 1 : cjk[1]}`;
  }
  const under = UNDER.exec(l);
  if (under) return `<${under[1] ?? under[2] ?? under[3] ?? under[4] ?? ''}`;
  const m = OVER.exec(l);
  // "51 and above", "≥41", "31+" include their bound: the band is over the decade below (">50").
  if (!m) return undefined;
  const bound = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
  const inclusive = m[1] === undefined || m[0].includes('≥');
  return `>${inclusive && Number(bound) % 10 === 1 ? Number(bound) - 1 : bound}`;
}

// A heading over age bands in those languages ("By age group", "Theo độ tuổi", "Berdasarkan usia",
// "Nach Alter", "Por edad", "Grupa de vârstă", "По възраст", "Ηλικιακή ομάδα", Georgian "ასაკობრივი ჯგუფი",
// "年龄", "年齢", "연령").
const AGE_HEADING =
  /\bage\b|(?<!\p{L})(?:tuổi|usia|umur|alter|edad|idade|v[âa]rst[aăe]|[âa]ge|età|leeftijd|[åa]lder|wiek|возраст\p{L}*|възраст\p{L}*|ηλικ\p{L}*|yaş\p{L}*|yosh\p{L}*|vanus\p{L}*|vecum\p{L}*|amži\p{L}*|amž\p{L}*|starost\p{L}*|старост\p{L}*|uzrast\p{L}*|узраст\p{L}*|อายุ|ასაკ\p{L}*)(?!\p{L})|年龄|年齡|年齢|연령/iu;

/** Whether a group heading says the rows below it are age bands. */
export function headsAgeGroups(group: string): boolean {
  return AGE_HEADING.test(group.normalize('NFC'));
}
