import type { ReportStatementKind } from '../../core/index.js';

// Headings under which reports make the statements HKEX Part B and GRI 2 and 3 ask for: "Reporting
// Principles", "Principles of Preparation", "Reporting Scope", "Scope and Boundary", "Board Statement",
// "Statement of the Board of Directors", "Reporting period", "Independent Assurance Statement",
// "Materiality Assessment", "Material topics and stakeholder engagement", "Registered office". A
// heading may also lead its text ("Reporting scope: …", or a label column beside it).
// A second subject a heading joins to its statement's ("Board statement and climate disclosures (Part D)",
// "Reporting scope and basis"): "and" then a few words.
const AND_MORE = String.raw`(?:\s+(?:and|&)\s+[\p{L} ()-]{1,60})?`;

/** The heading of each statement, tested on a heading's text. */
export const HEADINGS: Readonly<Record<ReportStatementKind, RegExp>> = {
  board_statement: new RegExp(
    `^(?:(?:the\\s+)?board(?:['’]s)?\\s+statement(?:\\s+on\\s+ESG(?:\\s+(?:governance|oversight))?)?|statement\\s+(?:of|from|by)\\s+the\\s+board(?:\\s+of\\s+directors)?)${AND_MORE}(?::|$)`,
    'iu',
  ),
  organisation_details: /^(?:registered\s+office|organi[sz]ation(?:al)?\s+(?:details|profile))(?::|$)/i,
  reporting_principles:
    /^(?:report(?:ing)?\s+(?:compilation\s+)?principles?|principles?\s+(?:of|for)\s+(?:the\s+)?(?:report(?:ing)?|preparation|compilation)|reporting\s+basis\s+and\s+principles?)(?::|$)/i,
  reporting_boundary: new RegExp(
    `^(?:report(?:ing)?\\s+(?:scope|boundary|boundaries|coverage)|scope\\s+(?:and|&)\\s+boundar(?:y|ies)|(?:scope|boundary)\\s+of\\s+(?:the\\s+|this\\s+)?report(?:ing)?|organi[sz]ational\\s+boundar(?:y|ies))${AND_MORE}(?::|$)`,
    'iu',
  ),
  reporting_period:
    /^(?:report(?:ing)?\s+period|period\s+(?:covered|of\s+(?:the\s+|this\s+)?report))(?::|$)/i,
  external_assurance:
    /^(?:(?:independent|external|third[- ]party)\s+)?(?:limited\s+)?assurance(?:\s+(?:statement|report|engagement))?(?::|$)|^report\s+assurance(?::|$)/i,
  restatements: /^restatements?(?:\s+of\s+information)?(?::|$)/i,
  material_topics:
    /^(?:[a-z ,&-]{0,60}\b(?:and|&)\s+)?(?:(?:double\s+)?materiality(?:\s+(?:assessment|analysis|review|matrix))?|material\s+(?:topics|issues|matters))(?:\s+(?:and|&)\s+[a-z -]{0,40})?(?::|$)/i,
};

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// A date as reports print a period's ends: "1 January", "January 1", with its year or without.
const DATE = `(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?:,?\\s+\\d{4})?`;
// What a report calls itself when it says what it covers.
const PUBLICATION = '(?:report|review|document|publication)';
// The entities a boundary sentence names after "this report covers"; a report naming its units one by one
// ("It covers the airport kitchen at …, the Harbour kitchen … and the support centre") names them singly.
const ENTITIES =
  '(?:the (?:company|group)|subsidiaries|controlled entities|operations|entities|sites|offices|facilities|properties|plants|business(?:es)?|vessels|fleet|mines|estates|hotels|shops|stores|factories|branches|warehouses|(?:kitchen|cent(?:re|er)|campus|depot|terminal|airport|station|farm|yard|school|hospital|restaurant|outlet|bakery|mill|refinery|laboratory)(?:s|es)?)';

// What a report calls its figures when it says which entities they cover ("social KPIs cover …").
const REPORTED_DATA = '(?:data|KPIs|indicators|figures|metrics)';
// A title page's line under the report's name ("for the year ended 31 December 2025"), alone on its line.
const TITLE_PERIOD = `^\\s*for the (?:financial |fiscal )?year (?:ended|ending) ${DATE}\\s*$`;

