// How Spanish, Portuguese, French, Italian and Romanian sentences word a change between years, as fragments the
// English patterns of change-wording.ts take in: "la captación de agua disminuyó 4,2% frente al año
// anterior", "redujimos el consumo de energía en 3%", "una reducción del 6%", "a diminué de 5 % par
// rapport à 2024", "è diminuito del 3% rispetto al 2024", "au scăzut cu 6,8% față de anul trecut".

/** Words between a change verb and its figure: "en", "un", "del", "de", "cu", "cerca de", "aproximadamente". */
export const ROMANCE_APPROX = String.raw`(?:(?:en|em|de|del|di|of|cu)\s+)?(?:(?:un|una|um|uma|cerca\s+de|casi|aproximadamente|alrededor\s+de|environ|près\s+de|circa|quasi|aproximativ|aproape)\s+)?(?:(?:de|del|di)\s+)?`;

/** A change verb in the past, with its auxiliary when it has one ("se redujo", "ha disminuido", "ont baissé"). */
export const ROMANCE_CHANGE_VERBS = [
  // Spanish
  String.raw`(?:se\s+)?(?:ha(?:n)?\s+)?(?:disminu(?:yó|yeron|ido)|aument(?:ó|aron|ado)|redu(?:jo|jeron|cido)|cre(?:ció|cieron|cido)|baj(?:ó|aron|ado)|subi(?:ó|eron|do)|ca(?:yó|yeron|ído)|increment(?:ó|aron|ado)|descend(?:ió|ieron|ido))`,
  // Portuguese
  String.raw`(?:se\s+)?(?:diminuiu|diminuíram|aumentou|aumentaram|reduziu|reduziram|cresceu|cresceram|caiu|caíram|recuou|recuaram|subiu|subiram)`,
  // "foi reduzido em 5,8%", "foram ampliadas em 3%": the Portuguese passive
  String.raw`(?:foi|foram)\s+(?:reduzid[oa]s?|diminuíd[oa]s?|aumentad[oa]s?|ampliad[oa]s?)`,
  // French
  String.raw`(?:a|ont|est|sont)\s+(?:diminué|augmenté|baissé|progressé|reculé|crû|augmentée?s?|diminuée?s?|réduite?s?)`,
  // "sont en baisse de 4 %", "est en hausse de 2 %": a state of change, worded with a noun
  String.raw`(?:est|sont|était|étaient|a\s+été|ont\s+été)\s+en\s+(?:baisse|hausse|recul|diminution|augmentation|progression)`,
  // Italian
  String.raw`(?:è|sono|ha|hanno)\s+(?:(?:stat[oaie]\s+)?ridott[oaie]|diminuit[oaie]|aumentat[oaie]|cresciut[oaie]|calat[oaie]|sces[oaie])`,
  String.raw`si\s+(?:è|sono)\s+ridott[oaie]`,
  // "è in calo del 3%", "sono in aumento del 5%"
  String.raw`(?:è|sono|era|erano)\s+in\s+(?:calo|aumento|diminuzione|crescita)`,
  // Romanian: "au scăzut cu 6,8%", "a crescut cu 3%", "s-au redus cu 4%", "au fost reduse cu 2%"
  String.raw`(?:a|au)\s+(?:sc[aă]zut|crescut|diminuat|urcat|cobor[aâ]t|avansat)`,
  String.raw`s-(?:a|au)\s+(?:redus|diminuat|majorat|m[aă]rit)`,
  String.raw`(?:a|au)\s+fost\s+(?:redus[eă]?|diminuat[eă]?|majorat[eă]?)`,
  // "mejoró un 4%", "piorou 2%", "s'est améliorée de 3 %", "è peggiorato del 2%": worded by sense, the
  // way the figure moved known only with its metric (change-sense.ts)
  String.raw`(?:se\s+)?(?:ha(?:n)?\s+)?(?:mejor(?:ó|aron|ado)|empeor(?:ó|aron|ado))`,
  String.raw`(?:melhorou|melhoraram|piorou|pioraram)`,
  String.raw`(?:s'est|s’est|se\s+sont)\s+(?:amélioré|dégradé|détérioré)e?s?`,
  String.raw`(?:è|sono)\s+(?:migliorat|peggiorat)[oaie]`,
].join('|');

