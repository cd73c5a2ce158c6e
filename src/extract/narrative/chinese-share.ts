import { foldTraditionalChinese } from '../../core/index.js';
import type { Mention } from '../mention/index.js';

/**
 * A group's share in Chinese prose: "其中女性员工1,024人，占员工总数的38.2%", "其中女性管理者45人，佔管理層
 * 27.3%", "僱員總數6,361人，女性佔40.7%", "本科及以上学历员工占比41.6%". The percentage after 占 / 佔 (占比,
 * 比例为) is the share of the group its clause names before 占, else of the people the count before it
 * counts; the whole after 占 is the staff or the management. Such a share is named as the catalogue
 * names a group's share ("女性员工占比", "女性管理者占比"), so the classifier gives it the group's dims.
 */

// "占员工总数的", "佔管理層", "占比", "女性佔", "所占比例为": the group before 占, the whole after it.
const SHARE_OF =
  /^(.*?)(?:[占佔](?:比例|比重|比)?|(?:所[占佔])?(?:比例|比重))(.*?)(?:的|之)?(?:比例|比重)?$/u;
// Words opening a clause before its group ("其中", "约"), and those linking it to its figure ("为", "达").
const LEAD = /^(?:其中|其中的|包括|约|約|共|而)+/u;
const LINK = /(?:为|為|达到|達到|达|達|约|約|是)+\s*$/u;
// The whole staff, as a share's whole names it ("员工总数", "全體員工", "僱員總數"), once folded.
const ALL_STAFF =
  /^(?:公司|本公司|集团|本集团|全体|全部|总)?(?:员工|雇员|职工|在职员工)?(?:总数|总人数|人数)?$/u;
// Management staff (dims.ts reads the same words): 管理层, 管理者, 管理人员, 高管.
const MANAGEMENT = /管理层|管理者|高管|高级管理|中层管理|(?<!行政|财务)管理人员/u;
// A people noun: the group's words name whom it counts, not a bare gender.
const PEOPLE = /员工|雇员|职工|人员|管理者|高管|管理层/u;
// A gender word as the group names it alone ("女性佔40.7%").
const GENDER = /^(女性|男性|女|男)(?:员工|雇员|职工)?$/u;
// The classifiers of a count of people ("1,024人", "45名", "7位").
const PEOPLE_COUNT = new Set(['人', '名', '位']);

/**
 * The label naming a percentage as its group's share, or undefined when its clause says no share of a
 * group of the staff: `clause` is the percentage's clause before it, `counted` the figure before it in
 * the sentence.
 */
export function groupShareLabel(clause: string, counted: Mention | undefined): string | undefined {
  const parts = SHARE_OF.exec(clause.replace(LINK, '').trim());
  if (!parts) return undefined;
  const group = (parts[1] ?? '').replace(LEAD, '').trim();
  const whole = foldTraditionalChinese((parts[2] ?? '').trim());
  const ofManagement = MANAGEMENT.test(whole);
  // A share of another whole (new hires, revenue, purchases) is no share of the staff.
  if (!ofManagement && !ALL_STAFF.test(whole)) return undefined;
  const named =
    group !== ''
      ? group
      : counted !== undefined && PEOPLE_COUNT.has(counted.unit)
        ? counted.label.replace(LEAD, '').trim()
        : '';
  const folded = foldTraditionalChinese(named);
  const gender = GENDER.exec(folded)?.[1];
  if (gender !== undefined) return `${gender}${ofManagement ? '管理者' : '员工'}占比`;
  if (!PEOPLE.test(folded)) return undefined;
  // "女性员工…佔管理層": the group within management.
  if (ofManagement && !MANAGEMENT.test(folded)) return undefined;
  return `${named}占比`;
}

// The staff's own nouns, which the catalogue names a gender's count by ("女性员工").
const STAFF_NOUN = /员工|雇员|职工/u;

/**
 * The label of a gender's count in an "of which" clause after a count of people: "员工总数为5,126人，其中
 * 女性2,808人" counts the women among the staff, named as the catalogue names them ("女性员工"); "管理人员
 * 486人，其中女性212人" the women among the managers ("女性管理人员"). Undefined for any other clause.
 */
export function groupCountLabel(
  label: string,
  unit: string,
  counted: Mention | undefined,
): string | undefined {
  if (!PEOPLE_COUNT.has(unit) || counted === undefined || !PEOPLE_COUNT.has(counted.unit)) return undefined;
  if (!/^(?:其中|其中的|包括)/u.test(label)) return undefined;
  const gender = GENDER.exec(foldTraditionalChinese(label.replace(LEAD, '').replace(LINK, '').trim()))?.[1];
  const noun = PEOPLE.exec(foldTraditionalChinese(counted.label))?.[0];
  if (gender === undefined || noun === undefined) return undefined;
  return `${gender}${STAFF_NOUN.test(noun) ? '员工' : noun}`;
}
