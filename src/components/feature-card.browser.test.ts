import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Lang } from '../i18n/translate';
import { failOnUncaughtErrors, mount, recordEvents, text, unmountAll } from '../testing/dom';
import { buildFeatureDetail } from '../app/feature-detail';
import { CJK, realDetail, realFacts, realFeature } from '../testing/real-data';
import { deepActiveElement } from '../util/deep-active-element';
import type { FeatureCard } from './feature-card';
import './feature-card';

failOnUncaughtErrors();
afterEach(unmountAll);

/** The card as a reader sees it: headings, definition pairs, lists and the citation. */
function read(card: FeatureCard) {
  const root = card.shadowRoot!;
  const body = root.querySelector('section');
  const sections = new Map<string, Element[]>();
  let current: Element[] | null = null;
  for (const child of body?.children ?? []) {
    // The targets' heading sits in a row with the year switch.
    const heading = child.tagName === 'H3' ? child : child.matches('.targets-head') ? child.querySelector('h3') : null;
    if (heading) sections.set(text(heading), (current = []));
    else current?.push(child);
  }
  const pairs = new Map<string, { value: string; notStated: boolean }>();
  for (const dt of root.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling!;
    expect(dd.tagName, `the value after "${text(dt)}"`).toBe('DD');
    pairs.set(text(dt), { value: text(dd), notStated: dd.classList.contains('not-stated') });
  }
  const other = root.querySelector('.other');
  const badge = root.querySelector('accuracy-badge')?.shadowRoot?.querySelector('span');
  return {
    body,
    all: text(body),
    /** The words of the kind line (the style shows it in capitals). */
    kind: (root.querySelector('.kind')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    title: text(root.querySelector('h2')),
    other: text(other),
    otherLang: other?.getAttribute('lang'),
    badge: text(badge),
    /** The error figure beside the badge, if any. */
    error: text(root.querySelector('.badge-row > span')),
    station: text(root.querySelector('.head ~ p.meta:not(:has(span))')),
    headings: [...sections.keys()],
    /** The text of what follows a heading, up to the next heading. */
    section: (heading: string) => (sections.get(heading) ?? []).map(text).join(' '),
    /** The items of the list under a heading. */
    list: (heading: string) => (sections.get(heading) ?? []).flatMap((el) => [...el.querySelectorAll('li')].map(text)),
    /** The language each item of a list is marked in (null: the card's own). */
    listLangs: (heading: string) =>
      (sections.get(heading) ?? []).flatMap((el) => [...el.querySelectorAll('li')].map((li) => li.getAttribute('lang'))),
    pairs,
    value: (label: string) => pairs.get(label)?.value,
    citation: text(root.querySelector('cite')),
    metaLines: [...root.querySelectorAll('p.meta')].map(text),
  };
}

async function openCard(id: string, lang: Lang) {
  const card = await mount('feature-card', { detail: await realDetail(id), lang });
  const view = read(card);
  // Precondition of every card test: the card is open and shows the feature asked for.
  expect(view.body?.getAttribute('data-feature')).toBe(id);
  await expect.element(page.getByRole('dialog')).toBeVisible();
  return { card, view };
}

/** Parts of the card that are interface text: in English they must hold no Chinese. */
function expectEnglishChrome(view: ReturnType<typeof read>) {
  const chrome = [view.kind, view.badge, view.error, ...view.headings, ...view.metaLines.map((line) => line.split(':')[0])];
  for (const part of chrome) expect(part, 'interface text in English mode').not.toMatch(CJK);
  for (const [label, { value }] of view.pairs) {
    // The plan's own figure may follow in brackets: "25 bn yuan (250 亿元)".
    expect(value.replace(/\([^)]*\)/g, ''), `value of "${label}"`).not.toMatch(CJK);
  }
  expect(view.all).not.toContain('未说明');
}

