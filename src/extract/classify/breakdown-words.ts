// Reports in Spanish, Portuguese, French, Romanian and German name a table's breakdown in their own words
// ("por categoría", "por local", "par site", "pe fabrici", "nach Ländern", "je Werk"): they are read as the
// English words the breakdown readers know.
const BY = /(?<![\p{L}])(?:por|par|pe|nach|je)\s+(?=\S)/giu;
const WORDS: readonly (readonly [RegExp, string])[] = [
  [/\bcat[eé]gor(?:[ií]as?|ies?|ii)(?![\p{L}])/giu, 'category'],
  [
    /\b(?:local(?:es|idad(?:es)?)?|locais|sedes?|unidad(?:es)?|unidades?|[ée]tablissements?|fabrici|fabric[aă]|uzine|amplasamente)(?![\p{L}])/giu,
    'site',
  ],
  [/\b(?:regi[oó]n(?:es)?|regi[aã]o|regi[oõ]es|r[ée]gions?|regiuni)(?![\p{L}])/giu, 'region'],
  [/\b(?:pa[ií]s(?:es)?|pays)(?![\p{L}])/giu, 'country'],
  [/\b(?:g[eé]nero|sexo|sexe|genre|gen)(?![\p{L}])/giu, 'gender'],
  [/(?<![\p{L}])(?:werke?n?|standorte?n?|betriebe?n?)(?![\p{L}])/giu, 'site'],
  [/(?<![\p{L}])(?:l(?:ä|ae)ndern|l(?:ä|ae)nder|land)(?![\p{L}])/giu, 'country'],
  [/(?<![\p{L}])(?:regionen)(?![\p{L}])/giu, 'region'],
  [/(?<![\p{L}])(?:geschlecht)(?![\p{L}])/giu, 'gender'],
  [/(?<![\p{L}])(?:mitarbeiterkategorien?|beschäftigtengruppen?|kategorien?)(?![\p{L}])/giu, 'category'],
];

// Chinese (Simplified and Traditional) names a breakdown "按…划分" ("by … divided"): "按性别划分",
// "按地區劃分的僱員", "按年龄段分布".
const CHINESE_BY =
  /按\s*(\p{Script=Han}{1,6}?)\s*(?:划分|劃分|分布|分佈|统计|統計|分类|分類)?(?=的|$|\s|\p{P})/u;
const CHINESE_WORDS: Readonly<Record<string, string>> = {
  性别: 'gender',
  性別: 'gender',
  地区: 'region',
  地區: 'region',
  区域: 'region',
  區域: 'region',
  地域: 'region',
  国家: 'country',
  國家: 'country',
  年龄: 'age group',
  年齡: 'age group',
  年龄段: 'age group',
  年齡段: 'age group',
  年龄组别: 'age group',
  年齡組別: 'age group',
  雇佣类型: 'employment type',
  僱傭類型: 'employment type',
  雇佣类别: 'employment type',
  僱傭類別: 'employment type',
  用工类型: 'employment type',
  用工形式: 'employment type',
  职级: 'employee category',
  職級: 'employee category',
  员工类别: 'employee category',
  僱員類別: 'employee category',
  雇员类别: 'employee category',
  员工类型: 'employee category',
  职能: 'employee category',
  岗位: 'employee category',
  崗位: 'employee category',
  职位: 'employee category',
  職位: 'employee category',
  岗位类别: 'employee category',
  崗位類別: 'employee category',
  職能: 'employee category',
  学历: 'education',
  學歷: 'education',
  受教育程度: 'education',
};

/** A Chinese breakdown heading in English ("按地區劃分" → "by region"), else undefined. */
function chineseBreakdown(text: string): string | undefined {
  const named = CHINESE_BY.exec(text)?.[1];
  const word = named === undefined ? undefined : CHINESE_WORDS[named];
  return word === undefined ? undefined : `by ${word}`;
}

// Vietnamese names a breakdown "theo …" ("by …"): "Số giờ đào tạo theo chức danh" (by job title), "theo khu
// vực" (by region), "theo nhà máy" (by plant), "theo trình độ" (by education); a corner prints the bare name
// ("Chức danh"). Gender and age ("theo giới tính", "theo độ tuổi") are read from the rows' own words.
const VIETNAMESE_BY =
  /^(?:(?:.*?\s)?theo\s+)?(chức\s+danh|cấp\s+bậc|vị\s+trí(?:\s+công\s+việc)?|khu\s+vực|vùng|nhà\s+máy|trình\s+độ(?:\s+học\s+vấn)?)(?![\p{L}])/iu;
const VIETNAMESE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:chức|cấp|vị)/iu, 'employee category'],
  [/^(?:khu|vùng)/iu, 'region'],
  [/^nhà/iu, 'plant'],
  [/^trình/iu, 'education'],
];

