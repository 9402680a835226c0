// The annual brief as a DOCX (the docx library): key figures against the year before on one base,
// the lowest executors, 三公经费 and the units whose 三公 rose, self-evaluations that look too good,
// findings and coverage, and the charts (SVG, with PNG copies for readers without SVG). Every figure
// carries a footnote naming its source: a table row's footnote sits in its first cell.

import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { field } from '../../scripts/model/fields';
import { findDimension, findMeasure, type DimensionId, type MeasureId } from '../catalog';
import type { ChartSvg } from './charts';

/** A column header: the catalog's Chinese label of a measure or dimension. */
const label = (id: MeasureId | DimensionId) => (findMeasure(id) ?? findDimension(id))!.label.zh;
import type { BriefData, Sourced } from './data';

const FONT = 'Noto Sans CJK SC';

/**
 * The brief's footnotes, one per reference: word processors number footnotes by reference, so two
 * references to one footnote would be numbered apart and point at the wrong text.
 */
class Notes {
  readonly texts: string[] = [];

  ref(source: string): FootnoteReferenceRun {
    this.texts.push(source);
    return new FootnoteReferenceRun(this.texts.length);
  }

  footnotes() {
    return Object.fromEntries(
      this.texts.map((text, i) => [
        i + 1,
        { children: [new Paragraph({ children: [new TextRun({ text, size: 16 })] })] },
      ]),
    );
  }
}

function cell(n: Notes, text: string, source?: string, bold = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold, size: 18 }), ...(source ? [n.ref(source)] : [])],
      }),
    ],
  });
}

/** A table: the header row repeats on each page; each row's footnote names its source. */
function table<T>(n: Notes, headers: string[], rows: Sourced<T>[], cells: (v: T) => string[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(n, h, undefined, true)) }),
      ...rows.map(
        (r) =>
          new TableRow({
            children: cells(r.value).map((text, i) => cell(n, text, i === 0 ? r.source : undefined)),
          }),
      ),
    ],
  });
}

const heading = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 } });
const plain = (n: Notes, text: string, source?: string) =>
  new Paragraph({
    children: [new TextRun({ text }), ...(source ? [n.ref(source)] : [])],
    spacing: { after: 80 },
  });

/** A chart: the SVG (vector) with its PNG copy, scaled to `width` px, and its caption with the source. */
function chart(n: Notes, c: ChartSvg, png: Buffer, source: string, width = 400): Paragraph[] {
  const height = Math.round((c.height * width) / c.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(c.svg),
          fallback: { type: 'png', data: png },
          transformation: { width, height },
          altText: { title: c.title, description: c.title, name: c.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: c.title, size: 18 }), n.ref(source)],
    }),
  ];
}

export async function briefDocx(data: BriefData, pngs: Buffer[]): Promise<Buffer> {
  const n = new Notes();
  const y = data.year;
  const keySource = data.key[1]?.source ?? '';
  const children = [
    new Paragraph({
      text: `${y}年度预算绩效分析简报`,
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: `范围：${data.scope || '全部'}（由绩效分析台根据入库报告生成）`, size: 18 }),
      ],
    }),
    heading('一、主要指标与上年对比'),
    table(n, ['指标', `${y - 1}年`, `${y}年`, '增减'], data.key, (v) => [v.label, v.before, v.now, v.change]),
    plain(n, data.sameBase, keySource),
    ...chart(n, data.charts[0]!, pngs[0]!, keySource),
    heading('二、预算执行率最低的单位'),
    table(
      n,
      [label('unit'), label('execution_rate'), label('budget'), label('executed')],
      data.lowest,
      (v) => [v.unit, v.rate, v.budget, v.executed],
    ),
    ...chart(n, data.charts[1]!, pngs[1]!, data.lowest[0]?.source ?? keySource),
    heading('三、三公经费'),
    table(n, [label('year'), label('sangong_total'), '上年', '同比增减'], data.sangongYears, (v) => [
      `${v.year}年`,
      v.total,
      v.prev,
      v.change,
    ]),
    ...chart(n, data.charts[2]!, pngs[2]!, data.sangongYears.at(-1)?.source ?? keySource),
    ...(data.risers.length
      ? [
          plain(n, '三公经费比上年上升的单位：'),
          table(n, [label('unit'), label('sangong_total'), '上年', '增加'], data.risers, (v) => [
            v.unit,
            v.total,
            v.prev,
            v.change,
          ]),
        ]
      : [plain(n, '本年度没有三公经费比上年上升的单位。')]),
    heading('四、自评可能偏高的单位'),
    ...(data.tooGood.length
      ? [
          plain(n, '自评分不低于高分线、而预算执行率低于阈值的单位：'),
          table(
            n,
            [label('unit'), field('overall.score').label.zh, label('grade'), label('execution_rate')],
            data.tooGood,
            (v) => [v.unit, v.score, v.grade, v.rate],
          ),
        ]
      : [plain(n, '本年度没有自评分高而执行率低的单位。')]),
    heading('五、数据核验与覆盖'),
    ...(data.findings.length
      ? [table(n, ['核验发现', '条数'], data.findings, (v) => [v.label, String(v.count)])]
      : [plain(n, '本年度数据核验没有发现问题。')]),
    plain(n, '报告覆盖：'),
    table(
      n,
      [label('year'), '报告单位年度', `填报${label('budget')}`, `填报${label('executed')}`],
      data.coverage,
      (v) => [`${v.year}年`, String(v.reported), `${v.budget}/${v.reported}`, `${v.executed}/${v.reported}`],
    ),
    plain(n, '脚注列出每个数字的来源文件；汇总数字可在绩效分析台或 /api/aggregate 以相同年度与范围复核。'),
  ];
  const footnotes = n.footnotes();
  const doc = new Document({
    creator: '绩效分析台',
    footnotes,
    title: `${y}年度预算绩效分析简报`,
    styles: {
      default: {
        document: { run: { font: { ascii: FONT, eastAsia: FONT, hAnsi: FONT }, size: 20 } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
