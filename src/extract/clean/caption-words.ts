// Words other languages number a table or a figure with in its caption, as "Table 8" and "Figure 3"
// do in English: French "Tableau 4", Spanish "Tabla 3" / "Cuadro 2", Portuguese "Tabela 5" /
// "Quadro 1", German "Tabelle 2" / "Abbildung 6", Italian and Spanish "Figura 1", "Gráfico 2",
// Indonesian and Dutch "Tabel 3", Turkish "Tablo 2", Vietnamese "Bảng 5", Macedonian and Serbian
// "Табела 6", Russian and Bulgarian "Таблица 2".
/** Caption words that number a table or figure in languages other than English. */
export const FOREIGN_CAPTION_WORDS = [
  'Tableau',
  'Tabla',
  'Tabela',
  'Tabelle',
  'Cuadro',
  'Quadro',
  'Figura',
  'Graphique',
  'Gráfico',
  'Abbildung',
  'Tabel',
  'Tablo',
  'Bảng',
  'Табела',
  'Таблица',
] as const;

// A caption numbers what it titles: "Table 8: …", "Figure 3.2 –", "Exhibit B", "Tabla 3", "表 4".
const CAPTION = new RegExp(
  `^(?:(?:table|figure|fig\\.|chart|exhibit|schedule|${FOREIGN_CAPTION_WORDS.join('|')})\\s*[A-Z]?\\d+(?:\\.\\d+)*[a-z]?\\b|表\\s*\\d+)(?!\\.\\d)`,
  'iu',
);

/** Whether a text opens with a caption's number ("Table 8: Diversity of …", "Tableau 4  Eau"). */
export function isCaptionText(text: string): boolean {
  return CAPTION.test(text.trim());
}