/** A Vietnamese breakdown heading in English ("Số giờ đào tạo theo chức danh" → "by employee category"). */
function vietnameseBreakdown(text: string): string | undefined {
  const t = text.trim();
  const named = VIETNAMESE_BY.exec(t)?.[1];
  // A bare name is the corner's only when it is the whole cell ("Chức danh"), not a row's first words.
  if (named === undefined || (!/(?<![\p{L}])theo\s/iu.test(t) && named.length !== t.length)) return undefined;
  const word = VIETNAMESE_WORDS.find(([w]) => w.test(named))?.[1];
  return word === undefined ? undefined : `by ${word}`;
}

/** A caption's foreign breakdown words in English: "Colaboradores por local e género" → "… by site and gender". */
export function englishBreakdown(caption: string): string {
  const named = chineseBreakdown(caption) ?? vietnameseBreakdown(caption);
  if (named !== undefined) return named;
  const at = caption.search(BY);
  if (at < 0) return caption;
  let tail = caption.slice(at).replace(BY, 'by ');
  for (const [word, english] of WORDS) tail = tail.replace(word, english);
  return (
    caption.slice(0, at) +
    tail.replace(/\s+(?:y|e|et|și|si|und)\s+(?=category|site|region|country|gender)/giu, ' and ')
  );
}

// A corner cell naming the rows' breakdown in one word ("Local", "Categoría", "Site"). The company's
// places in other languages: French "Usine", Spanish "Planta", Italian "Stabilimento", Slovak
// "Prevádzka" / "Závod", Czech "Provoz" / "Provozovna", Polish "Zakład" / "Lokalizacja", Slovene
// "Lokacija" / "Obrat" / "Tovarna", Croatian "Pogon" / "Tvornica", Turkish "Tesis" / "Fabrika", Malay
// "Kilang" / "Lokasi", Indonesian "Pabrik", English "Plant" / "Facility", Hungarian "Gyár" / "Üzem" /
// "Telephely", Russian and Ukrainian "Завод" / "Фабрика" / "Предприятие" / "Підприємство" / "Площадка".
const CORNER: readonly (readonly [RegExp, string])[] = [
  [
    /^(?:local|locais|site|sede|unidad|unidade|lieu|[ée]tablissement|fabrica|amplasament|werk|standort|betrieb|usine|planta|stabilimento|prev[áa]dzka|z[áa]vod|provoz(?:ovna)?|zak[łl]ad|lokalizacja|lokacija|obrat|tovarna|pogon|tvornica|tesis|fabrika|kilang|lokasi|pabrik|plant|facility|gy[áa]r|[üu]zem|telephely|завод|фабрика|підприємство|предприятие|площадка|майданчик)$/iu,
    'by site',
  ],
  // A farm is one of the company's places too: English "Farm", Spanish "Finca" / "Granja", Portuguese
  // "Fazenda", Uzbek "Fermer xo'jaligi" read short as "Ferma", Russian and Ukrainian "Ферма".
  [/^(?:farms?|fincas?|granjas?|fazendas?|ferma|ферма)$/iu, 'by site'],
  // An administrative area over the rows, where a grower or a utility reports by district: English
  // "District" / "County" / "Province" / "Prefecture", Uzbek "Tuman" / "Viloyat", Russian "Район" /
  // "Область", Kazakh "Аудан" / "Облыс", Armenian "Մարզ", Mongolian "Аймаг", Spanish and Italian
  // "Provincia", French "Département", Chinese "县" / "省" / "地市": the rows are places, and the whole
  // (Jami, Ընդամենը, Total) is no one of them.
  [
    /^(?:districts?|county|counties|provinces?|prefectures?|tuman|viloyat|район|область|аудан|облыс|մարզ|аймаг|provincia|d[ée]partement|县|縣|省|地市|市县|市縣)$/iu,
    'by region',
  ],
  // Georgian "კატეგორია" too.
  [/^(?:categor[ií]a|cat[ée]gorie|kategorie|კატეგორია)$/iu, 'category'],
];

/**
 * A table's corner or group cell as the breakdown it names in English ("按性别划分" too; a Chinese corner
 * printing the breakdown's bare name, "岗位类别" or "员工类别", as well), or the cell as printed.
 */
export function cornerBreakdown(cell: string): string {
  const t = cell.trim();
  const chinese = CHINESE_WORDS[t];
  return (
    CORNER.find(([word]) => word.test(t))?.[1] ??
    chineseBreakdown(t) ??
    vietnameseBreakdown(t) ??
    (chinese === undefined ? cell : `by ${chinese}`)
  );
}
