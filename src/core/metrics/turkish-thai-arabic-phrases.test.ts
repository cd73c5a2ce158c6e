import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';
import { phraseKey } from './phrase-tokens.js';

// Row labels as Turkish, Thai and Arabic sustainability reports print them (metrics.tr/th/ar.data.json).
// Invented wordings.
const LABELS: readonly (readonly [string, string])[] = [
  ['Kapsam 1 emisyonları', 'ghg.scope1'],
  ['KAPSAM 2 EMİSYONLARI', 'ghg.scope2'],
  ['Toplam sera gazı emisyonları', 'ghg.total'],
  ['Toplam enerji tüketimi', 'energy.total'],
  ['Elektrik tüketimi', 'energy.electricity'],
  ['Su çekimi', 'water.withdrawal'],
  ['Su tüketimi', 'water.consumption'],
  ['Tehlikeli atık', 'waste.hazardous'],
  ['TEHLİKESİZ ATIK', 'waste.non_hazardous'],
  ['Çalışan devir oranı', 'turnover.rate'],
  ['Kişi başı ortalama eğitim saati', 'training.hours_average'],
  ['Kayıp zamanlı iş kazası sayısı', 'safety.lost_time_injuries'],
  ['การปล่อยก๊าซเรือนกระจกขอบเขตที่ 1', 'ghg.scope1'],
  ['ขอบเขตที่ 2', 'ghg.scope2'],
  // Both scopes after "ก๊าซเรือนกระจก", a longer run than scope 1's own phrase inside it.
  ['ปริมาณก๊าซเรือนกระจกขอบเขตที่ 1 และ 2 รวม', 'ghg.scope1_2'],
  ['ปริมาณการปล่อยก๊าซเรือนกระจกทั้งหมด', 'ghg.total'],
  ['การใช้พลังงานไฟฟ้า', 'energy.electricity'],
  ['การใช้พลังงานทั้งหมด', 'energy.total'],
  ['ปริมาณการใช้น้ำ', 'water.consumption'],
  ['การใช้น้ำมันดีเซล', 'energy.diesel'],
  ['ของเสียอันตราย', 'waste.hazardous'],
  ['ของเสียไม่อันตราย', 'waste.non_hazardous'],
  ['อัตราการลาออกของพนักงาน', 'turnover.rate'],
  ['ชั่วโมงการฝึกอบรมเฉลี่ยต่อคน', 'training.hours_average'],
  ['انبعاثات النطاق 1', 'ghg.scope1'],
  ['إجمالي انبعاثات غازات الدفيئة', 'ghg.total'],
  ['استهلاك الكهرباء', 'energy.electricity'],
  ['سحب المياه', 'water.withdrawal'],
  ['والمياه المستهلكة', 'water.consumption'],
  ['النفايات الخطرة', 'waste.hazardous'],
  ['النفايات غير الخطرة', 'waste.non_hazardous'],
  ['معدل دوران الموظفين', 'turnover.rate'],
  ['متوسط ساعات التدريب لكل موظف', 'training.hours_average'],
  // Gulf nationalisation quotas (Saudization, Emiratisation …) and heavy fuel oil, as Tadawul reports word them.
  ['معدل التوطين', 'workforce.nationals_share'],
  ['الموظفين المواطنين', 'workforce.nationals'],
  ['الموظفون الإماراتيون', 'workforce.nationals'],
  ['المازوت', 'energy.other_fuels'],
];

describe('Turkish, Thai and Arabic metric phrases', () => {
  it.each(LABELS)('reads "%s" as %s', (label, metric) => {
    expect(findMetricsByPhrase(label)[0]?.metric.id).toBe(metric);
  });

  it('folds Turkish dotted and dotless i, and the Arabic article and letter forms', () => {
    expect(phraseKey('ÇALIŞAN SAYISI')).toBe(phraseKey('çalışan sayısı'));
    expect(phraseKey('والكهرباء المشتراة')).toBe(phraseKey('كهرباء مشتراه'));
    expect(phraseKey('إجمالي')).toBe(phraseKey('اجمالى'));
  });

  it('reads Thai as a run of characters, a figure glued to it apart', () => {
    expect(findMetricsByPhrase('ในปี 2032 การใช้ไฟฟ้าลดลง')[0]?.metric.id).toBe('energy.electricity');
    expect(phraseKey('ไฟฟ้า2032')).not.toContain('2032');
  });
});
