import { JAPANESE_PAIRS } from './japanese-kanji.js';

/**
 * Traditional Chinese characters and their Simplified forms (Unicode Unihan kSimplifiedVariant), for
 * the vocabulary of ESG reports: Hong Kong issuers print their reports in Traditional Chinese
 * ("溫室氣體排放總量", "僱員流失率"), mainland issuers in Simplified ("温室气体排放总量"). Folding one
 * to the other lets one list of wordings read both. Only characters whose Simplified form is one
 * character and never another Traditional character's are listed, so the fold loses nothing a label
 * needs. Each pair is Traditional then Simplified.
 */
const PAIRS =
  '溫温氣气體体範范圍围總总計计電电廢废棄弃員员數数時时長长訓训練练傷伤應应務务類类險险節节約约' +
  '廠厂當当噸吨間间資资產产購购買买關关與与開开發发環环價价額额區区劃划戶户訴诉獻献災灾義义願愿' +
  '僱雇職职業业損损動动萬万億亿熱热車车輛辆網网種种無无處处強强標标準准負负責责贈赠進进離离' +
  '專专貪贪訟讼護护營营銷销稅税擔担們们別别齡龄歲岁層层級级經经階阶對对實实際际現现設设備备' +
  '號号項项個个壓压縮缩鍋锅爐炉風风陽阳續续燒烧質质顆颗揮挥機机學学雜杂紙纸膠胶裝装鋼钢鐵铁' +
  '鋁铝銅铜維维園园會会議议構构況况幣币統统態态響响織织險险療疗衛卫醫医屬属礎础獲获團团' +
  '銀银歸归響响檢检測测導导協协調调査查報报績绩標标識识總总劑剂殘残濾滤淨净廚厨餘余紡纺單单' +
  '綜综費费勞劳證证認认規规違违賄贿賂赂敗败蓋盖潔洁誠诚鏈链運运輸输燈灯減减較较變变臨临綠绿門门匯汇' +
  '佔占參参財财內内疇畴貨货養养錄录國国據据條条紀纪問问題题飛飞滿满訪访課课講讲師师稱称監监獨独執执' +
  '習习罰罚評评審审驗验補补償偿濟济純纯採采貿贸圓圆兩两張张塊块達达鍵键細细說说註注頻频歷历';

let table: ReadonlyMap<string, string> | undefined;

function simplifiedOf(): ReadonlyMap<string, string> {
  if (table) return table;
  // Japanese kanji fold the same way (japanese-kanji.ts): 廃棄物 and 廢棄物 both read 废弃物.
  const chars = (PAIRS + JAPANESE_PAIRS).match(/./gsu) ?? [];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const [t, s] = [chars[i], chars[i + 1]];
    if (t !== undefined && s !== undefined && t !== s) map.set(t, s);
  }
  table = map;
  return table;
}

/**
 * The text with the Traditional Chinese characters of ESG vocabulary, and the Japanese forms of kanji,
 * written in Simplified Chinese.
 */
export function foldTraditionalChinese(text: string): string {
  if (!/[\u4e00-\u9fff]/u.test(text)) return text;
  const map = simplifiedOf();
  return text.replace(/[\u4e00-\u9fff]/gu, (ch) => map.get(ch) ?? ch);
}
