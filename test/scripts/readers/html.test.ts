// HTML reader: tables with colspan/rowspan, text split by tags, site chrome left out, GBK pages decoded.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../scripts/model/document';
import { readDocument } from '../../../scripts/readers/index';
import { readHtml } from '../../../scripts/readers/html';
import { decodeHtml } from '../../../scripts/readers/html-decode';
import { isBoilerplate } from '../../../scripts/readers/html-elements';
import { TextEncoderGb } from './gbk';

const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>站点标题</title>
<style>p{color:red}</style><script>document.write('脚本文字')</script></head><body>
<header><div class="logo">某某县人民政府门户网站</div></header>
<nav><a href="/">首页</a><a href="/zwgk">政务公开</a></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算</div>
<div class="position">您现在的位置：首页 > 财政信息</div>
<div class="main"><h1>某某县教育局2021年度部门整体支出绩效自评报告</h1>
<div class="content">
<p>一、部门基本情况</p>
<p>本年支出<span>906.09</span>万元，<span style="font-weight:bold">执行率</span>95.74%。<br>第二行文字</p>
<div>分块文字一</div><div>分块文字二<div>嵌套文字</div></div>
<table border="1">
<thead><tr><th rowspan="2">项目</th><th colspan="2">预算执行</th></tr>
<tr><th>预算数</th><th>执行数</th></tr></thead>
<tbody><tr><td>基本支出</td><td>700.00</td><td>690.50</td></tr>
<tr><td>项目支出<br>（含专项）</td><td>300.00</td><td>215.59</td></tr></tbody>
</table>
<p style="display:none">隐藏的文字</p>
<p>【打印本页】 【关闭窗口】</p>
</div></div>
<div class="share">分享到：微信 微博</div>
<footer>主办：某某县人民政府 版权所有</footer>
</body></html>`;

describe('readHtml', () => {
  const model = readHtml('report.html', Buffer.from(PAGE));

  it('splits text at block tags and <br>, keeping inline spans together', () => {
    expect(paragraphs(model.blocks)).toEqual([
      '某某县教育局2021年度部门整体支出绩效自评报告',
      '一、部门基本情况',
      '本年支出906.09万元，执行率95.74%。',
      '第二行文字',
      '分块文字一',
      '分块文字二',
      '嵌套文字',
    ]);
  });

  it('leaves out navigation, headers, footers, scripts, breadcrumbs and print/close links', () => {
    const all = JSON.stringify(model.blocks);
    for (const chrome of [
      '门户网站',
      '政务公开',
      '当前位置',
      '您现在的位置',
      '脚本文字',
      '打印本页',
      '关闭窗口',
      '版权所有',
      '分享到',
      '隐藏的文字',
      '站点标题',
    ]) {
      expect(all).not.toContain(chrome);
    }
  });

  it('expands colspan and rowspan onto the grid, repeating merged text and marking the origin', () => {
    const [table] = tables(model.blocks);
    expect(table!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['项目', '预算执行', '预算执行'],
      ['项目', '预算数', '执行数'],
      ['基本支出', '700.00', '690.50'],
      ['项目支出\n（含专项）', '300.00', '215.59'],
    ]);
    const [origin, spanned] = table!.rows[0]!.cells;
    expect(origin!.rowSpan).toBe(2);
    expect(spanned!.colSpan).toBe(2);
    expect(table!.rows[1]!.cells[0]!.rowSpan).toBeUndefined();
  });

  it('numbers paragraphs and table rows in reading order', () => {
    const lines = model.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.loc.line] : b.table.rows.map((r) => r.line),
    );
    expect(lines).toEqual(lines.map((_, i) => i + 1));
    const [table] = tables(model.blocks);
    expect(table!.rows[2]!.cells.every((c) => c.line === table!.rows[2]!.line)).toBe(true);
  });

  it('reads a layout table that wraps the content as flowing text', () => {
    const html = `<html><body><table><tr><td><p>标题</p><table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table></td></tr></table></body></html>`;
    const blocks = readHtml('layout.html', Buffer.from(html)).blocks;
    expect(paragraphs(blocks)).toEqual(['标题']);
    expect(tables(blocks)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
  });
});

describe('layout tables', () => {
  it('reads a two-column page layout (menu | article) as flowing text, keeping the report table', () => {
    const article = Array.from(
      { length: 25 },
      (_, i) => `<p>第${i + 1}段：${'部门整体支出绩效情况说明。'.repeat(4)}</p>`,
    ).join('');
    const html =
      `<html><body><table width="100%"><tr><td class="left"><a href="/">机构概况</a><br><a href="/">政务公开</a></td>` +
      `<td>${article}<table border="1"><tr><td>预算数</td><td>100</td></tr><tr><td>执行数</td><td>90</td></tr></table></td></tr></table></body></html>`;
    const blocks = readHtml('layout.html', Buffer.from(html)).blocks;
    expect(paragraphs(blocks)).toHaveLength(2 + 25);
    expect(tables(blocks).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)))).toEqual([
      [
        ['预算数', '100'],
        ['执行数', '90'],
      ],
    ]);
  });

  it('keeps a report table whose cells hold a few lines each', () => {
    const html =
      '<table><tr><td>职能职责</td><td>（一）负责会议。<br>（二）负责公文。<br>（三）负责督查。</td></tr>' +
      '<tr><td>预算数</td><td>100</td></tr></table>';
    expect(
      tables(readHtml('t.html', Buffer.from(html)).blocks)[0]!.rows.map((r) => r.cells.map((c) => c.text)),
    ).toEqual([
      ['职能职责', '（一）负责会议。\n（二）负责公文。\n（三）负责督查。'],
      ['预算数', '100'],
    ]);
  });
});

describe('decodeHtml', () => {
  it('decodes a GB2312 page by its <meta charset>', () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>三公经费</p></body></html>';
    const bytes = Buffer.from(new TextEncoderGb().encode(html));
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('三公经费');
  });

  it('sniffs GBK when the page declares nothing, or wrongly declares UTF-8', async () => {
    for (const head of ['', '<meta charset="utf-8">']) {
      const bytes = Buffer.from(
        new TextEncoderGb().encode(`<html><head>${head}</head><body><p>部门决算</p></body></html>`),
      );
      const model = await readDocument('page.htm', bytes);
      expect(model.format).toBe('html');
      expect(paragraphs(model.blocks)).toEqual(['部门决算']);
      expect(model.notes).toContain('decoded as gb18030');
    }
  });
});

describe('decodeHtml labels', () => {
  it('reads UTF-8 bytes as UTF-8 even under an old gb2312 label, and honours another declared charset', () => {
    const utf8 = Buffer.from('<html><head><meta charset="gb2312"></head><body><p>部门决算</p></body></html>');
    expect(decodeHtml(utf8)).toMatchObject({ encoding: 'utf-8' });
    expect(decodeHtml(utf8).text).toContain('部门决算');
    const big5 = Buffer.concat([
      Buffer.from('<meta charset="big5"><p>'),
      Buffer.from([0xb3, 0xa1, 0xaa, 0xf9]),
      Buffer.from('</p>'),
    ]);
    expect(decodeHtml(big5)).toMatchObject({ encoding: 'big5' });
    expect(decodeHtml(big5).text).toContain('部門');
  });
});

describe('isBoilerplate', () => {
  it('recognises site chrome lines but keeps report text', () => {
    expect(isBoilerplate('【打印本页】【关闭窗口】')).toBe(true);
    expect(isBoilerplate('当前位置：首页 > 政务公开')).toBe(true);
    expect(isBoilerplate('首页 > 信息公开 > 财政资金')).toBe(true);
    expect(isBoilerplate('字号：[大 中 小]')).toBe(true);
    expect(isBoilerplate('关闭部分闲置资产')).toBe(false);
    expect(isBoilerplate('小计')).toBe(false);
  });
});

describe('readMhtml', () => {
  /** A page saved by a browser as a web archive: GBK HTML, quoted-printable, plus an image part. */
  function archive(transfer: 'quoted-printable' | 'base64'): Buffer {
    const html = new TextEncoderGb().encode(
      '<html><head><title>t</title></head><body><div class="nav">首页</div><p>三公经费支出12.50万元。</p>' +
        '<table><tr><td>项目</td><td>金额</td></tr><tr><td>公务接待费</td><td>4.20</td></tr></table></body></html>',
    );
    const body =
      transfer === 'base64'
        ? Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n')
        : [...html]
            .map((b) =>
              b >= 0x80 || b === 0x3d
                ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
                : String.fromCharCode(b),
            )
            .join('')
            .replace(/.{70}/g, '$&=\r\n');
    return Buffer.from(
      'From: <Saved by Windows Internet Explorer 8>\r\nSubject: report\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----=_NextPart_000_0000"\r\n\r\n' +
        'This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_000_0000\r\n' +
        `Content-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Transfer-Encoding: ${transfer}\r\n` +
        'Content-Location: http://example.gov.cn/a.htm\r\n\r\n' +
        body +
        '\r\n\r\n------=_NextPart_000_0000\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n\r\nR0lGODlhAQABAAAAACw=\r\n\r\n------=_NextPart_000_0000--\r\n',
      'latin1',
    );
  }

  it.each(['quoted-printable', 'base64'] as const)(
    'reads the HTML part of a %s web archive in its charset',
    async (transfer) => {
      const model = await readDocument('saved.mht', archive(transfer));
      expect(model.format).toBe('html');
      expect(model.encoding).toBe('gb18030');
      expect(paragraphs(model.blocks)).toEqual(['三公经费支出12.50万元。']);
      expect(tables(model.blocks)[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
        ['项目', '金额'],
        ['公务接待费', '4.20'],
      ]);
    },
  );

  it('refuses an archive without an HTML part', async () => {
    const bytes = Buffer.from(
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/gif\r\n\r\nxx\r\n--b--\r\n',
    );
    await expect(readDocument('img.mht', bytes)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