const ACTION_PLAN_ZH = '《长三角数字干线青浦区行动方案 (2022~2023年)》 · 青府办发〔2022〕9号 · 青浦区人民政府办公室 · 2022-02-15';
const ACTION_PLAN_EN =
  "《Qingpu District Action Plan for the Yangtze River Delta Digital Trunk Line (2022–2023)》 · 青府办发〔2022〕9号 · General Office of the Qingpu District People's Government · 2022-02-15";

const seedPark = async (id: string) => (await realFacts()).baseParks.find((p) => p.id === id)!;

describe('<feature-card> for a base park with stated figures (数字信息产业园)', () => {
  const id = 'park-digital-information';

  it('zh: names, badge, figures in 亿元 and 平方公里, lists and citation', async () => {
    const park = await seedPark(id);
    const { view } = await openCard(id, 'zh');
    expect(view.kind).toBe('基座园区');
    expect(view.title).toBe('数字信息产业园');
    expect(view.other).toBe('Digital Information Industrial Park');
    expect(view.otherLang).toBe('en');
    await expect.element(page.getByRole('dialog', { name: '数字信息产业园' })).toBeVisible();

    expect(view.badge).toBe('示意');
    expect(view.error).toBe('误差约 3,000 米以内');

    expect(view.section('方案内容')).toBe(park.summary_zh);
    expect(view.value('园区产业规模')).toBe('250 亿元');
    expect(view.value('数字经济核心产业规模')).toBe('200 亿元');
    expect(view.value('园区制造业企业数字化赋能率')).toBe('80%');
    expect(view.value('规划面积（方案）')).toBe('4.62 平方公里');
    const drawn = view.value('示意范围面积（Turf 测地计算）')!;
    expect(drawn).toMatch(/^[\d.]+ 平方公里$/);
    expect(parseFloat(drawn)).toBeCloseTo(4.62, 1);
    expect(view.all).not.toContain('未说明');
    expect(view.headings).not.toContain('先行示范区');

    expect(view.list('重点方向')).toEqual(park.focus_zh);
    expect(view.list('提及企业')).toEqual(park.firms.map((f) => f.zh));
    expect(view.listLangs('提及企业')).toEqual(park.firms.map(() => null));
    expect(view.citation).toBe(`001 §三(三)2 · ${ACTION_PLAN_ZH}`);
    // Provenance in Chinese too, as geo/ gives it, with no English left.
    const { properties } = await realFeature(id);
    expect(properties.geometry_source_zh).toMatch(/^按规划面积绘制的圆形，并非实际边界。位置：/);
    expect(view.metaLines).toContain(`位置来源: ${properties.geometry_source_zh}`);
    expect(view.metaLines).toContain('许可: CC0-1.0（本项目估计）');
    for (const line of view.metaLines) expect(line).not.toMatch(/Position|Circle|estimate|not published/);
  });

  it('en: English title, summary, focus and firms, converted figures with the plan’s own, Chinese as second name', async () => {
    const park = await seedPark(id);
    const { view } = await openCard(id, 'en');
    expect(view.kind).toBe('Base park');
    expect(view.title).toBe('Digital Information Industrial Park');
    expect(view.other).toBe('数字信息产业园');
    expect(view.otherLang).toBe('zh-CN');
    await expect.element(page.getByRole('dialog', { name: 'Digital Information Industrial Park' })).toBeVisible();

    expect(view.badge).toBe('Indicative');
    expect(view.error).toBe('error up to about 3,000 m');

    expect(view.section('What the plan says')).toBe(park.summary_en);
    expect(view.value('Industry scale')).toBe('25 bn yuan (250 亿元)');
    expect(view.value('Digital-economy core industry scale')).toBe('20 bn yuan (200 亿元)');
    expect(view.value('Digitalisation rate of manufacturers')).toBe('80%');
    expect(view.value('Planned area (plan)')).toBe('4.62 km²');
    expect(parseFloat(view.value('Drawn footprint (Turf, geodesic)')!)).toBeCloseTo(4.62, 1);

    expect(view.list('Focus')).toEqual(park.focus_en);
    expect(view.list('Named firms')).toEqual(park.firms.map((f) => f.en ?? f.zh));
    for (const [i, firm] of park.firms.entries()) {
      if (firm.en) expect(view.list('Named firms')[i]).not.toMatch(CJK);
    }
    // A firm the data names only in Chinese is marked as Chinese, so a screen reader reads it right.
    expect(park.firms.some((f) => !f.en)).toBe(true);
    expect(view.listLangs('Named firms')).toEqual(park.firms.map((f) => (f.en ? null : 'zh-CN')));
    expect(view.listLangs('Focus')).toEqual(park.focus_en.map(() => null));
    for (const part of [view.title, view.section('What the plan says'), ...view.list('Focus')]) expect(part).not.toMatch(CJK);
    expect(view.citation).toBe(`001 §三(三)2 · ${ACTION_PLAN_EN}`);
    expect(view.all).not.toContain('not stated');
    expectEnglishChrome(view);
  });
});

