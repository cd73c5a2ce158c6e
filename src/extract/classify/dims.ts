import type { Dims } from '../../core/index.js';

/**
 * Breakdown dimensions read from a row label and the group above it, normalised the way
 * spec/extract-output.md fixes them: gender male/female, age bands like "<30", "30-50", ">50",
 * employment type, Scope 2 method; region and employee category as printed.
 */
export function inferDims(label: string, group: string): Dims {
  const dims: Record<string, string> = {};
  const l = label.toLowerCase();
  const g = group.toLowerCase();
  const gender = genderOf(l);
  if (gender) dims.gender = gender;
  const age = ageBand(l);
  if (age) dims.age = age;
  const employment =
    /\b(full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|contract(?:ed|ors?)?|interns?|dispatched)\b/.exec(
      l,
    );
  if (employment?.[1] && !/dispatched/.test(employment[1]))
    dims.employment_type = employment[1].replace(' ', '-');
  const method = /\b(location|market)[- ]based\b/.exec(l);
  if (method?.[1]) dims.scope2_method = method[1];
  if (!gender && !age && !dims.employment_type) {
    const subject = cleanDimValue(label);
    if (/\b(?:region|geograph|location|country|countries|area)\b/.test(g) || isRegionName(l))
      dims.region = subject;
    else if (
      /\b(?:category|categories|rank|level|position|grade|function|employment type|employee type|job|management)\b/.test(
        g,
      ) ||
      isCategoryName(l)
    )
      dims.employee_category = subject.toLowerCase();
  }
  return dims;
}

function genderOf(l: string): 'male' | 'female' | undefined {
  const female = /\b(?:female|women|woman|females)\b/.test(l);
  const male = /\b(?:male|men|man|males)\b/.test(l);
  if (female && !male) return 'female';
  if (male && !female) return 'male';
  return undefined;
}

/** "Under 30 years old" → "<30", "30–50", "30 to 50" → "30-50", "Over 50" / "50 and above" → ">50". */
export function ageBand(l: string): string | undefined {
  if (
    !/\b(?:years?|aged?|age group|yrs)\b|\d\s*(?:or|and)\s*(?:under|below|above|over)|(?:under|below|over|above)\s*\d/.test(
      l,
    )
  )
    return undefined;
  let m = /(\d{2})\s*(?:-|–|—|to)\s*(\d{2})/.exec(l);
  if (m) return `${m[1]}-${m[2]}`;
  m =
    /(?:under|below|less than|younger than|<|≤)\s*(\d{2})|(\d{2})\s*(?:and|or)\s*(?:under|below|younger)/.exec(
      l,
    );
  if (m) return `<${m[1] ?? m[2]}`;
  m =
    /(?:over|above|more than|older than|>|≥)\s*(\d{2})|(\d{2})\s*(?:and|or)\s*(?:over|above|older)|(\d{2})\s*\+/.exec(
      l,
    );
  if (m) return `>${m[1] ?? m[2] ?? m[3]}`;
  return undefined;
}

const REGION_WORDS =
  /\b(?:china|mainland|hong kong|macao|macau|taiwan|overseas|asia|europe|americas?|africa|oceania|domestic|international|other (?:countries|regions|cities|areas)|emea|apac|nordics?|north|south|east|west|beijing|shanghai|shenzhen|guangzhou|singapore|japan|india|usa|united states|united kingdom|germany)\b/;

function isRegionName(l: string): boolean {
  return REGION_WORDS.test(l) && l.split(/\s+/).length <= 6;
}

const CATEGORY_WORDS =
  /\b(?:management|managers?|non-management|senior|middle|junior|executives?|general staff|frontline|technical|production|sales|r&d|finance|procurement|administrative|admin)\b/;

function isCategoryName(l: string): boolean {
  return (
    CATEGORY_WORDS.test(l) &&
    l.split(/\s+/).length <= 6 &&
    !/\b(?:total|number|hours|rate|percentage|proportion)\b/.test(l)
  );
}

function cleanDimValue(label: string): string {
  return (
    label
      .replace(/\s*(?:employees?|staff)\s*$/i, '')
      .replace(/\s+/g, ' ')
      .trim() || label.trim()
  );
}