/** A verb in the first person plural before what it changed ("redujimos el consumo de agua en 5%"). */
export const ROMANCE_VERB_OBJECT = String.raw`redujimos|disminuimos|aumentamos|incrementamos|bajamos|recortamos|reduzimos|diminuímos|aumentámos|aumentamos|avons\s+réduit|avons\s+diminué|avons\s+augmenté|abbiamo\s+ridotto|abbiamo\s+diminuito|abbiamo\s+aumentato`;

/** What a verb-first change is "by": "en" (es), "em" (pt), "de" (fr), "del" (it), "cu" (ro). */
export const ROMANCE_BY = String.raw`(?:en|em|de|del|di|of|cu)`;

/** A change as a noun ("una reducción de", "un aumento del", "une baisse de", "una riduzione del", "o reducere de"). */
export const ROMANCE_CHANGE_NOUNS = String.raw`reducci[oó]n|disminuci[oó]n|aumento|incremento|crecimiento|descenso|ca[ií]da|redu[cç][aã]o|diminui[cç][aã]o|queda|baisse|hausse|diminution|augmentation|r[ée]duction|riduzione|diminuzione|crescita|calo|reducere|sc[aă]dere|cre[sș]tere|diminuare|majorare|mejora|empeoramiento|deterioro|melhoria|piora|deteriora[cç][aã]o|am[ée]lioration|d[ée]gradation|d[ée]t[ée]rioration|miglioramento|peggioramento`;

/** Verbs that report a noun-worded change ("registró una reducción de", "a enregistré une baisse de"). */
export const ROMANCE_REPORTING_VERBS = String.raw`registr(?:ó|aron|ou|aram)|present(?:ó|aron|ou|aram)|tuvo|tuvieron|mostr(?:ó|aron)|experiment(?:ó|aron|ou)|(?:a|ont)\s+(?:enregistré|connu)|(?:ha|hanno)\s+(?:registrato|segnato)|(?:a|au)\s+[iî]nregistrat`;

/** "of" after a change noun: "de", "del", "de un", "du", "di", "del". */
export const ROMANCE_OF = String.raw`(?:de(?:l)?|du|di|dell[oa]?|da|do|cu)\s+(?:un\s+|una\s+)?`;

/**
 * What a change is set against: the year before (group 1) or a year (group 2): "frente al año anterior",
 * "respecto a 2024", "en comparación con 2023", "em relação a 2024", "par rapport à l'année précédente",
 * "rispetto al 2024", "rispetto all'anno precedente" (the article elided before a vowel), "față de anul trecut",
 * "comparativ cu 2024".
 */