describe('<feature-card> for a park with no stated area (北斗及高分遥感数字产业园)', () => {
  const id = 'park-beidou-remote-sensing';

  it('zh: 未说明 for the area and the digitalisation rate, stated figures kept', async () => {
    const { view } = await openCard(id, 'zh');
    expect(view.title).toBe('北斗及高分遥感数字产业园');
    expect(view.pairs.get('规划面积（方案）')).toEqual({ value: '未说明', notStated: true });
    expect(view.pairs.get('园区制造业企业数字化赋能率')).toEqual({ value: '未说明', notStated: true });
    expect(view.pairs.get('园区产业规模')).toEqual({ value: '80 亿元', notStated: false });
    expect(view.value('数字经济核心产业规模')).toBe('40 亿元');
    // A point on the map: no drawn area is offered as if it were a figure.
    expect([...view.pairs.keys()].filter((label) => label.includes('面积'))).toEqual(['规划面积（方案）']);
  });

  it('en: "not stated" for the area and the rate', async () => {
    const { view } = await openCard(id, 'en');
    expect(view.title).toBe('BeiDou and High-Resolution Remote Sensing Digital Industrial Park');
    expect(view.pairs.get('Planned area (plan)')).toEqual({ value: 'not stated', notStated: true });
    expect(view.pairs.get('Digitalisation rate of manufacturers')).toEqual({ value: 'not stated', notStated: true });
    expect(view.value('Industry scale')).toBe('8 bn yuan (80 亿元)');
    expect(view.value('Digital-economy core industry scale')).toBe('4 bn yuan (40 亿元)');
    expectEnglishChrome(view);
  });

  it('shows "not stated" for every figure of a park the plan gives none', async () => {
    const { view } = await openCard('park-new-city-digital-commerce', 'en');
    expect([...view.pairs.values()]).toEqual(Array(4).fill({ value: 'not stated', notStated: true }));
  });

  it('shows a park-specific target in English units with the plan’s own', async () => {
    const { view } = await openCard('park-cross-border-ecommerce', 'en');
    expect(view.value('Cross-border e-commerce orders')).toBe('6.5 million orders (650 万单)');
    const zh = read(await mount('feature-card', { detail: await realDetail('park-cross-border-ecommerce'), lang: 'zh' }));
    expect(zh.value('跨境电商交易单量')).toBe('650 万单');
  });
});

