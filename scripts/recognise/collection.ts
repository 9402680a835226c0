// A page that bundles several reports: an essay site's "…自评报告(精选5篇)" or a compilation whose
// parts are headed 篇1, 篇2 … / 【第1篇】 / …报告1, 报告2; or a county's compilation of its departments'
// 部门整体支出绩效自评表, each form headed by the form's title and naming its own unit. Each part is a
// report of its own, usually of another unit and year, so each is recognised as a document of its
// own. The page's header before the first part (site chrome, the compilation's title) belongs to none.

import { blockText, type Block, type DocumentModel } from '../model/document';
import { normalizeText } from './normalize';

/**
 * The ways a part's heading carries its number. Each gives the number and the heading without it;
 * a count ("精品12篇", "通用6篇") is not a part's number.
 */
const PART_HEADINGS: RegExp[] = [
  /^(?<title>.*?)\s*篇\s*(?<n>\d{1,2})$/, // 部门整体支出绩效自评报告 篇1
  /^[【[(（]?第\s*(?<n>\d{1,2})\s*篇[】\])）]?\s*(?<title>.*)$/, // 【第1篇】乡镇整体支出绩效自评报告
  /^(?<title>.*(?:报告|自评表|评价表|范文))\s*(?<n>\d{1,2})$/, // 项目绩效自评报告1
];

/** A heading is short and names a report; its text is what the parts have in common. */
const REPORT_WORD = /报告|自评|评价|范文/;

interface PartHeading {
  index: number;
  n: number;
  title: string;
}

function partHeading(block: Block, index: number): PartHeading | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const text = normalizeText(block.text).trim();
  if (text.length > 50) return undefined;
  for (const pattern of PART_HEADINGS) {
    const m = pattern.exec(text);
    if (!m?.groups) continue;
    const title = m.groups.title!.replace(/\s+/g, '');
    if (REPORT_WORD.test(title)) return { index, n: Number(m.groups.n), title };
  }
  return undefined;
}

/**
 * The parts of a bundle, each as a document of its own (same file and format), or undefined when
 * the document is one report. A bundle has at least two part headings under one title, numbered
 * 1, 2, 3 … in order.
 */
export function collectionParts(doc: DocumentModel): DocumentModel[] | undefined {
  return numberedParts(doc) ?? formParts(doc);
}

/** A department form's title on a line of its own, and the field that names the form's unit. */
const DEPARTMENT_FORM_TITLE = /^(部门|单位)?整体支出绩效(自评|评价)表$/;
const UNIT_FIELD =
  /(?:部门\(单位\)名称|预算单位名称|单位名称|部门名称)[:：|\s]*([\u4e00-\u9fa5()（）]{3,40})/;

/** Department forms one after another, of two units or more: each form from its title to the next. */
function formParts(doc: DocumentModel): DocumentModel[] | undefined {
  const titles = doc.blocks.flatMap((b, i) =>
    b.kind === 'paragraph' && DEPARTMENT_FORM_TITLE.test(normalizeText(b.text).replace(/\s+/g, ''))
      ? [i]
      : [],
  );
  if (titles.length < 2) return undefined;
  const units = titles.map(
    (i) =>
      normalizeText(
        doc.blocks
          .slice(i + 1, i + 6)
          .map((b) => blockText(b, '|'))
          .join('\n'),
      ).match(UNIT_FIELD)?.[1],
  );
  if (units.some((u) => u === undefined) || new Set(units).size < 2) return undefined;
  return titles.map((i, k) => ({ ...doc, blocks: doc.blocks.slice(i, titles[k + 1] ?? doc.blocks.length) }));
}

function numberedParts(doc: DocumentModel): DocumentModel[] | undefined {
  const headings = doc.blocks.flatMap((b, i) => partHeading(b, i) ?? []);
  const byTitle = new Map<string, PartHeading[]>();
  for (const h of headings) byTitle.set(h.title, [...(byTitle.get(h.title) ?? []), h]);
  const run = [...byTitle.values()]
    .map((hs) => hs.filter((h, k) => h.n === k + 1))
    .filter((hs) => hs.length >= 2)
    .sort((a, b) => b.length - a.length)[0];
  if (!run) return undefined;
  return run.map((h, k) => ({
    ...doc,
    blocks: doc.blocks.slice(h.index, run[k + 1]?.index ?? doc.blocks.length),
  }));
}
