/**
 * Years counted in the Bikram Sambat (Vikram Samvat) era. Nepali reports date their fiscal year so: "आर्थिक वर्ष
 * २०८१/८२" (fiscal year 2081/82), a table header "आ.व. २०७९/८०   आ.व. २०८०/८१", a period "२०८२ असार ३१". Nepal's
 * fiscal year runs from 1 Shrawan (mid-July) to the end of Asar (mid-July), so 2081/82 ends in July 2025 and
 * reads as 2024/25; the BS year begins on 1 Baisakh (mid-April), so a date from Baisakh to Poush is in year
 * BS − 57 and one in Magh, Falgun or Chaitra in BS − 56 (Nepal Rastra Bank, Nepali calendar tables). Every
 * reader of years reads Gregorian years, so a Devanagari document that prints a BS fiscal year has those
 * years rewritten, and no other figure. Run after the digits are in ASCII.
 */

/** 1 Baisakh BS N falls in mid-April of N − 57 CE. */
const BS_START_OFFSET = 57;
// A BS year a report of this century prints: 2060–2099 BS is 2003–2043 CE. A Gregorian report reaches
// 2060 or 2070 only as a target year, never as a fiscal pair of consecutive years.
const BS_YEAR = '20[6-9]\\d';
// "2081/82", "2081-82", "2081/082", "2081/2082": a fiscal year, the second year the next one.
const BS_FISCAL_YEAR = new RegExp(`(?<![\\d,.])(${BS_YEAR})([/-])(\\d{2,4})(?![\\d,.]*\\d)`, 'g');
// Nepali month names as printed (colloquial and Sanskrit forms), Baisakh first.
const BS_MONTHS: readonly (readonly string[])[] = [
  ['बैशाख', 'वैशाख'],
  ['जेठ', 'जेष्ठ', 'ज्येष्ठ'],
  ['असार', 'आषाढ', 'असाढ'],
  ['साउन', 'श्रावण'],
  ['भदौ', 'भाद्र'],
  ['असोज', 'आश्विन'],
  ['कात्तिक', 'कार्तिक'],
  ['मंसिर', 'मङ्सिर', 'मार्ग'],
  ['पुस', 'पौष'],
  ['माघ'],
  ['फागुन', 'फाल्गुन'],
  ['चैत', 'चैत्र'],
];
// From Magh (month 10) on, a BS year's months fall in the next Gregorian year.
const FIRST_MONTH_OF_NEXT_YEAR = 10;
const MONTH = BS_MONTHS.flat().join('|');
// "२०८२ असार ३१" (year, month, day): the year before a month name.
const BS_DATE = new RegExp(`(?<![\\d,.])(${BS_YEAR})(\\s*)(${MONTH})`, 'gu');
const DEVANAGARI = /\p{Script=Devanagari}/u;

/** True when a Devanagari document prints a fiscal year of the Bikram Sambat era ("2081/82"). */
export function countsBikramSambat(lines: readonly string[]): boolean {
  return lines.some(
    (line) =>
      DEVANAGARI.test(line) &&
      [...line.matchAll(BS_FISCAL_YEAR)].some((m) => isFiscalPair(m[1] ?? '', m[3] ?? '')),
  );
}

/** "2081" and "82", "082" or "2082": the second year is the one after the first. */
function isFiscalPair(start: string, next: string): boolean {
  return (
    Number(next) === (Number(start) + 1) % 10 ** Math.min(next.length, 3) ||
    Number(next) === Number(start) + 1
  );
}

function monthOf(name: string): number {
  return BS_MONTHS.findIndex((forms) => forms.includes(name)) + 1;
}

/**
 * The line with its BS years in the Common Era, each keeping its width: "2081/82" → "2024/25",
 * "2081/2082" → "2024/2025", "2082 असार 31" → "2025 असार 31", "2082 माघ 5" → "2026 माघ 5".
 */
export function withBikramSambatYears(text: string): string {
  return text
    .replace(BS_FISCAL_YEAR, (m: string, start: string, mark: string, next: string) => {
      if (!isFiscalPair(start, next)) return m;
      const first = Number(start) - BS_START_OFFSET;
      const second = next.length === 4 ? String(first + 1) : String((first + 1) % 100).padStart(2, '0');
      return `${first}${mark}${second}`.padEnd(m.length);
    })
    .replace(BS_DATE, (_m, year: string, gap: string, month: string) => {
      const offset = monthOf(month) >= FIRST_MONTH_OF_NEXT_YEAR ? BS_START_OFFSET - 1 : BS_START_OFFSET;
      return `${Number(year) - offset}${gap}${month}`;
    });
}