describe('<feature-card> for parks with a pilot zone', () => {
  it('zh and en: a 500 亩 zone shows 亩 / mu and never 平方公里 / km² (朱家角绿色数智创新园)', async () => {
    const id = 'park-zhujiajiao-green-digital';
    const { view: zh } = await openCard(id, 'zh');
    expect(zh.headings).toContain('先行示范区');
    expect(zh.section('先行示范区')).toBe('数字经济转型先行示范区 500 亩');
    expect(zh.section('先行示范区')).not.toContain('平方公里');
    expect(zh.value('先行示范区制造业企业数字化赋能率')).toBe('40%');
    expect(zh.pairs.has('园区制造业企业数字化赋能率')).toBe(false);
    unmountAll();

    const { view: en } = await openCard(id, 'en');
    expect(en.section('Pilot zone')).toBe('Digital-economy transformation pilot zone (unnamed 500-mu part of the park) 500 mu');
    expect(en.value('Digital-economy transformation pilot zone (unnamed 500-mu part of the park)')).toBe('500 mu');
    expect(en.value('Digitalisation rate of manufacturers (pilot zone)')).toBe('40%');
    expectEnglishChrome(en);
  });

  it('zh and en: a zone stated in 平方公里 shows km² and never 亩 / mu (智慧生物医药产业园)', async () => {
    const id = 'park-smart-biomedicine';
    const { view: zh } = await openCard(id, 'zh');
    expect(zh.value('张江青浦园')).toBe('1.2 平方公里');
    unmountAll();
    const { view: en } = await openCard(id, 'en');
    expect(en.value('Zhangjiang Qingpu Park')).toBe('1.2 km²');
    expect(en.value('Digitalisation rate of manufacturers (pilot zone)')).toBe('30%');
  });

  it('shows every pilot zone of seeds/base-parks.json with the unit it is stated in', async () => {
    const zoned = (await realFacts()).baseParks.filter((park) => park.pilot_zone);
    expect(zoned.length).toBeGreaterThan(0);
    for (const park of zoned) {
      const zone = park.pilot_zone!;
      for (const lang of ['zh', 'en'] as const) {
        const { view } = await openCard(park.id, lang);
        const shown = view.value(lang === 'zh' ? zone.name_zh : (zone.name_en ?? zone.name_zh));
        const km2 = lang === 'zh' ? '平方公里' : 'km²';
        const mu = lang === 'zh' ? '亩' : 'mu';
        const expected = [
          zone.area_km2 === null ? null : `${zone.area_km2} ${km2}`,
          zone.area_mu === null ? null : `${zone.area_mu} ${mu}`,
        ].filter(Boolean);
        expect(shown, `${park.id} ${lang}`).toBe(expected.join(' / ') || (lang === 'zh' ? '未说明' : 'not stated'));
        unmountAll();
      }
    }
  });
});

describe('<feature-card> for a pillar (西岑科创中心)', () => {
  const id = 'pillar-xicen-innovation-centre';

  it('zh: summary, focus, platforms, firms; the drawn shape is not a plan area', async () => {
    const pillar = (await realFacts()).pillars.find((p) => p.id === id)!;
    const { view } = await openCard(id, 'zh');
    expect(view.kind).toBe('支柱');
    expect(view.title).toBe('西岑科创中心');
    expect(view.other).toBe('Xicen Science and Innovation Centre');
    expect(view.badge).toBe('示意');
    expect(view.section('方案内容')).toBe(pillar.summary_zh);
    expect(view.list('重点方向')).toEqual(['集成电路', '智能传感', '核心工业软件', '信息服务']);
    expect(view.list('平台载体')).toEqual(['西岑科创园区']);
    expect(view.list('提及企业')).toEqual(['华为青浦研发中心']);
    expect(view.pairs.get('规划面积（方案）')).toEqual({ value: '未说明', notStated: true });
    expect(view.value('示意形状面积（Turf 测地计算）')).toMatch(/^[\d.,]+ 平方公里$/);
    expect(view.section('面积')).toContain('所绘形状仅为示意，其面积不是方案数字。');
    expect(view.citation).toBe(`001 §三(二)3 · ${ACTION_PLAN_ZH}`);
  });

  it('en: English summary, focus and firms; platforms the plan names only in Chinese stay Chinese', async () => {
    const pillar = (await realFacts()).pillars.find((p) => p.id === id)!;
    const { view } = await openCard(id, 'en');
    expect(view.kind).toBe('Pillar');
    expect(view.title).toBe('Xicen Science and Innovation Centre');
    expect(view.other).toBe('西岑科创中心');
    expect(view.section('What the plan says')).toBe(pillar.summary_en);
    expect(view.list('Focus')).toEqual(['Integrated circuits', 'Smart sensing', 'Core industrial software', 'Information services']);
    expect(view.list('Platforms')).toEqual(['西岑科创园区']);
    expect(view.listLangs('Platforms')).toEqual(['zh-CN']);
    expect(view.list('Named firms')).toEqual(['Huawei Qingpu R&D Centre']);
    expect(view.pairs.get('Planned area (plan)')).toEqual({ value: 'not stated', notStated: true });
    expect(view.value('Drawn shape (Turf, geodesic)')).toMatch(/^[\d.,]+ km²$/);
    expect(view.section('Area')).toContain('The drawn shape is indicative; its area is not a plan figure.');
    expect(view.citation).toBe(`001 §三(二)3 · ${ACTION_PLAN_EN}`);
    expectEnglishChrome(view);
  });
});

