/** Integers up to 15 digits are exact in a double, so they can be summed without BigInt. */
const MAX_FAST_DIGITS = 15;

/**
 * Reads plain decimal amounts ("4,812,300", "3.9174", "-12") into reused fields, allocating
 * nothing: the hot path of 1,000,000-row files. Accepts exactly what {@link readPlainAmount}
 * accepts; amounts of more than 15 digits, and anything else, return false so the caller takes the
 * exact general path.
 */
export class FastAmountReader {
  /** The digits as an integer (exact: at most 15 digits). */
  value = 0;
  /** Digits after the decimal point. */
  scale = 0;
  negative = false;

  /** Reads `text`; false when it is not a plain decimal of at most 15 digits. */
  read(text: string): boolean {
    let i = 0;
    let end = text.length;
    while (i < end && text.charCodeAt(i) === 32) i++;
    while (end > i && text.charCodeAt(end - 1) === 32) end--;
    let negative = false;
    const sign = text.charCodeAt(i);
    if (sign === 45 || sign === 43) {
      negative = sign === 45;
      i++;
    }
    let value = 0;
    let digits = 0;
    let intDigits = 0;
    let scale = 0;
    let point = false;
    let group = -1; // digits since the last thousands comma; -1 before the first
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        digits++;
        if (point) scale++;
        else {
          intDigits++;
          if (group >= 0) group++;
        }
      } else if (c === 44 && !point) {
        if (group === -1 ? intDigits < 1 || intDigits > 3 : group !== 3) return false;
        group = 0;
      } else if (c === 46 && !point) {
        if (group !== -1 && group !== 3) return false;
        point = true;
      } else return false;
    }
    if (
      digits === 0 ||
      digits > MAX_FAST_DIGITS ||
      (point && scale === 0) ||
      (group !== -1 && group !== 3 && !point)
    )
      return false;
    this.value = value;
    this.scale = scale;
    this.negative = negative && value !== 0;
    return true;
  }
}
