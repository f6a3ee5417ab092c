import { html, type TemplateResult } from 'lit';

/** Runs of Chinese characters and punctuation (CJK ideographs, CJK and full-width punctuation). */
const CHINESE_RUN = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+)/;

/**
 * Text with each run of Chinese in it marked lang="zh-CN" (a plan term quoted in an English note,
 * a document number in a citation), so screen readers pronounce it as Chinese. Text stays text.
 */
export function markChinese(text: string): (string | TemplateResult)[] {
  return text.split(CHINESE_RUN).map((part, i) => (i % 2 === 1 ? html`<span lang="zh-CN">${part}</span>` : part));
}
