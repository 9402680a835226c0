// Writes a document model as an HTML page with real <table>s (colspan/rowspan for merged cells),
// optionally dressed like a government site (navigation, breadcrumb, print/close links, footer)
// so that tests can check the reader leaves that chrome out.

import type { DocumentModel } from '../model/document';
import { tableGrid } from './grid';

export interface HtmlOptions {
  title?: string;
  /** Wrap the report in site navigation and boilerplate. */
  siteChrome?: boolean;
  /**
   * Publish the tables as many sites do, with their merged cells lost: no colspan or rowspan, and
   * the cells a merge covered left out, so rows come out ragged. 'leading' drops the empty cells
   * that open a row (a merged label above); 'all' drops every empty cell.
   */
  ragged?: 'leading' | 'all';
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const cellHtml = (text: string) => text.split('\n').map(escapeHtml).join('<br>');

export function documentToHtml(model: Pick<DocumentModel, 'blocks'>, options: HtmlOptions = {}): string {
  const parts: string[] = [];
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      parts.push(`<p>${escapeHtml(block.text)}</p>`);
      continue;
    }
    const rows = tableGrid(block.table).map((row) => {
      if (options.ragged) {
        let kept = row.filter((cell) => !cell.covered && !cell.absent);
        const firstFilled = kept.findIndex((cell) => cell.text.trim() !== '');
        kept =
          options.ragged === 'all'
            ? kept.filter((cell) => cell.text.trim() !== '')
            : kept.slice(Math.max(0, firstFilled));
        return `<tr>${kept.map((cell) => `<td>${cellHtml(cell.text)}</td>`).join('')}</tr>`;
      }
      const cells = row
        .filter((cell) => !cell.covered && !cell.absent)
        .map((cell) => {
          const spans =
            (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') +
            (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '');
          return `<td${spans}>${cellHtml(cell.text)}</td>`;
        });
      return `<tr>${cells.join('')}</tr>`;
    });
    parts.push(`<table border="1" cellspacing="0" cellpadding="2">\n${rows.join('\n')}\n</table>`);
  }
  const title = escapeHtml(options.title ?? '');
  const content = parts.join('\n');
  const body = options.siteChrome
    ? `<div class="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/czxx">财政信息</a></li></ul></div>
<nav><a href="/">网站首页</a> <a href="/jg">机构概况</a></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 绩效评价</div>
<div class="article"><h1>${title}</h1>
<div class="info">发布时间：2021-05-20 来源：本站 【字号：大 中 小】</div>
<div class="content">
${content}
</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<footer><p>主办单位：某某县人民政府办公室 版权所有 备案号：某ICP备00000000号</p></footer>
<script>var visits = 1;</script>`
    : content;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title><style>td{border:1px solid #000}</style></head>\n<body>\n${body}\n</body></html>\n`;
}
