/**
 * Full-width forms that Chinese, Japanese and Korean reports print inside labels and figures:
 * brackets around a unit ("员工流失率（%）"), a colon after a group word ("其中："), the percent sign,
 * a slash between units ("小时／人"), digits and Latin letters ("ＣＯ２"). Each is the same character as
 * its ASCII twin (Unicode's compatibility decomposition, NFKC), so the table and unit readers see one
 * form. The full-width comma, full stop and enumeration comma stay: in prose they end clauses, and
 * read as ASCII they would join a figure to the next clause's.
 */
const FULL_WIDTH =
  /[\uff08\uff09\uff1a\uff05\uff0f\uff0b\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/** The text with its full-width brackets, colons, percent signs, slashes, digits and letters in ASCII. */
export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
