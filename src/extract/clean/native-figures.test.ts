import { describe, expect, it } from 'vitest';
import { nativeFiguresOf, withNativeFigures } from './native-figures.js';

const line = (text: string, how: { rightToLeft: boolean; buddhistEra: boolean }) =>
  withNativeFigures(text, text.split('\t'), how);

describe('figures in native digits', () => {
  it('reads Arabic-Indic and Eastern digits with the Arabic separators in a report written in Arabic', () => {
    const how = nativeFiguresOf(['استهلاك الطاقة   ٧٣٬٩١٥٫٢', 'عدد الموظفين   ۱٬۴۰۸', 'السنة ٢٠٣٢']);
    expect(how).toEqual({ rightToLeft: true, buddhistEra: false });
    expect(line('استهلاك الطاقة\t٧٣٬٩١٥٫٢\t٦٪', how).cells).toEqual(['استهلاك الطاقة', '73,915.2', '6%']);
    expect(line('عدد الموظفين\t۱٬۴۰۸', how).text).toBe('عدد الموظفين\t1,408');
  });

  it('reads a Gregorian year marked م as the year, keeping every column in place', () => {
    const how = nativeFiguresOf(['المؤشر   ٢٠٣٠م   ٢٠٣١م', 'عدد الموظفين   ۱٬۴۰۸']);
    expect(line('المؤشر\t٢٠٣٠م\t٢٠٣١م', how)).toEqual({
      text: 'المؤشر\t2030 \t2031 ',
      cells: ['المؤشر', '2030', '2031'],
    });
    expect(line('الموافق 1453/07/10هـ - 2031/12/31م', how).text).toBe('الموافق 1453/07/10هـ - 2031/12/31 ');
    // م starting a word after a figure is no mark: "2031 مليون" (2,031 million) stays as printed.
    expect(line('2031 مليون ريال', how).text).toBe('2031 مليون ريال');
  });

  it('leaves the Arabic-Indic heading numbers of a report in English alone', () => {
    const how = nativeFiguresOf([
      'Table 4.1 Energy use   الجدول ٤-١',
      'Electricity   2,410   MWh',
      'Water   88   ML',
    ]);
    expect(how.rightToLeft).toBe(false);
    expect(line('Table 4.1 Energy use   الجدول ٤-١', how).text).toBe('Table 4.1 Energy use   الجدول ٤-١');
  });

  it('takes a report in Hebrew whose rows print Latin unit symbols as written right to left', () => {
    const how = nativeFiguresOf([
      'פליטות היקף 1   tCO2e   4,120',
      'צריכת חשמל   MWh   8,315',
      'צריכת מים   m3   62,400',
      'דוח קיימות 2032',
    ]);
    expect(how.rightToLeft).toBe(true);
    // English words beside the Hebrew still make a bilingual report English.
    expect(nativeFiguresOf(['Electricity use   צריכת חשמל   8,315', 'Water use   62,400']).rightToLeft).toBe(
      false,
    );
  });

  it('reads Thai digits in any report, keeping every character in its place', () => {
    const how = nativeFiguresOf(['พนักงาน   ๑,๓๐๗   ๑,๒๘๘']);
    const out = line('พนักงาน   ๑,๓๐๗   ๑,๒๘๘', how);
    expect(out.text).toBe('พนักงาน   1,307   1,288');
    expect(out.text.length).toBe('พนักงาน   ๑,๓๐๗   ๑,๒๘๘'.length);
  });
});

describe('Buddhist-era years', () => {
  const doc = ['รายงานประจำปี พ.ศ. 2575', 'หน่วย   2575   2574   2573', 'ไฟฟ้า   2560   2590'];

  it('tells a Thai report that counts years in the Buddhist era', () => {
    expect(nativeFiguresOf(doc)).toEqual({ rightToLeft: false, buddhistEra: true });
    expect(nativeFiguresOf(['หน่วย   2032   2031', 'ไฟฟ้า   2,560']).buddhistEra).toBe(false);
    // A report in English printing no Thai has no Buddhist-era years.
    expect(nativeFiguresOf(['Units   2575   2574']).buddhistEra).toBe(false);
  });

  it('reads a header of years and a year its words name in the Common Era, and no other figure', () => {
    const how = nativeFiguresOf(doc);
    expect(line('หน่วย\t2575\t2574\t2573', how).cells).toEqual(['หน่วย', '2032', '2031', '2030']);
    expect(line('ในปี 2575 และ พ.ศ. 2574', how).text).toBe('ในปี 2032 และ พ.ศ. 2031');
    expect(line('ปีงบประมาณ ๒๕๗๕', how).text).toBe('ปีงบประมาณ 2032');
    // Two figures in the range that are not a year apart are a row's values.
    expect(line('ไฟฟ้า   2560   2590', how).text).toBe('ไฟฟ้า   2560   2590');
    expect(line('พนักงาน   2,575', how).text).toBe('พนักงาน   2,575');
  });
});