export const ROMANCE_AGAINST =
  /(?<!\p{L})(?:frente\s+a|respecto\s+(?:a|de)|con\s+respecto\s+a|en\s+comparaci[oó]n\s+con|comparad[oa]s?\s+con|en\s+relaci[oó]n\s+(?:a|con)|em\s+rela[cç][aã]o\s+a|face\s+a|comparativamente\s+a|par\s+rapport\s+[àa]|rispetto\s+a|fa[tțţ][aă]\s+de|comparativ\s+cu|[iî]n\s+compara[tțţ]ie\s+cu)(?:(?:l|o|u)?\s+(?:(?:el|la|lo|il|le|l['’])\s*)?|ll['’]\s*)(?:((?:año|ejercicio|per[ií]odo|ano|exerc[ií]cio|ann[ée]e|exercice|anno|esercizio|anul|exerci[tțţ]iul)\s+(?:anterior|previo|pasado|precedente?|pr[ée]c[ée]dente|passato|scorso|trecut))|(?:FY\s?)?((?:19|20)\d{2}))/iu;

/**
 * The period a change happened in: "en 2025", "em 2024", "nel 2024", "durante 2024", "au cours de
 * l'exercice 2024" (group 1 the year).
 */
export const ROMANCE_PERIOD =
  /(?<!\p{L})(?:en|em|nel|durante|au\s+cours\s+de|[iî]n)\s+(?:(?:l['’]\s*|el\s+|o\s+)?(?:ejercicio|año|ano|exerc[ií]cio|exercice|ann[ée]e|anno|esercizio)\s+)?((?:19|20)\d{2})(?!\d)/iu;

/** "interanual", "en términos interanuales", "sur un an": the year before. */
export const ROMANCE_YEAR_ON_YEAR =
  /\b(?:interanual(?:es|mente)?|en\s+un\s+año|sur\s+un\s+an|su\s+base\s+annua)\b/i;

/** Articles and possessives that open a Romance subject ("la captación", "nuestro consumo", "les émissions"). */
export const ROMANCE_ARTICLE =
  /^(?:(?:la|el|los|las|lo|nuestr[oa]s?|su|sus|o|a|os|as|nosso|nossa|nossos|nossas|le|les|nos|notre|il|gli|i|nostr[oaie])\s+|l['’]\s*)+(?=\S)/i;

/** Conjunctions that join two clauses of changes: "y", "e", "et", "mientras que", "tandis que", "iar". */
export const ROMANCE_AND = String.raw`y|e|et|mientras|enquanto|tandis\s+que|mentre|iar`;

/** Spanish, Portuguese, French and Italian change words pointing up. */
export const ROMANCE_UP =
  /^(?:(?:se\s+)?(?:ha(?:n)?\s+)?(?:aument|increment|crec|cre[cs]|sub|progress|hauss|augment|cresc)\S*|(?:(?:a|ont|est|sont|è|sono|ha|hanno)\s+)(?:augment|progress|aumentat|cresciut)\S*|aumentamos|incrementamos|aumentámos|avons\s+augmenté|abbiamo\s+aumentato|\S+(?:\s+été)?\s+(?:en|in)\s+(?:hausse|augmentation|progression|aumento|crescita)|(?:a|au)\s+(?:crescut|urcat|avansat)|s-(?:a|au)\s+(?:majorat|m[aă]rit)|(?:a|au)\s+fost\s+majorat\S*|(?:foi|foram)\s+(?:aumentad|ampliad)\S*|cre[sș]tere|majorare)$/i;

/** Spanish, Portuguese, French and Italian change words pointing down. */
export const ROMANCE_DOWN =
  /^(?:(?:se\s+)?(?:ha(?:n)?\s+)?(?:disminu|redu|baj|ca[yíi]|descen|diminu|recu|queda|baiss|r[ée]duc|ridu|calat|calo|sces|recort)\S*|(?:(?:a|ont|est|sont|è|sono|ha|hanno)\s+)(?:(?:stat[oaie]\s+)?ridott|diminu|baiss|recul|r[ée]duit|calat|sces)\S*|si\s+(?:è|sono)\s+ridott\S*|redujimos|disminuimos|bajamos|recortamos|reduzimos|diminuímos|avons\s+réduit|avons\s+diminué|abbiamo\s+ridotto|abbiamo\s+diminuito|\S+(?:\s+été)?\s+(?:en|in)\s+(?:baisse|recul|diminution|calo|diminuzione)|(?:a|au)\s+(?:sc[aă]zut|diminuat|cobor[aâ]t)|s-(?:a|au)\s+(?:redus|diminuat)|(?:a|au)\s+fost\s+(?:redus|diminuat)\S*|(?:foi|foram)\s+(?:reduzid|diminuíd)\S*|reducere|sc[aă]dere|diminuare)$/i;
