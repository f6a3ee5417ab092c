import type { SourceDocument } from '../data/schemas/seeds.schema';
import type { Lang } from '../i18n/translate';

/** A seed's source as the data cites it: "001 §四(三)3" for a section of the plan, "003 ¶3" for a paragraph of an article. */
export function sourceLabel(source: { doc: string; section: string }): string {
  return source.section.startsWith('¶') ? `${source.doc} ${source.section}` : `${source.doc} §${source.section}`;
}

/** A citation in full: the label, then the document's title, number, issuer and date where known. */
export function citationText(lang: Lang, label: string, document: SourceDocument | null | undefined): string {
  if (!document) return label;
  const title = lang === 'zh' ? document.title_zh : document.title_en;
  const issuer = lang === 'zh' ? document.issuer_zh : document.issuer_en;
  return [label, `《${title}》`, document.doc_number, issuer, document.date].filter(Boolean).join(' · ');
}
