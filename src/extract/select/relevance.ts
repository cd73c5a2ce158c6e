import type { ClassifiedMention } from '../classify/index.js';
import { readPrintedUnit } from '../classify/index.js';
import {
  foldTraditionalChinese,
  isTransportVolume,
  partOfWholeBefore,
  tryParseUnit,
} from '../../core/index.js';
import { isCroatianCounted, isPeopleNoun } from '../narrative/index.js';

/**
 * Whether a figure found in prose is an ESG disclosure rather than a business or case-study number
 * ("a road network of 10,381 kilometers", "67,000 AI models", "an accuracy ≥ 90%"). Table figures and
 * statements of zero incidents always are. In prose: a physical or money quantity of the kinds ESG
 * reporting covers (emissions, energy, materials, water, power, money) is; a count is when it counts
 * people, ESG actions or incidents, certified things or sites; a share or any other figure is when
 * the words around it name an ESG topic. The vocabularies follow the subjects of the HKEX ESG Guide
 * (A1-A4, B1-B8) and the GRI topic standards (300 and 400 series).
 */
export function isDisclosure(c: ClassifiedMention): boolean {
  const m = c.mention;
  if (m.kind === 'table' || isZeroStatement(m.label, m.value)) return true;
  // A bare figure of a key-figures list the catalogue names ("Guest nights: 421,684") is one, as it is
  // in a table: it prints no unit to judge it by.
  if (m.listed === true && m.unit === '' && c.metric !== undefined) return true;
  const dimension = readPrintedUnit(m.unit)?.unit.dimension ?? '';
  if (ESG_QUANTITIES.test(dimension)) return true;
  // A Chinese sentence's figure is one when its subject names an ESG topic ("员工总数为3,456人").
  if (CHINESE_ESG_TOPICS.test(foldTraditionalChinese(m.label))) return true;
  if (JAPANESE_ESG_TOPICS.test(foldTraditionalChinese(m.label))) return true;
  if (KOREAN_ESG_TOPICS.test(m.label)) return true;
  // "carried 2,418.6 thousand TEU": the volume a carrier's intensities divide (GRI 305-4's chosen denominator).
  const unit = tryParseUnit(m.unit, { countNouns: false });
  if (unit && isTransportVolume(unit)) return true;
  if (dimension === 'count' && !SCALE_ONLY.test(m.unit))
    return (
      COUNTED.test(m.unit) ||
      isPeopleNoun(m.unit) ||
      // "заминати вработени" (employees who left): people named by what they did, the noun last.
      isPeopleNoun(m.unit.split(' ').at(-1) ?? '') ||
      m.unit.split(' ').some(isCroatianCounted) ||
      (/^reports?$/i.test(m.unit) && CONCERNS_RAISED.test(m.quote))
    );
  return ESG_TOPICS.test(m.label) || (m.unit === '%' && printsItsFraction(m.quote, m.value));
}

