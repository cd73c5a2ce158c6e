import { describe, expect, it } from 'vitest';
import { findMetricsByPhrase } from './find-metrics.js';

// Row labels as Mongolian (metrics.mn.data.json) and Icelandic (metrics.is.data.json) sustainability
// reports print them. Invented wordings.
const MONGOLIAN: readonly (readonly [string, string])[] = [
  ['Хамрах хүрээ 1: шууд ялгарал', 'ghg.scope1'],
  ['Хамрах хүрээ 2, тн CO2-э', 'ghg.scope2'],
  ['Хүлэмжийн хийн нийт ялгарал', 'ghg.total'],
  ['Эрчим хүчний нийт хэрэглээ', 'energy.total'],
  ['Цахилгаан эрчим хүчний хэрэглээ', 'energy.electricity'],
  ['Чулуун нүүрс', 'energy.coal'],
  ['Усны хэрэглээ, бүгд', 'water.consumption'],
  ['Аюултай хог хаягдал', 'waste.hazardous'],
  ['Аюулгүй хог хаягдал', 'waste.non_hazardous'],
  ['Ажиллагсдын нийт тоо', 'workforce.total'],
  ['Нийт ажилласан цаг', 'safety.hours_worked'],
  ['Хөдөлмөрийн чадвар алдсан осол', 'safety.lost_time_injuries'],
  ['Нэг ажилтанд ногдох дундаж сургалтын цаг', 'training.hours_average'],
  ['Борлуулалтын орлого', 'economic.revenue'],
];

const ICELANDIC: readonly (readonly [string, string])[] = [
  ['Umfang 1 (bein losun)', 'ghg.scope1'],
  ['Umfang 2', 'ghg.scope2'],
  ['Heildarlosun gróðurhúsalofttegunda', 'ghg.total'],
  ['Heildarorkunotkun', 'energy.total'],
  ['Raforkunotkun', 'energy.electricity'],
  ['Vatnsnotkun', 'water.consumption'],
  ['Spilliefni', 'waste.hazardous'],
  ['Almennur úrgangur', 'waste.non_hazardous'],
  ['Fjöldi starfsmanna', 'workforce.total'],
  ['Fjarveruslys', 'safety.lost_time_injuries'],
  ['Unnar vinnustundir', 'safety.hours_worked'],
  ['Rekstrartekjur', 'economic.revenue'],
];

describe('Mongolian and Icelandic wordings of the catalogue', () => {
  it('finds each Mongolian metric in a label', () => {
    for (const [label, id] of MONGOLIAN) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('finds each Icelandic metric in a label', () => {
    for (const [label, id] of ICELANDIC) expect(findMetricsByPhrase(label)[0]?.metric.id, label).toBe(id);
  });

  it('reads "ба" and "og" between scopes as Scope 1 and 2, and the Icelandic dative', () => {
    expect(findMetricsByPhrase('Хамрах хүрээ 1 ба 2, нийт')[0]?.metric.id).toBe('ghg.scope1_2');
    expect(findMetricsByPhrase('Samtals umfang 1 og 2')[0]?.metric.id).toBe('ghg.scope1_2');
    expect(findMetricsByPhrase('Losun í umfangi 1')[0]?.metric.id).toBe('ghg.scope1');
  });
});