describe('<feature-card> for a belt (数字文旅创新体验带)', () => {
  const id = 'belt-digital-culture-tourism';

  it('zh: schematic badge with no error figure, focus and named places', async () => {
    const belt = (await realFacts()).belts.find((b) => b.id === id)!;
    const { view } = await openCard(id, 'zh');
    expect(view.kind).toBe('拓展带');
    expect(view.title).toBe('数字文旅创新体验带');
    expect(view.badge).toBe('示意走向');
    expect(view.error).toBe('');
    expect(view.section('方案内容')).toBe(belt.summary_zh);
    expect(view.list('重点方向')).toEqual(belt.focus_zh);
    expect(view.list('提及地点')).toEqual(['长三角数字广告产业园']);
    expect(view.citation).toBe(`001 §三(四)2 · ${ACTION_PLAN_ZH}`);
  });

  it('en: English names, summary and focus', async () => {
    const belt = (await realFacts()).belts.find((b) => b.id === id)!;
    const { view } = await openCard(id, 'en');
    expect(view.kind).toBe('Expansion belt');
    expect(view.title).toBe('Digital Culture and Tourism Innovation Experience Belt');
    expect(view.other).toBe('数字文旅创新体验带');
    expect(view.badge).toBe('Schematic');
    expect(view.error).toBe('');
    expect(view.section('What the plan says')).toBe(belt.summary_en);
    expect(view.list('Focus')).toEqual(belt.focus_en);
    expect(view.list('Focus').join(' ')).not.toMatch(CJK);
    expect(view.list('Named places')).toEqual(['长三角数字广告产业园']);
    expect(view.citation).toBe(`001 §三(四)2 · ${ACTION_PLAN_EN}`);
    expectEnglishChrome(view);
  });
});

describe('<feature-card> for a sub-area (青西片区)', () => {
  const id = 'area-qingxi';

  it('zh: role and what it relies on, no plan area', async () => {
    const { view } = await openCard(id, 'zh');
    expect(view.kind).toBe('片区');
    expect(view.title).toBe('青西片区');
    expect(view.other).toBe('West Qingpu (Qingxi) Area');
    expect(view.badge).toBe('示意走向');
    expect(view.list('定位')).toEqual(['数字科技研发创新片']);
    expect(view.list('依托')).toEqual(['西岑科创中心']);
    expect(view.pairs.get('规划面积（方案）')).toEqual({ value: '未说明', notStated: true });
    expect(view.citation).toBe(`001 §三 · ${ACTION_PLAN_ZH}`);
  });

  it('en: the role in English', async () => {
    const { view } = await openCard(id, 'en');
    expect(view.kind).toBe('Sub-area');
    expect(view.title).toBe('West Qingpu (Qingxi) Area');
    expect(view.other).toBe('青西片区');
    expect(view.list('Role')).toEqual(['Digital technology R&D and innovation area']);
    expect(view.list('Relies on')).toEqual(['西岑科创中心']);
    expect(view.pairs.get('Planned area (plan)')).toEqual({ value: 'not stated', notStated: true });
    expect(view.citation).toBe(`001 §三 · ${ACTION_PLAN_EN}`);
  });
});

