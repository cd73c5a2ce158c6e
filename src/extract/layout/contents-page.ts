import type { ReportLine } from './report-line.js';

// A contents page is short lines; the first paragraph of prose (or this many lines) ends it.
const MAX_CONTENTS_LINES = 90;
const PROSE_CHARS = 200;

// "Contents", "Table of contents", "Our report's contents", and the word in the languages reports come in:
// 目录 / 目錄 (often spaced "目  录"), 目次, Inhalt, Sommaire, Índice, Spis treści, Sadržaj, Innhold, Turinys …
const CONTENTS_HEADING =
  /^(?:(?:table of |[\w’' ]{0,40}\s)?contents|目\s*[录錄次]|inhalt(?:sverzeichnis)?|sommaire|table des matières|[íi]ndice|sumário|spis treści|sadržaj|obsah|tartalom|cuprins|turinys|saturs|sisukord|sisällys(?:luettelo)?|innhold(?:sfortegnelse)?|indholdsfortegnelse|innehåll(?:sförteckning)?|inhoud(?:sopgave)?|içindekiler|περιεχόμενα)$/iu;

/**
 * Lines of the report's contents page (titles with page numbers that would read as figures): from
 * a "Contents" heading to the first paragraph of prose or the first data table.
 */
export function findContentsPage(lines: readonly ReportLine[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || !CONTENTS_HEADING.test(line.text.replace(/\t/g, ' ').trim())) continue;
    const page: number[] = [];
    let lastEntry = -1;
    for (let j = i; j < lines.length; j++) {
      const next = lines[j];
      if (!next || next.no - line.no > MAX_CONTENTS_LINES || next.text.length > PROSE_CHARS) break;
      // A figure with decimals, thousands or a percent, or a "Unit" column, is a data table, not a page number.
      if (/\d[.,]\d|%|(?:^|\t)units?(?:\t|$)/i.test(next.text)) break;
      page.push(next.no);
      if (ENTRY.test(next.text.replace(/\t/g, ' ').trim())) lastEntry = page.length - 1;
    }
    // Lines after the last entry (a page marker, the next page's heading, a tile's name over the figure
    // that ended the page) open the report's text.
    for (const no of lastEntry < 0 ? page : page.slice(0, lastEntry + 1)) out.add(no);
  }
  return out;
}

// An entry of the contents: a title with its page number after it or before it ("Water  14", "14 Water").
const ENTRY = /^\d{1,3}\s+\S|\S\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?$/;