// "96.8% of revenue (182.4 of 192.6 billion)": the two amounts a share is the quotient of, in brackets
// after it, joined by "of" in the languages esgkit reads (Russian "из", Indonesian "dari", German "von",
// French "sur", Italian "su", Spanish and Portuguese "de", Polish "z", Greek "από").
const FRACTION_AFTER =
  /^\s?%[^()%]{0,80}?\(\s*\d[\d\s,.]*?\s(?:out\s+of|of|из|dari|von|sur|su|de|z|από)\s+\d/iu;

/**
 * Whether a share is printed with the fraction it is the quotient of: a figure a reader can redo. The
 * fraction may follow it in brackets, or come before it as a whole and the part taken "of whom" from it
 * ("612 inimest, neist 216 naist (35.3%)"), in any language read.
 */
function printsItsFraction(quote: string, value: string): boolean {
  const at = quote.indexOf(value);
  if (at < 0) return false;
  const after = quote.slice(at + value.length, at + value.length + 160);
  return (
    FRACTION_AFTER.test(after) ||
    partOfWholeBefore(quote.slice(Math.max(0, at - 160), at), after) !== undefined
  );
}

/** True for a mention read from a statement of zero incidents ("no work-related fatalities"). */
export function isZeroStatement(label: string, value: string): boolean {
  return value === '0' && /^(?:no|zero|nil|not|none|nobody)\b/i.test(label);
}

// Reports counted through a speak-up channel (GRI 2-25, 2-26; HKEX B7): not any report published.
const CONCERNS_RAISED = /whistle|grievance|speak[- ]up|hotline|near[- ]miss|ethics/i;
// The HKEX ESG Guide's and the SSE/SZSE guidelines' subjects in Chinese (Traditional folded to
// Simplified): employees, training, volunteering, safety and injuries, complaints, suppliers,
// donations, emissions, energy, water, waste, and anti-corruption; hours worked (the base of injury rates,
// GRI 403-9) and the board (HKEX C2 Part B); R&D, innovation and patents (the SZSE/SSE guidelines' 创新驱动
// topic, HKEX B6.3 intellectual property).
const CHINESE_ESG_TOPICS =
  /研发|研究开发|创新|专利|知识产权|工时|工作时数|工作小时|董事|员工|雇员|人员|培训|受训|志愿|义工|安全|工伤|死亡|亡故|事故|职业病|投诉|供应商|捐赠|公益|慈善|社区|排放|能耗|能源|耗电|用电|电力|光伏|碳|用水|耗水|取水|废弃物|废物|污染物|环保|流失|离职|新进|招聘|反腐|贪污|廉洁/u;
// The same subjects in Japanese (kanji folded to Simplified): employees (従業員, 社員), training (研修),
// labour and accidents (労働, 災害, 度数率, 強度率, 休業), childcare leave (育児), managers (管理職), hiring
// and leaving (採用, 退職), emissions (排出, スコープ), energy (エネルギー, 再生可能), donations (寄付).
const JAPANESE_ESG_TOPICS =
  /从业员|社员|研修|劳働|灾害|度数率|强度率|休业|育儿|管理职|女性|采用|退职|排出|排水|スコープ|エネルギー|再生可能|寄付/u;
// The same subjects in Korean (GRI Standards' Korean translation, 고용노동부 industrial accident terms):
// employees, hiring and leaving, training, volunteering, safety and accidents, hours worked, suppliers and
// purchasing, customers, donations, emissions, energy, water, waste, pollutants, the board, anti-corruption.
const KOREAN_ESG_TOPICS =
  /임직원|직원|구성원|인력|인원|채용|입사|이직|퇴직|교육|훈련|봉사|안전|재해|산재|사망|사고|근로|육아휴직|여성|협력사|협력회사|공급망|구매|고객|기부|사회공헌|배출|온실가스|탄소|에너지|전력|연료|용수|취수|방류|폐수|폐기물|재활용|오염|환경|이사회|윤리|부패|특허|연구개발/u;
const ESG_QUANTITIES = /^(?:ghg|energy|mass|volume|power|money:[A-Z]{3})(?:\/|$)/;
const SCALE_ONLY = /^\s*(?:million|billion|thousand|hundred|ten thousand|10,000)\s*$/i;

const ESG_TOPICS = new RegExp(
  [
    // Contractors are workers who are not employees (GRI 2-8, 403-9): "contractors logged 1.1 million hours".
    'employ|staff|personnel|worker|contractor|workforce|colleague|talent|hire|recruit|turnover|female|women|gender|divers',
    // GRI 405-1 by other groups than gender: South Africa's employment equity and B-BBEE reporting
    // ("historically disadvantaged South Africans", HDSA; Mining Charter 2018), a group's representation.
    '\\brepresentation\\b|historically disadvantaged|\\bHDSAs?\\b|employment equity|\\bB-?BBEE\\b',
    // Staff by occupational level (GRI 405-1 b): "top, senior and middle management combined".
    '\\b(?:top|senior|middle|junior)(?:[- ]level)?\\s+management\\b',
    // Nationals hired under a localisation quota (Emiratisation, Saudisation; GRI 202-2 local hiring).
    '\\bnationals\\b|nationali[sz]ation',
    // GRI 404-3: "98 per cent received a performance review".
    'performance (?:review|appraisal)|career development',
    'train|course|learning|lectur|instructor|educat|student|teacher|scholarship',
    // Staff by education level (CASS-CSR, mainland exchange guidelines): "524 held a master's degree".
    "doctorate|bachelor|master'?s degree|\\b(?:academic|university) degree",
    // A programme people completed is training (GRI 404): "226 line managers completed our leadership program".
    '\\b(?:completed|attended|finished)\\b[^.;]{0,60}\\bprogram(?:me)?s?\\b',
    'safety|injur|fatal|accident|occupational|health|hazard|drill|emergenc|lost (?:work(?:ing)? )?days',
    'supplier|procure|supply chain|customer|complain|satisf|recall|privacy|data security',
    'information security|security test|corrupt|brib|whistle|complian|lawsuit|donat|charit',
    'volunteer|communit|poverty|welfare|patent|trademark|copyright|intellectual property|certif',
    // Innovation (SZSE/SSE guidelines' 创新驱动 topic): "R&D investment rose 15.2%".
    '\\bR&D\\b|research and development',
    'emission|carbon|greenhouse|co2|energy|electric|fuel|coal|natural gas|water|wastewater|waste',
    'recycl|reuse|packag|renewable|solar|photovoltaic|green|environment|pollut|dust|sulfur|sulphur',
    'nitrogen|particulate|climate|biodivers|dormitor|participa|attend|subsidiar',
    // GRI 401-3: "…after their leave ended, a return-to-work rate of 96.0%".
    'parental|maternity|paternity|\\bleave\\b|return[- ]to[- ]work',
    // GRI 403-9 rates by their abbreviations ("LTIFR 0.56 per 200,000 hours worked", "an LTIF of 7.4"), and absence.
    '\\b(?:LTIF?R?|TRIF?R?)\\b|frequency rate|sickness|absentee',
    // Governance (GRI 2-9 to 2-29, HKEX C2 Part B): the board and its committees, pay tied to ESG
    // targets, the stakeholders consulted on materiality.
    '\\bboard\\b|committee|\\besg\\b|sustainab|incentive|remunerat|bonus|stakeholder|materiality',
    // The same topics in Spanish, Portuguese, French and Italian reports.
    'agua|água|\\beau\\b|acqua|idric|emisi|émission|emissõ|emission|energ|électri|eléctric|elétric|residuo|resíduo',
    'déchet|rifiut|colaborador|emplead|trabajador|funcionári|salarié|dipendent|mujeres|mulheres|femmes|donne',
    'capacitaci|formaci|formação|seguridad|segurança|sécurité|sicurezza|proveedor|fornecedor|fournisseur|fornitor',
    'comunidad|comunidade|communauté|comunità|carbono|carbone|combustible|combustível|clima',
    'gas natural|gás natural|gaz naturel|gas naturale|gasóleo|gasoil',
    // Romanian: staff, women, training, waste, water withdrawn or discharged, accidents, suppliers, fuels.
    'salaria|angaja|femei|instruir|formare profesional|de[sș]eu|captat|captare|evacuat|accident|securitat',
    'furnizor|comunit|combustib|gaz natural',
    // And in German reports: staff, training, safety and health, suppliers, resources and emissions.
    'mitarbeit|beschäftigt|belegschaft|frauen|führungskr|weiterbildung|schulung|ausbildung|arbeitssicherheit',
    'unfall|unfäll|krankenstand|gesundheit|lieferant|lieferkette|korruption|wasser|abfall|strom|erdgas',
    'treibhaus|\\bTHG\\b|klima|vergütung|spende',
    // And in Polish reports: emissions, energy, water, waste, staff, women, training, accidents, safety, suppliers.
    'emisj|energi|\\bwod[aęyą](?![a-ząćęłńóśźż])|pob[oó]r wody|ściek|odpad|pracowni|zatrudni|kobiet|szkole|wypad|bezpiecze',
    'dostawc|społeczn|klimat|gaz ziemny|węgl|paliw|darowizn',
    // And in Indonesian, Russian and Greek reports: staff, training, safety, women, suppliers.
    'karyawan|pegawai|tenaga kerja|pekerja|pelatihan|keselamatan|kecelakaan|perempuan|pemasok',
    'работник|сотрудник|персонал|списочн|численност|обучени|охран[аы] труда|травм|женщин|поставщик|выброс|отход',
    'εργαζ|προσωπικ|εκπαίδευσ|ασφάλει|ατυχήμ|γυναίκ|προμηθευτ|εκπομπ|απόβλητ|αποβλήτ',
    // And in Finnish reports (stems, as Finnish inflects the noun: "koulutukseen", "työntekijää"): training,
    // staff and employees, women, safety and accidents, suppliers, emissions, climate, waste and water.
    'koulutu|henkilöst|työntekij|naist|naiset|turvallisuu|tapaturm|toimittaj|päästö|ilmasto|jätte|vedenot|vedenkul',
    // And in Danish, Norwegian and Swedish reports: staff and employees, training, women, accidents, suppliers,
    // emissions and waste.
    'medarbejd|medarbeid|medarbetar|\\bansatt?e?\\b|anställd|uddannels|opplæring|utdanning|utbildning|kvinder|kvinner',
    // And in Azerbaijani reports (stems, as Azerbaijani glues case suffixes: "işçiyə", "təlimi"): staff,
    // training, women, emissions, waste, water withdrawn, safety, accidents and suppliers.
    'işçi|əməkdaş|təlim|qadın|emissiya|tullantı|su götürül|təhlükəsizl|bədbəxt hadisə|təchizatçı|enerji',
    // And in Macedonian reports (stems, as Macedonian adds its article to the word: "вработените", "обуката"):
    // staff, turnover, training, women, injuries, safety, suppliers, emissions, waste, energy and water.
    'вработен|флуктуац|обука|обуки|обучен|повред|безбедност|добавувач|емисии|стакленички|отпад|енергиј',
    '(?:^|\\s)жени(?:те)?(?![а-шѓѕјљњќџ])|зафатена вода|потрошувачка на вода',
    'kvinnor|arbejdsulykke|arbeidsulykke|arbetsolyck|leverandør|leverantör|udledning|utslipp|utsläpp|affald|avfall',
    // And in Vietnamese reports: workers and employees, training, safety and accidents, women, suppliers,
    // emissions, greenhouse gases and waste.
    'lao động|nhân viên|đào tạo|an toàn|tai nạn|lao động nữ|phụ nữ|nhà cung cấp|phát thải|khí nhà kính|chất thải',
  ].join('|'),
  'i',
);

// What ESG disclosures count: people, ESG actions and programmes, incidents, certified or protected
// things, and the organisation's sites (GRI 2-7/2-8, 401-404, 403-9, 205-3, 416-418; HKEX B1-B8).
const COUNTED = new RegExp(
  `\\b(?:${[
    'employees?|staff|personnel|workers?|colleagues?|people|persons?|participants?|person-times?|man-times?',
    'attendances?|attendees?|trainees?|students?|teachers?|instructors?|lecturers?|volunteers?',
    'suppliers?|customers?|beneficiar(?:y|ies)|children|famil(?:y|ies)|households?|patients?',
    'engineers?|managers?|directors?|women|men|members?|nationals|subsidiar(?:y|ies)|sites?|parks?|factor(?:y|ies)',
    'plants?|offices?|provinces?|dormitor(?:y|ies)|vehicles?|patents?|trademarks?|copyrights?',
    'standards?|certifications?|certificates?|courses?|sessions?|trainings?|activit(?:y|ies)',
    'events?|campaigns?|competitions?|drills?|audits?|inspections?|assessments?|exercises?',
    'cases?|complaints?|accidents?|injur(?:y|ies)|fatalit(?:y|ies)|violations?|recalls?|lawsuits?',
    'proposals?|programs?|programmes?|symposiums?|symposia|pallets?|products?|equipments?',
    'devices?|trees?|donations?|hours?|topics?|times',
    // Governance and engagement: meetings held, survey scores, seats and roles, stakeholders heard,
    // grievances received.
    'meetings?|points|seats?|stakeholders?|respondents?|responses?|questionnaires?|interviews?|grievances?',
    'apprentices?|interns?|learners?|drivers?|executives?|leaders?|supervisors?|roles?|positions?',
    // Sites and fleet by their kind (GRI 2-6, 302, 305): properties, shops, farms, vans and trucks.
    'propert(?:y|ies)|buildings?|hotels?|shops?|stores?|farms?|vans?|trucks?|lorries|forklifts?',
    // A transport operator's fleet by its kind: buses, coaches, trams, ferries, vessels and rolling stock.
    'bus(?:es)?|coaches|double-deckers?|minibus(?:es)?|trams?|ferries|vessels?|locomotives?|railcars?|taxis?',
    // The same people in Spanish and Portuguese reports: staff, leaders and the levels they hold
    // (Chile's "jefaturas", supervisory posts), participants and suppliers.
    'colaborador(?:es|as)|trabajador(?:es|as)|emplead[oa]s|personas|l[ií]deres|gerentes|jefaturas|ejecutiv[oa]s',
    'directiv[oa]s|supervisor(?:es|as)|participantes|aprendices|proveedores|funcion[aá]ri[oa]s|trabalhador(?:es|as)',
    // And in French reports: staff ("collaborateurs", "salariés", "employés"), trainees, suppliers.
    'collaborat(?:eur|rice)s|salarié(?:e?s)|employé(?:e?s)|personnes|agents|stagiaires|apprentis|fournisseurs',
    // And in German reports: staff, people, apprentices, suppliers, participants, cases.
    'mitarbeitende[n]?|mitarbeiter(?:innen)?|beschäftigte[n]?|menschen|personen|lehrlinge|auszubildende',
    'lieferanten|teilnehmende|teilnehmer(?:innen)?|fälle|unfälle|meldungen|standorte|werke',
  ].join('|')})(?!\\p{L})`,
  'iu',
);
