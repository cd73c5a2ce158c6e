// Layout noise that real PDF-to-text output has and the held-out reports were written without, for
// scripts/perturb-check.mjs. Each perturbation maps a report's text to a text with the same lines
// (line n is still line n, so the planted errors' line numbers hold) and is seeded by the report's
// name, so a run is repeatable.

/** A repeatable pseudo-random source in [0, 1) (mulberry32) seeded by a string. */
export function randomFor(seed) {
  let h = 1779033703;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const MINUS = '\u2212';
const EN_DASH = '\u2013';
/** A column gap: two or more spaces between printed characters. */
const GAP = /(\S) {2,}(?=\S)/g;

/** Applies `map(line, random)` to each line, keeping the line breaks as they are. */
const eachLine = (map) => (text, random) =>
  text
    .split('\n')
    .map((line) => map(line, random))
    .join('\n');

/** (a) Every column gap of two or more spaces becomes one tab (the indent stays spaces). */
const tabs = eachLine((line) => line.replace(GAP, '$1\t'));

/** Digits grouped by single spaces ("28 412.6", "1 614"): a leading group of 1–3 digits, then groups of 3. */
const SPACE_GROUPED = /(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d])/g;

/**
 * (b) A no-break space (U+00A0) or a narrow one (U+202F) groups digits where a space did, binds a
 * figure to its percent sign, and opens a third of the column gaps.
 */
const noBreakSpaces = eachLine((line, random) =>
  line
    .replace(SPACE_GROUPED, (m) => m.replaceAll(' ', random() < 0.5 ? NBSP : NNBSP))
    .replace(/(\d) %/g, `$1${NBSP}%`)
    .replace(GAP, (m, c) => (random() < 1 / 3 ? `${c}${NBSP}${m.slice(2)}` : m)),
);

/** (c) A hyphen-minus before a figure (a negative value or a change) becomes a minus sign or an en dash. */
const minusSigns = eachLine((line, random) =>
  line.replace(/(^|[\s(|:=])-(?=\.?\d)/g, (m, before) => `${before}${random() < 0.5 ? MINUS : EN_DASH}`),
);

/** (d) Half the lines end with one to four spaces, and every line ends with CR LF. */
const trailingSpacesCrlf = (text, random) =>
  text
    .split('\n')
    .map((line, i, all) => {
      const padded = line !== '' && random() < 0.5 ? line + ' '.repeat(1 + Math.floor(random() * 4)) : line;
      return i < all.length - 1 ? `${padded}\r` : padded;
    })
    .join('\n');

/** A page's running line: its digits (the page number) aside, printed alike on three lines or more. */
function runningLines(lines) {
  const counts = new Map();
  for (const line of lines) {
    const key = line.trim().replace(/\d+/g, '#');
    if (key.length >= 10 && /\p{L}/u.test(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([k]) => k));
}

/**
 * A form feed opens each page of a report printed without them: on a running header, or on the first
 * line after a running footer (a running line first printed within the report's first ten lines is a
 * header).
 */
function formFeeds(lines) {
  if (lines.some((l) => l.includes('\f'))) return lines;
  const running = runningLines(lines);
  const keyOf = (line) => line.trim().replace(/\d+/g, '#');
  const firstAt = lines.findIndex((l) => running.has(keyOf(l)));
  if (firstAt < 0) return lines;
  const header = firstAt < 10;
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!running.has(keyOf(lines[i]))) continue;
    let at = header ? i : i + 1;
    while (!header && at < lines.length && lines[at].trim() === '') at++;
    if (at > 0 && at < lines.length && !out[at].startsWith('\f')) out[at] = `\f${out[at]}`;
  }
  return out;
}

/** Columns blank on every line of `rows` from `from` on, as [start, end) runs two or more wide. */
function gutters(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const runs = [];
  let start = -1;
  for (let c = 0; c <= width; c++) {
    const blank = c < width && rows.every((r) => c >= r.length || r[c] === ' ');
    if (blank && start < 0) start = c;
    if (!blank && start >= 0) {
      if (start > 0 && c < width && c - start >= 2) runs.push([start, c]);
      start = -1;
    }
  }
  return runs;
}

/**
 * Every gutter of a table (a run of lines between blank lines, two or more of them with column gaps)
 * widened by `shift` spaces, or narrowed by up to -`shift` while keeping two: the columns stay aligned.
 */
function shiftColumns(lines, random) {
  const out = [...lines];
  // A row with column gaps, or a heading word or two printed alone under a column ("withdrawal" under
  // "Water"); rules ("-----") and captions run across the columns and are left as they are.
  const isRow = (l) =>
    !l.includes('\t') && /[\p{L}\p{N}]/u.test(l) && (/\S {2,}\S/.test(l) || l.trim().length <= 24);
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && lines[end].trim() !== '') end++;
    const rows = [];
    for (let j = i; j < end; j++) if (isRow(lines[j])) rows.push(j);
    if (rows.filter((j) => /\S {2,}\S/.test(lines[j])).length >= 2) {
      const shift = (1 + Math.floor(random() * 3)) * (random() < 0.5 ? -1 : 1);
      const body = rows.map((j) => lines[j].replace(/^\f/, ''));
      const runs = gutters(body).reverse();
      rows.forEach((j, n) => {
        let row = body[n];
        for (const [s, e] of runs) {
          if (s >= row.length) continue;
          const cut = Math.min(-shift, e - s - 2);
          if (shift < 0 && cut <= 0) continue;
          row =
            shift > 0
              ? row.slice(0, s) + ' '.repeat(shift) + row.slice(s)
              : row.slice(0, s) + row.slice(s + cut);
        }
        out[j] = lines[j].startsWith('\f') ? `\f${row}` : row;
      });
    }
    i = Math.max(end, i + 1);
  }
  return out;
}

/** (e) Form feeds opening pages, and each table's columns set 1–3 spaces wider or narrower. */
const pagesAndPadding = (text, random) => shiftColumns(formFeeds(text.split('\n')), random).join('\n');

const LIGATURES = [
  ['ffi', '\ufb03'],
  ['ffl', '\ufb04'],
  ['ff', '\ufb00'],
  ['fi', '\ufb01'],
  ['fl', '\ufb02'],
];

/** (f) The letter pairs a PDF font sets as one glyph (fi, fl, ff, ffi, ffl) printed as that ligature. */
const ligatures = (text) => LIGATURES.reduce((t, [letters, glyph]) => t.replaceAll(letters, glyph), text);

/** The perturbations by name, each `(text, random) => text` with the same lines. */
export const PERTURBATIONS = {
  'a-tabs': tabs,
  'b-nbsp': noBreakSpaces,
  'c-minus': minusSigns,
  'd-trailing-crlf': trailingSpacesCrlf,
  'e-pages-padding': pagesAndPadding,
  'f-ligatures': ligatures,
};