describe('Solar Hijri years', () => {
  // A Persian report: its years are Solar Hijri, printed in Persian digits beside ASCII figures.
  const doc = ['گزارش سالانه شرکت پارس‌گستر', 'شاخص   ۱۴۰۶   ۱۴۰۵', 'مصرف آب چاه‌ها   8,120   7,940'];

  it('tells a Persian report from an Arabic one, whose Hijri years are lunar', () => {
    expect(nativeFiguresOf(doc).solarHijri).toBe(true);
    expect(nativeFiguresOf(['استهلاك المياه   ٨٬١٢٠', 'السنة ١٤٤٩   ١٤٤٨']).solarHijri).toBeUndefined();
  });

  it('reads a header of years, a named year and a date as the Gregorian year they end in', () => {
    const how = nativeFiguresOf(doc);
    expect(line('شاخص\t۱۴۰۶\t۱۴۰۵\t۱۴۰۴', how).cells).toEqual(['شاخص', '2028', '2027', '2026']);
    expect(line('عملکرد سال ۱۴۰۶ و ۲۴ پروژه', how).text).toBe('عملکرد سال 2028 و 24 پروژه');
    expect(line('منتهی به ۲۹ اسفند ۱۴۰۶', how).text).toBe('منتهی به 29 اسفند 2028');
    // 29 Esfand is in March of the year it ends in; 5 Mehr is in September of the year it began in.
    expect(line('تاریخ ۱۴۰۶/۱۲/۲۹ و ۱۴۰۶/۰۷/۰۵', how).text).toBe('تاریخ 2028/12/29 و 2027/07/05');
    expect(line('شاخص   پایه ۱۴۰۲   ۱۴۰۶   هدف ۱۴۱۰', how).text).toBe('شاخص   پایه 2024   2028   هدف 2032');
    // Figures in the range that are no header stay figures.
    expect(line('مصرف آب   1402   1460', how).text).toBe('مصرف آب   1402   1460');
    expect(line('کارکنان   1,405', how).text).toBe('کارکنان   1,405');
  });
});

describe('Solar Hijri years in prose', () => {
  const doc = ['گزارش سالانه شرکت پارس‌گستر', 'شاخص   ۱۴۰۶   ۱۴۰۵', 'مصرف آب چاه‌ها   8,120   7,940'];
  const how = nativeFiguresOf(doc);

  it('reads the year a change is compared with, a title year in brackets and a year before its figure', () => {
    expect(line('کاهش 5.1 درصدی مصرف آب نسبت به ۱۴۰۵', how).text).toBe('کاهش 5.1 درصدی مصرف آب نسبت به 2027');
    expect(line('رشد 3 درصد در مقایسه با ۱۴۰۴', how).text).toBe('رشد 3 درصد در مقایسه با 2026');
    expect(line('جدول ۳ — پسماند کارخانه‌ها (۱۴۰۶)', how).text).toBe('جدول 3 — پسماند کارخانه‌ها (2028)');
    expect(line('هزینه آموزش 812 میلیون ریال (۱۴۰۵: 640 میلیون ریال)', how).text).toBe(
      'هزینه آموزش 812 میلیون ریال (2027: 640 میلیون ریال)',
    );
    expect(line('در سال‌های ۱۴۰۴ و ۲ کارخانه', how).text).toBe('در سال‌های 2026 و 2 کارخانه');
  });

  it('keeps figures in the range that no year word, comparison or title names', () => {
    expect(line('هزینه   (۱۴۰۶)   (۱۴۱۲)', how).text).toBe('هزینه   (1406)   (1412)');
    expect(line('رشد نسبت به ۱۴۰۰ درصد', how).text).toBe('رشد نسبت به 1400 درصد');
    expect(line('کارکنان کارخانه ۱۴۰۵ نفر', how).text).toBe('کارکنان کارخانه 1405 نفر');
  });
});

describe('Republic of China years', () => {
  const doc = [
    '翠峰紡織股份有限公司 民國121年度永續報告書',
    '項目   單位      119年度      120年度      121年度',
    '用水量   百萬公升   48.2   47.9   46.3',
  ];

  it('tells a Chinese report that counts years in the ROC era, by its era name or a header of years', () => {
    expect(nativeFiguresOf(doc).republicOfChina).toBe(true);
    expect(nativeFiguresOf(['項目      119年度      120年度', '用水量   48.2   47.9']).republicOfChina).toBe(
      true,
    );
    // A report counting Common Era years, or a figure before 年 with no era, is no ROC report.
    expect(
      nativeFiguresOf(['項目   2031年   2032年', '服務滿120年之客戶 3家']).republicOfChina,
    ).toBeUndefined();
  });

  it('reads ROC years before 年 in the Common Era, keeping table columns in place, and no other figure', () => {
    const how = nativeFiguresOf(doc);
    const header = '項目   單位      119年度      120年度      121年度';
    const out = line(header, how).text;
    expect(out).toBe('項目   單位      2030年度     2031年度     2032年度');
    expect(out.indexOf('2031')).toBe(header.indexOf('120'));
    expect(line('報導期間為民國121年1月1日至12月31日，較120年減少3.1%，共120人、1,120年', how).text).toBe(
      '報導期間為2032年1月1日至12月31日，較2031年減少3.1%，共120人、1,120年',
    );
    expect(line('用水量\t121年度\t46.3', how).cells).toEqual(['用水量', '2032年度', '46.3']);
  });
});

describe('a Nepali report in Devanagari digits and Bikram Sambat fiscal years', () => {
  it('reads its figures and its fiscal-year header in ASCII and the Common Era', () => {
    const doc = ['जलविद्युत कम्पनी', 'सूचक   आ.व. २०७९/८०   आ.व. २०८०/८१', 'बिजुली   ३,४१२   ३,२८६'];
    const how = nativeFiguresOf(doc);
    expect(how.bikramSambat).toBe(true);
    expect(line('सूचक\tआ.व. २०७९/८०\tआ.व. २०८०/८१', how).cells).toEqual([
      'सूचक',
      'आ.व. 2022/23',
      'आ.व. 2023/24',
    ]);
    expect(line('बिजुली\t३,४१२\t३,२८६', how).text).toBe('बिजुली\t3,412\t3,286');
    // A Hindi report's Gregorian fiscal years are no BS years.
    expect(nativeFiguresOf(['सूचक   वित्त वर्ष २०२३-२४   २०२४-२५']).bikramSambat).toBeUndefined();
  });
});
