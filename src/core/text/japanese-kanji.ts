/**
 * Japanese kanji in their post-war forms (shinjitai, 常用漢字表 1981/2010) and the Simplified Chinese
 * character each stands for (Unicode Unihan kSimplifiedVariant of the Traditional form the shinjitai
 * replaced): 廃棄物 reads as 废弃物, 従業員 as 从业员, 労働 as 劳働 (働 is Japanese alone and stays). Japanese
 * shares most of its other kanji with Traditional Chinese (電, 職, 離), which the Traditional table folds.
 * Folding lets one list of Han wordings read Chinese and Japanese labels alike where the words are the
 * same (取水量, 排水量, 有害廃棄物, 離職率), and a Japanese phrase file hold only Japanese words. Only
 * shinjitai that are no Chinese character of another meaning are listed (円, 芸, 弁, 予 and 台 are not).
 * Each pair is the Japanese form then the Simplified.
 */
export const JAPANESE_PAIRS =
  '廃废従从気气験验労劳総总発发売卖収收処处児儿効效増增価价単单転转関关対对実实経经済济険险検检営营様样拠据択择鉄铁歳岁齢龄' +
  '雑杂図图帯带団团挙举戦战軽轻浄净剤剂緑绿継继続续広广読读権权歩步辺边変变楽乐薬药圧压囲围塩盐応应穏稳覚觉観观館馆恵惠掲揭' +
  '鉱矿黒黑賛赞歯齿釈释渋涩縦纵産产銭钱選选両两乗乘亜亚個个倉仓値值償偿優优冊册剰剩勧劝協协厳严圏圈執执堅坚報报壊坏奨奖孫孙' +
  '専专導导層层帰归庁厅弾弹徳德徴征悪恶慣惯拡扩換换揺摇摂摄撃击擬拟敵敌査查栄荣標标毎每沢泽渇渴満满準准漢汉為为焼烧熱热獲获' +
  '畳叠県县砕碎稲稻紀纪紅红納纳純纯紙纸級级紛纷細细絵绘給给統统絶绝練练縁缘繊纤聴听脳脑臓脏舗铺荘庄蔵藏衛卫覧览訳译証证詳详' +
  '譲让豊丰賃赁賄贿贈赠跡迹逓递遅迟郷乡鋳铸錬炼鎮镇閲阅陥陷隠隐離离頼赖頭头題题顔颜顕显類类飲饮飼饲駅驿';
