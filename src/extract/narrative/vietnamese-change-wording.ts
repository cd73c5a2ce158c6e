// How Vietnamese sentences word a change between years, as fragments the patterns of change-wording.ts
// take in: "lượng nước tiêu thụ giảm 4,1% so với năm 2023", "…, tăng 5% so với năm trước", "đã giảm
// được 3%". The verb has no tense; "đã" may mark it done, "được" or "thêm" follow it.

/** A change verb: "giảm", "tăng", "đã giảm", "giảm được", "tăng thêm". */
export const VIETNAMESE_CHANGE_VERBS = String.raw`(?:đã\s+)?(?:giảm|tăng)(?:\s+(?:được|thêm))?`;

/** A hedge before a Vietnamese figure: "khoảng", "gần", "hơn", "xấp xỉ". */
export const VIETNAMESE_APPROX = String.raw`(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?`;

/** "và" (and), "trong khi", "còn" (whereas): conjunctions that join two clauses of changes. */
export const VIETNAMESE_AND = String.raw`và|trong\s+khi|còn`;

/**
 * "so với năm 2023", "so với năm trước", "so với cùng kỳ năm trước": group 1 the year before, group 2 a
 * year. "cùng kỳ" alone is the same period of the year before.
 */
export const VIETNAMESE_AGAINST =
  /(?<!\p{L})so\s+với\s+(?:(cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?|năm\s+(?:trước|ngoái|liền\s+trước))|(?:năm\s+)?((?:19|20)\d{2}))(?!\d)/iu;

/** Vietnamese change words pointing up. */
export const VIETNAMESE_UP = /^(?:đã\s+)?tăng(?:\s+(?:được|thêm))?$/i;

/** Vietnamese change words pointing down. */
export const VIETNAMESE_DOWN = /^(?:đã\s+)?giảm(?:\s+(?:được|thêm))?$/i;
