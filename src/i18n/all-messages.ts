import { EN } from './en';
import { IN_VIEW_EN, IN_VIEW_ZH } from './in-view.messages';
import { IMPORT_EN } from './import.en';
import { IMPORT_ZH } from './import.zh';
import './import.messages';
import { DRAW_EN, DRAW_ZH } from './draw.messages';
import { NEARBY_EN, NEARBY_ZH } from './nearby.messages';
import { PROGRAMMES_EN, PROGRAMMES_ZH } from './programmes.messages';
import { REGION_EN, REGION_ZH } from './region.messages';
import { SHARE_EN, SHARE_ZH } from './share.messages';
import { TARGETS_EN, TARGETS_ZH } from './targets.messages';
import { TOUR_EN, TOUR_ZH } from './tour.messages';
import { ZH } from './zh';

/**
 * Every UI string: the first-load tables (en.ts, zh.ts) and those that load with their panel
 * (*.messages.ts), every one of them registered with t(). For tests and checks that cover them all;
 * the page never imports this.
 */
export const ALL_EN = { ...EN, ...IMPORT_EN, ...DRAW_EN, ...NEARBY_EN, ...PROGRAMMES_EN, ...REGION_EN, ...SHARE_EN, ...IN_VIEW_EN, ...TARGETS_EN, ...TOUR_EN };
export const ALL_ZH: Record<keyof typeof ALL_EN, string> = { ...ZH, ...IMPORT_ZH, ...DRAW_ZH, ...NEARBY_ZH, ...PROGRAMMES_ZH, ...REGION_ZH, ...SHARE_ZH, ...IN_VIEW_ZH, ...TARGETS_ZH, ...TOUR_ZH };