/** Sentences that make the statement without a heading. Bounded gaps keep the work linear. */
export const SENTENCES: Readonly<Record<ReportStatementKind, RegExp>> = {
  board_statement:
    /\bthe board(?: of directors)?\b[^.]{0,150}\b(?:oversight|oversees|overall responsibility|full responsibility|ultimate responsibility|responsible for)\b[^.]{0,150}(?:\bESG\b|sustainab|environmental, social)/i,
  // GRI 2-1: where the organisation has its seat, or its legal form ("incorporated in Bermuda with
  // limited liability", "Registered office: 14 Harbour Road").
  organisation_details:
    /\bregistered office\s*(?::|is (?:at|in)\b|at\b)\s*\S|\bheadquartered in\b|\bheadquarters (?:is|are) (?:located )?in\b|\bincorporated (?:in|under the laws of)\b[^.]{0,60}\bwith limited liability\b/i,
  reporting_principles: /\b(?:reporting )?principles?\b/i,
  // The report or its data may be the subject ("Environmental data cover all five operating sites").
  reporting_boundary: new RegExp(
    `\\b(?:(?:reporting |report(?:'s|’s)? )?boundary|boundary of (?:this|the) report|scope of (?:this|the) report|reporting scope)\\s+(?:covers?|includes?|comprises?|encompasses|consists|is|are)\\b|\\b(?:(?:this|the) report|it|${REPORTED_DATA}) covers?\\b[^.]{0,200}\\b${ENTITIES}\\b`,
    'i',
  ),
  // GRI 2-3: the period the report covers, by name or by its two dates.
  // The subject may be the report or what it is called ("this review", "this document"); GRI 1's
  // statement of use names the period too ("has reported in accordance with the GRI Standards for …").
  reporting_period: new RegExp(
    `\\breporting period (?:is|was|covers|covered|runs|ran|spans)\\b|\\b(?:(?:this|the) ${PUBLICATION}|it) covers\\b[^.]{0,200}?(?:\\bthe (?:reporting )?period\\b|${DATE}\\s*(?:to|through|until|–|—|-)\\s*${DATE})|\\b(?:this|the) ${PUBLICATION}\\b[^.]{0,300}\\bfor the (?:financial |fiscal |calendar )?year (?:ended|ending)\\b|\\breported in accordance with the GRI Standards for (?:the period (?:from )?)?${DATE}\\s*(?:to|through|until|–|—|-)\\s*${DATE}|${TITLE_PERIOD}`,
    'i',
  ),
  // GRI 2-5: an assurance engagement (or its absence) named by its level, its standard or its provider,
  // or a verification by an outside body ("verified by an accredited third party").
  external_assurance:
    /\b(?:limited|reasonable|moderate|independent|external|third[- ]party)(?: level of)? assurance\b|\bassur(?:ed|ance was (?:carried out|performed|provided))\b[^.]{0,80}\b(?:under|in accordance with|according to|by)\b|\b(?:AA1000AS|(?:I|A|SL)SAE\s*3(?:000|410))\b|\bnot (?:been )?(?:externally|independently) assured\b|\bverified by (?:an? )?(?:(?:accredited|independent|external) )*(?:third[- ]party(?: verifier| verification body| auditor| firm)?|(?<=(?:accredited|independent|external) )(?:verifier|verification body|body|auditor|firm))\b/i,
  // GRI 2-4: a restatement of an earlier report's figure, or the statement that none was made.
  restatements: /\brestat(?:ed|ements?)\b/i,
  // GRI 3-1 and 3-2: the materiality assessment and the material topics it gave.
  material_topics:
    /\bmateriality (?:assessment|analysis|review|survey)\b|\b(?:identified|determined|confirmed|prioriti[sz]ed)\b[^.]{0,80}\bmaterial (?:topics|issues|matters)\b|\bmaterial (?:topics|issues|matters) (?:were|are|was) (?:identified|determined|confirmed|selected)\b/i,
};
