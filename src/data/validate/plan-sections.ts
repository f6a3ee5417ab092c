/**
 * The section structure of the action plan (seeds/documents/001-action-plan.txt), read from its
 * own headings, so that a citation such as "001 §三(三)2" can be checked against the plan rather
 * than against a table of ours.
 *
 * The text is a Markdown rendering of the official document whose heading marks (`#`, `**`) are
 * not consistent; the numbering is. A heading is a line that, once `#`, `*`, `-` and spaces are
 * stripped from its start, begins with
 *
 * - `三、`      level 1, key `三`
 * - `（三）`    level 2, key `三(三)`
 * - `2. ` `2．` level 3, key `三(三)2`
 * - `（1）`     level 4, key `四(一)1(1)`
 *
 * plus the development-target table of part 二 (a line starting `表 `, key `二 表`) and the annexes
 * (a line `附件 1`, key `附件1`). The list of annexes after part 五 ("附件：1. …") ends part 五.
 */

/** One section of the plan: its key, level, the name in its heading and its text. */
export interface PlanSection {
  /** The citation key, as seeds/ and geo/ write it after "§": `三`, `三(三)2`, `二 表`, `附件2`. */
  key: string;
  level: number;
  /** The heading's name: `总体格局`, `十个基座`, `智慧生物医药产业园` (up to the first `。`). */
  name: string;
  /** The raw text from the heading line to the next heading of the same or a higher level. */
  text: string;
}

/** The plan's numbering of parts and subsections. */
const HAN_NUMERAL = '[一二三四五六七八九十]+';

/** Removes every whitespace character (the plan breaks lines mid-sentence and spaces out numbers). */
export const collapse = (s: string): string => s.replace(/\s+/gu, '');

/** Heading marks that the Markdown rendering puts around headings and names. */
const stripMarks = (s: string): string => s.replace(/\*\*/g, '').trim();

interface Heading {
  line: number;
  level: number;
  /** The key part this heading adds (`三`, `(三)`, `2`, `(1)`), or a full key for 表 and 附件. */
  part: string;
  name: string;
  absolute?: boolean;
}

/** The heading a line opens, if any. */
function headingOf(rawLine: string, line: number): Heading | null {
  const text = rawLine.replace(/^[#*\s-]+/u, '');
  let m = text.match(new RegExp(`^(${HAN_NUMERAL})、(.*)$`, 'u'));
  if (m) return { line, level: 1, part: m[1]!, name: stripMarks(m[2]!) };
  m = text.match(new RegExp(`^（(${HAN_NUMERAL})）(.*)$`, 'u'));
  if (m) return { line, level: 2, part: `(${m[1]})`, name: stripMarks(m[2]!) };
  m = text.match(/^(\d{1,2})[.．](?!\d)\s*(.*)$/u);
  if (m) return { line, level: 3, part: m[1]!, name: stripMarks(m[2]!.split('。')[0]!) };
  m = text.match(/^（(\d{1,2})）(.*)$/u);
  if (m) return { line, level: 4, part: `(${m[1]})`, name: stripMarks(m[2]!) };
  return null;
}

/**
 * Parses the plan into its sections, keyed as citations write them. A section's text holds its
 * subsections. Keys are unique; text before part 一 (the covering notice) is no section.
 */
export function parsePlanSections(planText: string): Map<string, PlanSection> {
  const lines = planText.split('\n');
  const headings: Heading[] = [];
  let inAnnexes = false;
  let seenPartOne = false;
  lines.forEach((raw, i) => {
    const stripped = raw.replace(/^[#*\s-]+/u, '');
    const annex = stripped.match(/^附件\s*(\d)\s*$/u);
    if (annex) {
      inAnnexes = true;
      headings.push({ line: i, level: 1, part: `附件${annex[1]}`, name: `附件${annex[1]}`, absolute: true });
      return;
    }
    if (/^附件[：:]/u.test(stripped)) {
      // The list of annexes that closes the body: not a part of 五(五).
      headings.push({ line: i, level: 0, part: '', name: '' });
      inAnnexes = true;
      return;
    }
    if (inAnnexes) return;
    if (seenPartOne && /^表\s/u.test(stripped)) {
      headings.push({ line: i, level: 2, part: ' 表', name: stripMarks(stripped.slice(1)) });
      return;
    }
    const heading = headingOf(raw, i);
    if (!heading) return;
    if (heading.level === 1) seenPartOne = true;
    if (seenPartOne) headings.push(heading);
  });

  const sections = new Map<string, PlanSection>();
  /** The key parts of the enclosing headings, by level (index 0: the part). */
  const open: string[] = [];
  headings.forEach((h, n) => {
    if (h.level === 0) return;
    if (h.absolute) open.length = 0;
    // A skipped level (a numbered item directly under a part) adds nothing to the key.
    while (open.length < h.level - 1) open.push('');
    open.length = h.level - 1;
    open.push(h.part);
    const key = open.join('');
    const next = headings.slice(n + 1).find((later) => later.level <= h.level);
    const end = next ? next.line : lines.length;
    if (!sections.has(key)) sections.set(key, { key, level: h.level, name: h.name, text: lines.slice(h.line, end).join('\n') });
  });
  return sections;
}

/** The doc and section of a citation "001 §三(三)2", or null if it is not one. */
export function parseCitation(source: string): { doc: string; section: string } | null {
  const m = source.match(/^(\d{3}) §(.+)$/u);
  return m ? { doc: m[1]!, section: m[2]! } : null;
}

/** The sections directly below `key` (level one deeper whose key starts with it). */
export function childrenOf(sections: ReadonlyMap<string, PlanSection>, key: string): PlanSection[] {
  const parent = sections.get(key);
  if (!parent) return [];
  return [...sections.values()].filter((s) => s.level === parent.level + 1 && s.key.startsWith(key) && s.key !== key);
}
