import type { Lang } from '../i18n/translate';

/** One stop of the story tour: the feature the map shows, and a short text in our own words. */
export interface TourStep {
  /** The feature the map frames and selects (its card opens). */
  readonly featureId: string;
  /** The plan section the text retells, as features cite it ("001 §三(二)1"). */
  readonly source: string;
  readonly title: Readonly<Record<Lang, string>>;
  readonly text: Readonly<Record<Lang, string>>;
}

/**
 * The trunk from east to west, 虹桥 → 徐泾 → 青浦新城 → 朱家角 → 西岑 → 水乡客厅. The texts retell
 * what the cited section says, with no figure the plan does not give.
 */
export const TOUR_STEPS: readonly TourStep[] = [
  {
    featureId: 'trunk-line17',
    source: '001 §三(一)',
    title: { zh: '一条干线', en: 'One trunk' },
    text: {
      zh: 'G50 智慧高速公路、轨道交通 17 号线和上海示范区线（沪苏嘉线）共同构成数字干线：一条东西向贯通青浦全区的复合发展轴。导览自东向西沿它而行。',
      en: 'The G50 smart expressway, Metro Line 17 and the Shanghai Demonstration Zone Line together form the trunk: one composite axis running east–west across all of Qingpu. The tour follows it from east to west.',
    },
  },
  {
    featureId: 'pillar-hongqiao-cbd',
    source: '001 §三(二)1',
    title: { zh: '虹桥中央商务区：干线的起点站', en: 'Hongqiao CBD: where the trunk starts' },
    text: {
      zh: '方案把虹桥中央商务区定位为数字干线的起点站，依托国家会展中心、北斗西虹桥基地和徐泾产业社区，发展位置服务、数字会展和数字贸易，并集聚数字总部经济。',
      en: 'The plan makes the Hongqiao CBD the starting station of the trunk. Building on the National Exhibition and Convention Center, the BeiDou West Hongqiao Base and the Xujing industrial community, it is to grow location services, digital exhibitions and digital trade, and draw digital headquarters.',
    },
  },
  {
    featureId: 'park-beidou-remote-sensing',
    source: '001 §三(三)5',
    title: { zh: '徐泾：北斗及高分遥感', en: 'Xujing: BeiDou and remote sensing' },
    text: {
      zh: '北斗及高分遥感数字产业园发展“北斗+无人系统”和空间信息服务，把应用推向交通、水文、测绘、电力、防灾等行业。方案未给出园址，地图按我们的估计把它放在徐泾的北斗西虹桥基地一带。',
      en: 'The BeiDou and High-resolution Remote Sensing park develops BeiDou with unmanned systems and spatial information services, taking them into transport, hydrology, surveying, power and disaster relief. The plan gives no site; the map places it, by our estimate, at the BeiDou West Hongqiao Base in Xujing.',
    },
  },
  {
    featureId: 'pillar-new-city-5f',
    source: '001 §三(二)4',
    title: { zh: '青浦新城：5F 数字之城', en: 'Qingpu New City: the 5F digital city' },
    text: {
      zh: '在新城“1+3”重点区域，方案要率先建设未来、魔幻、时尚、乐趣、友好五座“数字之城”，使新城成为面向长三角的综合性节点城市。',
      en: 'In the New City’s “1+3” key areas the plan is to build five digital cities first — Future, Fantasy, Fashion, Fun and Friendly — making the New City an independent, comprehensive node city for the delta.',
    },
  },
  {
    featureId: 'area-new-city',
    source: '001 §三',
    title: { zh: '新城片区：“极中极”“核中核”', en: 'The New City sub-area: the core of the core' },
    text: {
      zh: '新城片区依托青浦工业园区和中央商务区，打造“智能制造+商务商贸”的数字两业融合发展区，方案称之为数字干线的“极中极”“核中核”。',
      en: 'Relying on Qingpu Industrial Park and the central business district, the New City sub-area is to merge smart manufacturing with commerce; the plan calls it the pole of poles and the core of cores of the trunk.',
    },
  },
  {
    featureId: 'park-zhujiajiao-green-digital',
    source: '001 §三(三)6',
    title: { zh: '朱家角：绿色数智创新园', en: 'Zhujiajiao: the green digital innovation park' },
    text: {
      zh: '朱家角绿色数智创新园规划面积 3.4 平方公里，先期以其中 500 亩作为数字经济转型先行示范区，重点发展智能制造、数字贸易和智慧医疗。',
      en: 'The Zhujiajiao Green Digital Innovation Park has a planned area of 3.4 km²; 500 mu of it come first, as a pilot zone for the digital transition, focused on smart manufacturing, digital trade and smart healthcare.',
    },
  },
  {
    featureId: 'pillar-xicen-innovation-centre',
    source: '001 §三(二)3',
    title: { zh: '西岑科创中心', en: 'Xicen Science and Innovation Centre' },
    text: {
      zh: '以华为青浦研发中心和西岑科创园区为核心，发展集成电路、智能传感、核心工业软件和信息服务，建设集办公、研发、孵化和居住于一体的产业社区。',
      en: 'Around Huawei’s Qingpu R&D Centre and the Xicen science park, the centre is to develop integrated circuits, smart sensing, core industrial software and information services, in one community for offices, research, incubation and homes.',
    },
  },
  {
    featureId: 'pillar-water-town-living-room',
    source: '001 §三(二)2',
    title: { zh: '水乡客厅：干线的西端', en: 'The Water Town Living Room: the western end' },
    text: {
      zh: '在沪苏浙交界的水乡客厅，数字技术融入互联互通、生态绿色和产业创新项目，例如用物联网管理江南圩田的高标准粮田。',
      en: 'At the Water Town Living Room, where Shanghai, Jiangsu and Zhejiang meet, digital technology goes into connectivity, green and industrial projects — for example, Internet of Things management of the high-standard grain fields of the Jiangnan polders.',
    },
  },
];