describe('<feature-card> for a trunk line', () => {
  it('zh: Line 17 is surveyed, with its error, summary and other names', async () => {
    const line = (await realFacts()).trunk.find((t) => t.id === 'trunk-line17')!;
    const { view } = await openCard('trunk-line17', 'zh');
    expect(view.kind).toBe('干线组成');
    expect(view.title).toBe('轨道交通 17 号线');
    expect(view.other).toBe('Shanghai Metro Line 17');
    expect(view.badge).toBe('实测');
    expect(view.error).toBe('误差约 20 米以内');
    expect(view.section('方案内容')).toBe(line.summary_zh);
    expect(view.list('又称')).toEqual(['17号线']);
    expect(view.citation).toBe(`001 §三(一) · ${ACTION_PLAN_ZH}`);
  });

  it('en: Line 17 in English', async () => {
    const line = (await realFacts()).trunk.find((t) => t.id === 'trunk-line17')!;
    const { view } = await openCard('trunk-line17', 'en');
    expect(view.kind).toBe('Trunk component');
    expect(view.title).toBe('Shanghai Metro Line 17');
    expect(view.other).toBe('轨道交通 17 号线');
    expect(view.badge).toBe('Surveyed');
    expect(view.error).toBe('error up to about 20 m');
    expect(view.section('What the plan says')).toBe(line.summary_en);
    expect(view.citation).toBe(`001 §三(一) · ${ACTION_PLAN_EN}`);
    expectEnglishChrome(view);
  });

  it('never calls the schematic G50 or Demonstration Zone Line surveyed', async () => {
    for (const id of ['trunk-g50', 'trunk-dz-line']) {
      for (const [lang, expected] of [
        ['zh', '示意走向'],
        ['en', 'Schematic'],
      ] as const) {
        const { view } = await openCard(id, lang);
        expect(view.badge, `${id} ${lang}`).toBe(expected);
        unmountAll();
      }
    }
  });
});

describe('<feature-card> for a Line 17 station (青浦新城)', () => {
  const id = 'line17-09-qingpu-xincheng';

  it('zh: 轨道交通 17 号线第 9 站', async () => {
    const { view } = await openCard(id, 'zh');
    expect(view.kind).toBe('轨道交通 17 号线车站');
    expect(view.title).toBe('青浦新城');
    expect(view.other).toBe('Qingpu Xincheng');
    expect(view.badge).toBe('实测');
    expect(view.station).toBe('轨道交通 17 号线第 9 站');
  });

  it('en: Station 9 of Metro Line 17', async () => {
    const { view } = await openCard(id, 'en');
    expect(view.kind).toBe('Metro Line 17 station');
    expect(view.title).toBe('Qingpu Xincheng');
    expect(view.other).toBe('青浦新城');
    expect(view.badge).toBe('Surveyed');
    expect(view.station).toBe('Station 9 of Metro Line 17');
    expectEnglishChrome(view);
  });
});

describe('<feature-card> for a Demonstration Zone Line station (朱家角站（推定）)', () => {
  const id = 'dz-03-zhujiajiao-station';

  it('zh: indicative kind, its place on the line, approximate badge and the note', async () => {
    const { view } = await openCard(id, 'zh');
    expect(view.kind).toBe('示范区线车站（示意）');
    expect(view.title).toBe('朱家角站（推定）');
    expect(view.badge).toBe('近似');
    expect(view.station).toBe('上海示范区线第 3 站');
    expect(view.section('说明')).toBe('站点名单和数量为示意，并非出自官方规划。');
  });

  it('en: the same in English', async () => {
    const { view } = await openCard(id, 'en');
    expect(view.kind).toBe('Demonstration Zone Line station (indicative)');
    expect(view.title).toBe('Zhujiajiao station (inferred)');
    expect(view.badge).toBe('Approximate');
    expect(view.station).toBe('Station 3 of Demonstration Zone Line');
    expect(view.section('Note')).toBe('Station list and count are indicative; not from an official plan.');
    expectEnglishChrome(view);
  });
});

