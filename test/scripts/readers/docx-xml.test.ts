// The fast DOCX body scanner against mammoth, on a body written the way Word writes one: fields,
// hyperlinks, content controls, tracked changes, symbols, entities, drawings, row offsets
// (gridBefore), merged cells and a nested table. Both paths must give the same document model.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../scripts/convert/zip';
import { documentXmlToHtml, DocxXmlError } from '../../../scripts/readers/docx-xml';
import { htmlToBlocks } from '../../../scripts/readers/html';
import { grid, paragraphs } from './fixtures';

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const p = (inner: string) => `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${inner}</w:p>`;
const r = (text: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string, props = '') =>
  `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${inner}</w:tc>`;

const BODY = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
${p(`<w:bookmarkStart w:id="0" w:name="_Toc1"/>${r('一、部门基本情况')}<w:bookmarkEnd w:id="0"/>`)}
${p(`${r('本年支出')}<w:proofErr w:type="spellStart"/>${r('906.09')}<w:proofErr w:type="spellEnd"/>${r('万元，')}<w:ins w:id="1" w:author="a">${r('执行率95.74%')}</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删掉的字</w:delText></w:r></w:del>${r('。')}`)}
${p(`<w:hyperlink r:id="rId9">${r('附件&amp;说明')}</w:hyperlink><w:r><w:tab/></w:r>${r('第&#x4E00;页')}<w:r><w:br/></w:r>${r('下一行')}`)}
${p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r('页')}`)}
<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>${p(r('内容控件里的文字'))}</w:sdtContent></w:sdt>
${p(`<w:r><w:drawing><wp:inline xmlns:wp="x"><w:txbxContent>${p(r('文本框'))}</w:txbxContent></wp:inline></w:drawing></w:r>${r('图后文字')}`)}
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>
<w:tr>${tc(p(r('项目')), '<w:vMerge w:val="restart"/>')}${tc(p(r('预算执行')), '<w:gridSpan w:val="2"/>')}</w:tr>
<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p(r('预算数')))}${tc(p(r('执行数')))}</w:tr>
<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p(r('700.00')))}${tc(p(r('690.50')))}</w:tr>
<w:tr>${tc(p(r('合计')))}${tc(p(r('1000')))}${tc(p(r('906.09')))}</w:tr>
</w:tbl>
<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>${tc(`${p(r('嵌套外层'))}<w:tbl><w:tr>${tc(p(r('内A')))}${tc(p(r('内B')))}</w:tr><w:tr>${tc(p(r('1')))}${tc(p(r('2')))}</w:tr></w:tbl>`)}${tc(p(r('旁边')))}</w:tr></w:tbl>
${p(r('四、结语'))}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

function docx(body: string): Buffer {
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'word/document.xml', data: Buffer.from(body) },
    {
      name: 'word/_rels/document.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.gov.cn/" TargetMode="External"/></Relationships>',
      ),
    },
  ]);
}

describe('documentXmlToHtml', () => {
  const fast = htmlToBlocks(documentXmlToHtml(BODY));

  it('reads Word body features into paragraphs and tables', () => {
    expect(paragraphs(fast)).toEqual([
      '一、部门基本情况',
      '本年支出906.09万元，执行率95.74%。',
      '附件&说明 第一页',
      '下一行',
      '3页',
      '内容控件里的文字',
      '图后文字',
      '嵌套外层',
      '旁边',
      '四、结语',
    ]);
    expect(grid(fast)).toEqual([
      [
        ['项目', '预算执行', '预算执行'],
        ['项目', '预算数', '执行数'],
        ['', '700.00', '690.50'],
        ['合计', '1000', '906.09'],
      ],
      [
        ['内A', '内B'],
        ['1', '2'],
      ],
    ]);
  });

  it('gives the same document model as mammoth (which knows no gridBefore)', async () => {
    const body = BODY.replace('<w:trPr><w:gridBefore w:val="1"/></w:trPr>', '').replace(
      `${tc(p(r('700.00')))}`,
      `${tc(p(''))}${tc(p(r('700.00')))}`,
    );
    const viaMammoth = htmlToBlocks((await mammoth.convertToHtml({ buffer: docx(body) })).value);
    expect(htmlToBlocks(documentXmlToHtml(body))).toEqual(viaMammoth);
    expect(htmlToBlocks(documentXmlToHtml(body))).toEqual(fast);
  });

  it('declines malformed XML so that the reader can fall back', () => {
    expect(() => documentXmlToHtml(BODY.slice(0, BODY.length / 2))).toThrow(DocxXmlError);
    expect(() => documentXmlToHtml(`<w:document ${W}><w:body><w:p></w:body></w:document>`)).toThrow(
      DocxXmlError,
    );
  });
});