describe('<feature-card> for places', () => {
  it('zh and en: a POI with a stated area (青浦新城, 91.1 平方公里)', async () => {
    const { view: zh } = await openCard('poi-qingpu-new-city', 'zh');
    expect(zh.kind).toBe('地点');
    expect(zh.title).toBe('青浦新城');
    expect(zh.value('所述面积')).toBe('91.1 平方公里');
    expect(zh.citation).toBe(`001 §四(三)3 · ${ACTION_PLAN_ZH}`);
    unmountAll();
    const { view: en } = await openCard('poi-qingpu-new-city', 'en');
    expect(en.kind).toBe('Place');
    expect(en.title).toBe('Qingpu New City');
    expect(en.value('Stated area')).toBe('91.1 km²');
    expectEnglishChrome(en);
  });

  it('cites a news source without a document number by its own title and issuer', async () => {
    const { view: zh } = await openCard('poi-qingpu-industrial-park', 'zh');
    expect(zh.value('所述面积')).toBe('56.2 平方公里');
    expect(zh.citation).toBe('003 ¶3 · 《助推“產業耦合”,上海青浦工業園區和蘇浙皖三地園區簽約合作》 · 上观区情 · 2018-07-05');
    unmountAll();
    const { view: en } = await openCard('poi-qingpu-industrial-park', 'en');
    expect(en.citation).toBe(
      '003 ¶3 · 《Promoting "industrial coupling": Shanghai Qingpu Industrial Park signs cooperation agreements with parks in Jiangsu, Zhejiang and Anhui》 · Shangguan News, district news column · 2018-07-05',
    );
  });

  it('shows the note of a station whose name is uncertain, in the card’s language', async () => {
    const { properties } = await realFeature('line17-02-zhuguang-road');
    const notes = 'note_en' in properties ? { zh: properties.note_zh, en: properties.note_en } : null;
    expect(notes).toEqual({ zh: '另有资料列为国家会展中心；该站是否更名未经核实。', en: expect.stringMatching(/^Also listed as/) });
    for (const [lang, heading] of [
      ['zh', '说明'],
      ['en', 'Note'],
    ] as const) {
      const { view } = await openCard('line17-02-zhuguang-road', lang);
      expect(view.section(heading)).toBe(notes![lang]);
      unmountAll();
    }
  });
});

describe('<feature-card> behaviour', () => {
  for (const [lang, name] of [
    ['zh', '关闭'],
    ['en', 'Close'],
  ] as const) {
    it(`${lang}: the close button is named "${name}" and fires card-closed once, bubbling out of the shadow root`, async () => {
      await openCard('park-digital-information', lang);
      const close = page.getByRole('button', { name, exact: true });
      await expect.element(close).toBeVisible();
      const recorded = recordEvents(document, 'card-closed');
      await userEvent.click(close);
      recorded.stop();
      expect(recorded.events).toEqual([{ detail: null, bubbles: true, composed: true }]);
    });
  }

  it('focusTitle() moves focus to the title', async () => {
    const { card } = await openCard('park-digital-information', 'en');
    expect(deepActiveElement()?.id).not.toBe('card-title');
    card.focusTitle();
    const focused = deepActiveElement();
    expect(focused?.id).toBe('card-title');
    expect(text(focused)).toBe('Digital Information Industrial Park');
  });

  it('re-renders in the other language when its language changes', async () => {
    const { card } = await openCard('park-digital-information', 'zh');
    card.lang = 'en';
    await card.updateComplete;
    const view = read(card);
    expect(view.title).toBe('Digital Information Industrial Park');
    expect(view.value('Industry scale')).toBe('25 bn yuan (250 亿元)');
  });

  it('shows a busy placeholder while loading, in each language, and nothing without a feature', async () => {
    const card = await mount('feature-card', { detail: null, loading: true, lang: 'zh' });
    const busy = card.shadowRoot!.querySelector('section');
    expect(busy?.getAttribute('aria-busy')).toBe('true');
    expect(text(busy)).toBe('加载中…');
    card.lang = 'en';
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('section'))).toBe('Loading…');
    card.loading = false;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('section')).toBeNull();
  });
});

describe('<feature-card> and the plan year', () => {
  const id = 'park-digital-information';
  const targetsHeading = (card: FeatureCard) => text(card.shadowRoot!.querySelector('.targets-head h3'));
  const noTarget = (card: FeatureCard) => text(card.shadowRoot!.querySelector('.no-target'));
  const pressed = (card: FeatureCard) =>
    text(card.shadowRoot!.querySelector('phase-switch')!.shadowRoot!.querySelector('button[aria-pressed="true"]'));

  it('zh: shows the 2023 targets under their year, and says the plan sets none for 2022 or 2027 (never 0)', async () => {
    const { card, view } = await openCard(id, 'zh');
    expect(targetsHeading(card)).toBe('2023 年目标');
    expect(pressed(card)).toBe('2023');
    expect(view.value('园区产业规模')).toBe('250 亿元');
    for (const phase of [2022, 2027] as const) {
      card.phase = phase;
      await card.updateComplete;
      const shown = read(card);
      expect(targetsHeading(card)).toBe(`${phase} 年目标`);
      expect(pressed(card)).toBe(String(phase));
      expect(noTarget(card)).toBe('本阶段规划未设定目标。');
      expect(shown.pairs.has('园区产业规模')).toBe(false);
      expect(shown.all).not.toMatch(/\b0 亿元/);
      // The planned area is not a target: it shows whatever the year.
      expect(shown.value('规划面积（方案）')).toBe('4.62 平方公里');
    }
  });

  it('en: says so in English', async () => {
    const card = await mount('feature-card', { detail: await realDetail(id), lang: 'en', phase: 2027 });
    expect(targetsHeading(card)).toBe('Targets for 2027');
    expect(noTarget(card)).toBe('The plan sets no target for this year.');
    expect(text(card.shadowRoot!.querySelector('phase-switch'))).not.toMatch(CJK);
    expect(read(card).all).not.toMatch(/本阶段/);
  });

  it('asks for another year with the switch, by mouse or keyboard', async () => {
    const { card } = await openCard(id, 'en');
    const changes = recordEvents<{ patch: unknown; history: string }>(document.body, 'state-change');
    const button = (year: number) => card.shadowRoot!.querySelector('phase-switch')!.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-phase="${year}"]`)!;
    await userEvent.click(button(2027));
    button(2022).focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(button(2023));
    changes.stop();
    // The card shows what it is given: the shell changes the store, which sets the phase.
    expect(changes.events).toEqual([
      { detail: { patch: { phase: 2027 }, history: 'replace' }, bubbles: true, composed: true },
      { detail: { patch: { phase: 2022 }, history: 'replace' }, bubbles: true, composed: true },
    ]);
  });

  it('has no year switch on a card without targets', async () => {
    const { card } = await openCard('line17-09-qingpu-xincheng', 'zh');
    expect(card.shadowRoot!.querySelector('phase-switch')).toBeNull();
  });
});

describe('<feature-card> for a base park the visitor traced (智慧低碳产业园, planned 2.4 km²)', () => {
  const traced = async (km2: number, lang: Lang) => {
    const detail = buildFeatureDetail(await realFeature('park-smart-low-carbon'), await realFacts(), km2);
    return read(await mount('feature-card', { detail, lang }));
  };

  it('zh: the traced area and its difference from the plan, flagged beyond 5 %', async () => {
    const view = await traced(2.64, 'zh');
    expect(view.value('规划面积（方案）')).toBe('2.4 平方公里');
    expect(view.value('本机描绘面积（Turf，测地线）')).toBe('2.64 平方公里');
    expect(view.value('描绘与规划面积之差')).toBe('+10 %');
    expect(view.all).toContain('与规划相差超过 5%');
  });

  it('en: within 5 % is shown but not flagged', async () => {
    const view = await traced(2.3, 'en');
    expect(view.value('Your traced area (Turf, geodesic)')).toBe('2.3 km²');
    expect(view.value('Traced against planned')).toBe('−4.2 %');
    expect(view.all).not.toContain('more than 5 %');
    expectEnglishChrome(view);
  });
});
