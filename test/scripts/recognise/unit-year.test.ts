// The unit and the budget year of a report.
import { describe, expect, it } from 'vitest';
import { countyOfName, recogniseUnit } from '../../../scripts/recognise/unit';
import { recogniseYear } from '../../../scripts/recognise/year';
import { recordOf } from './helpers';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, strong: i === 0 }));
/** The unit of a report with only a title. */
const unitOf = (title: string) => recogniseUnit({ lines: lines(title), full: title });

describe('recogniseUnit', () => {
  it('resolves a county with the gazetteer and keeps the department type', () => {
    const text = lines('石泉县卫生健康局2022年度部门整体支出绩效自评报告');
    expect(recogniseUnit({ lines: text, full: text[0]!.text })).toEqual({
      name: '石泉县卫生健康局',
      dept_type: '卫生健康局',
      province: '陕西省',
      city: '安康市',
      county: '石泉县',
      division_code: '610922',
    });
  });

  it('settles an ambiguous county name by the city in the name or the text', () => {
    const named = lines('深圳市龙华区教育局部门整体支出绩效自评报告');
    expect(recogniseUnit({ lines: named, full: named[0]!.text }).division_code).toBe('440309');
    const mentioned = lines(
      '龙华区教育局部门整体支出绩效自评报告',
      '按照海口市财政局的要求，海口市各部门开展自评。',
    );
    expect(
      recogniseUnit({ lines: mentioned, full: mentioned.map((l) => l.text).join('\n') }).division_code,
    ).toBe('460106');
  });

  it('names schools and hospitals, and a city bureau’s branch in full', () => {
    expect(unitOf('宁乡市第一高级中学2022年度部门整体支出绩效自评报告')).toMatchObject({
      name: '宁乡市第一高级中学',
      county: '宁乡市',
      division_code: '430182',
    });
    expect(unitOf('石泉县中医医院2022年度部门整体支出绩效自评报告').name).toBe('石泉县中医医院');
    expect(unitOf('长沙市生态环境局宁乡分局2022年度部门整体支出绩效自评报告')).toMatchObject({
      name: '长沙市生态环境局宁乡分局',
      city: '长沙市',
    });
  });

  it('keeps 共青团 and 中国共产党 in the names of their bodies', () => {
    expect(unitOf('共青团宁乡市委员会2022年度部门整体支出绩效自评报告')).toMatchObject({
      name: '共青团宁乡市委员会',
      dept_type: '共青团委员会',
      county: '宁乡市',
    });
    expect(unitOf('中国共产党宁乡市纪律检查委员会2022年度部门整体支出绩效自评报告')).toMatchObject({
      name: '中国共产党宁乡市纪律检查委员会',
      dept_type: '纪律检查委员会',
    });
  });

  it('does not take a document title that names two bodies for the unit', () => {
    const text = lines(
      '岳阳市云溪区人民政府办公室绩效自评',
      '《中共岳阳市云溪区委岳阳市云溪区人民政府关于做好考核工作的通知》',
    );
    expect(recogniseUnit({ lines: text, full: text.map((l) => l.text).join('\n') }).name).toBe(
      '岳阳市云溪区人民政府办公室',
    );
  });
});

describe('recogniseYear', () => {
  it('prefers the evaluated year over the signature date and comparisons', () => {
    expect(
      recogniseYear({
        lines: lines('2021年度部门整体支出绩效自评报告', '收入较2020年增加', '2022年5月19日'),
      }),
    ).toBe(2021);
    expect(
      recogniseYear({
        lines: lines(
          '部门绩效自评报告',
          '截至2020年12月31日，资产总计10万元',
          '2020年项目支出8万元',
          '2021年3月1日',
        ),
      }),
    ).toBe(2020);
  });

  it('takes a date to the month for the report’s, and goes back a year when nothing else is named', () => {
    expect(recogniseYear({ lines: lines('部门整体支出绩效评价报告', '报告时间: 2018 年7月') })).toBe(2017);
    expect(recogniseYear({ lines: lines('时间:2022-05-10 19:10:07', '绩效评价报告', '2018年7月2日') })).toBe(
      2017,
    );
    expect(recogniseYear({ lines: lines('2021年1-12月预算执行情况', '2022年3月') })).toBe(2021);
  });

  it('takes no year from a date where the template masks its years (20xx年)', () => {
    expect(
      recogniseYear({
        lines: lines('时间:2023-03-08 15:22:17', '对20xx年学校建设项目开展绩效自评', '20xx年x月x日'),
      }),
    ).toBeUndefined();
  });

  it('reads the year a title puts after 关于', () => {
    expect(recogniseYear({ lines: lines('某某县司法局', '关于2021年度转移支付资金绩效的自评报告') })).toBe(
      2021,
    );
  });

  it('ignores a plan period', () => {
    expect(recogniseYear({ lines: lines('2021-2023年中期财政规划', '2021年部门预算') })).toBe(2021);
  });
});

describe('recogniseUnit above the county level', () => {
  it('resolves a city’s own department to the city', () => {
    const text = lines('岳阳市财政局2021年度部门整体支出绩效自评报告');
    expect(recogniseUnit({ lines: text, full: text[0]!.text })).toEqual({
      name: '岳阳市财政局',
      dept_type: '财政局',
      province: '湖南省',
      city: '岳阳市',
      division_code: '430600',
    });
  });

  it('takes a 研究室 for a body, placed in its city', () => {
    expect(unitOf('三明市党史研究室2020年度部门整体支出绩效自评表')).toMatchObject({
      name: '三明市党史研究室',
      dept_type: '党史研究室',
      city: '三明市',
    });
  });

  it('names a street office after its government, and a body’s sub-unit named right before the year', () => {
    expect(unitOf('北京市丰台区人民政府某某街道办事处2020年度部门决算(草案)').name).toBe(
      '北京市丰台区人民政府某某街道办事处',
    );
    expect(unitOf('岳阳市财政局国库集中支付中心2021年度部门整体支出绩效自评报告').name).toBe(
      '岳阳市财政局国库集中支付中心',
    );
    expect(unitOf('岳阳县人民政府办公室2021年度部门决算').name).toBe('岳阳县人民政府办公室');
  });

  it('names a government’s liaison office in another city after the government', () => {
    expect(unitOf('吉安市人民政府驻厦门联络处2022年度单位决算').name).toBe('吉安市人民政府驻厦门联络处');
    // A league's government is its 行政公署; the city its office sits in is no place of the unit's.
    expect(unitOf('内蒙古自治区锡林郭勒盟行政公署驻呼和浩特市联络处2021年度决算公开报告').name).toBe(
      '内蒙古自治区锡林郭勒盟行政公署驻呼和浩特市联络处',
    );
  });

  it('takes a 供销合作社联合社 whole, and a federation’s short name for its full one', () => {
    expect(unitOf('永州市江永县供销合作社联合社2022年度部门整体支出绩效自评报告').name).toBe(
      '永州市江永县供销合作社联合社',
    );
    const rec = recordOf(
      [
        '2022年度永州市冷水滩区妇女联合会部门(单位)整体支出绩效自评报告',
        '单位名称(盖章):',
        '2022年度冷水滩区妇联',
        '部门整体支出绩效自评报告',
        '2022年全年预算数96.58万元,全年执行数94.12万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('永州市冷水滩区妇女联合会');
  });

  it('resolves a province’s department to the province', () => {
    const text = lines('湖南省教育厅2021年度部门整体支出绩效自评报告');
    expect(recogniseUnit({ lines: text, full: text[0]!.text })).toMatchObject({
      name: '湖南省教育厅',
      dept_type: '教育厅',
      province: '湖南省',
      division_code: '430000',
    });
  });
});

describe('text copied from a web page', () => {
  it('does not take the site’s operator in the footer for the report’s unit', () => {
    const rec = recordOf(
      [
        '大余县人民政府门户网站 当前位置：首页 > 信息公开 > 财政预决算',
        '大余县卫生健康委员会2021年度部门整体支出绩效自评报告',
        '在职人员30人。',
        '主办单位：大余县人民政府办公室 承办单位：大余县人民政府办公室 版权所有',
        '主办单位：大余县人民政府办公室 网站标识码3607230001',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('大余县卫生健康委员会');
  });
});

describe('unit names that trip a naive scan', () => {
  it('takes the longest county name and keeps 市 inside a department’s name', () => {
    const a = lines('平顶山市卫东区教育局2020年度部门整体支出绩效自评报告');
    expect(recogniseUnit({ lines: a, full: a[0]!.text })).toMatchObject({
      name: '平顶山市卫东区教育局',
      division_code: '410403',
    });
    const b = lines('喜德县市场监督管理局2019年度部门整体支出绩效自评表');
    expect(recogniseUnit({ lines: b, full: b[0]!.text })).toMatchObject({
      name: '喜德县市场监督管理局',
      dept_type: '市场监督管理局',
      city: '凉山彝族自治州',
    });
  });
});

describe('more ways of naming the year and the unit', () => {
  it('reads a year written in Chinese numerals', () => {
    expect(
      recogniseYear({ lines: lines('二〇二一年度部门整体支出绩效自评报告', '二〇二二年三月十日') }),
    ).toBe(2021);
  });

  it('keeps 中共 in the name of a party department', () => {
    const text = lines('中共大余县委宣传部2021年度部门整体支出绩效自评报告');
    expect(recogniseUnit({ lines: text, full: text[0]!.text })).toMatchObject({
      name: '中共大余县委宣传部',
      dept_type: '县委宣传部',
      county: '大余县',
    });
  });

  it('reads a one-character grade in a table', () => {
    const rec = recordOf(
      ['大余县教育局2021年度部门整体支出绩效自评报告', '自评得分\t92\t评价等级\t优'].join('\n'),
    );
    expect(rec.overall).toMatchObject({ score: '92', grade: '优秀' });
  });
});

describe('development zones placed by their county', () => {
  it('reads the county a zone is named by, or the district its brackets name', () => {
    expect(countyOfName('思南经济开发区管理委员会', '').county).toBe('思南县');
    expect(countyOfName('乌鲁木齐经济技术开发区(乌鲁木齐市头屯河区)教育局', '').county).toBe('头屯河区');
    // A city's zone is no county's.
    expect(countyOfName('贵阳经济技术开发区管理委员会', '').county).toBeUndefined();
  });
});

describe('round 48: places a sentence or a province prefix hides', () => {
  it('reads 会同 after a body’s name as the verb, not Hunan’s 会同县', () => {
    const rec = recordOf(
      [
        '发布机构: | 青阳县卫生健康委员会 |',
        '青阳县2021年度基本药物补助资金项目绩效自评报告',
        '县卫生健康委会同县财政局制定资金分配方案。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('青阳县卫生健康委员会');
  });

  it('places a province’s development zone in the county it is named by', () => {
    const unit = recogniseUnit({
      lines: [{ text: '浙江省玉环经济开发区管理委员会2020年度部门决算', strong: true }],
      full: '浙江省玉环经济开发区管理委员会2020年度部门决算',
    });
    expect([unit.county, unit.city]).toEqual(['玉环市', '台州市']);
  });
});

describe('round 50: titles and fields of web pages', () => {
  it('names the unit a title writes after its year, the county before it', () => {
    const rec = recordOf(['岳阳县2016年度水务局“三公”经费决算情况表', '单位:万元'].join('\n'));
    expect([rec.unit.name, rec.unit.county]).toEqual(['岳阳县水务局', '岳阳县']);
  });

  it('takes no 部门 for a unit where the title names only the province before the year', () => {
    const rec = recordOf(
      ['某某乡人民政府2021年度部门决算公开说明', '黑龙江省2021年度部门决算公开说明'].join('\n'),
    );
    expect(rec.unit.name).toBe('某某乡人民政府');
  });

  it('places a unit in a county whose name is longer than twelve characters, and takes a 完小 as a unit', () => {
    const rec = recordOf(
      [
        '项目支出绩效自评表',
        '(2022年度)',
        '项目名称 | 食堂改造项目',
        '主管部门 | 双江拉祜族佤族布朗族傣族自治县教育体育局 | 实施单位 | 双江拉祜族佤族布朗族傣族自治县某某镇中心完小',
        '总分 | 100 | 95',
      ].join('\n'),
    );
    expect([rec.unit.name, rec.unit.county]).toEqual([
      '双江拉祜族佤族布朗族傣族自治县某某镇中心完小',
      '双江拉祜族佤族布朗族傣族自治县',
    ]);
  });
});

describe('a town’s page on its county’s portal', () => {
  it('places the town in the county the footer names as the site’s host', () => {
    const rec = recordOf(
      [
        '迈陈镇人民政府2024年度绩效自评报告',
        '2024年度全镇预算执行率98.52%,自评得分95分。',
        '网站地图 | 联系我们',
        '主办:徐闻县人民政府办公室  承办:徐闻县政务服务数据管理局',
      ].join('\n'),
    );
    expect([rec.unit.name, rec.unit.county, rec.unit.city]).toEqual(['迈陈镇人民政府', '徐闻县', '湛江市']);
  });
});

describe('a city bureau’s page naming it by its level only', () => {
  it('takes the full name the portal’s footer gives its host', () => {
    const rec = recordOf(
      [
        '市水利和湖泊局2020年度项目支出绩效自评表',
        '项目名称 河湖巡查经费',
        '主管部门 市水利和湖泊局 实施单位 市水利和湖泊局',
        '总分 100 95',
        '主办:咸宁市水利和湖泊局  承办:局办公室',
      ].join('\n'),
    );
    expect([rec.unit.name, rec.unit.city]).toEqual(['咸宁市水利和湖泊局', '咸宁市']);
  });
});

describe('the year of a report over a period, or citing other years', () => {
  it('takes no year from a title over a period of years, nor from the publication date', () => {
    const rec = recordOf(
      [
        '某某县2020-2022年度高标准农田建设专项资金绩效评价报告',
        '来源:某某县财政局 发布时间:2023-11-24 10:18',
        '2020-2022年度共安排高标准农田建设资金18642.5万元。',
        '某某会计师事务所',
        '2023年11月20日',
      ].join('\n\n'),
    );
    expect(rec.year).toBeUndefined();
  });

  it('takes no year from a cited document’s title', () => {
    const rec = recordOf(
      [
        '某某县教育局绩效评价报告',
        '根据《某某县财政局关于开展2023年度重点绩效评价的通知》要求,对2022年度义务教育专项资金开展评价。',
      ].join('\n\n'),
    );
    expect(rec.year).toBe(2022);
  });

  it('takes the year a cited plan states where nothing else states one', () => {
    const rec = recordOf(
      [
        '某某镇富泾村灌溉渠系配套项目绩效自评报告',
        '生成日期 2023-12-14',
        '根据《某某区2023年度第二批财政衔接推进乡村振兴补助资金使用分配计划》,安排衔接资金240万元。',
        '某某区水务局',
        '2023年12月14日',
      ].join('\n\n'),
    );
    expect(rec.year).toBe(2023);
  });
});

describe('a title a cover or a site breaks up', () => {
  it('reads a cover title broken after its place as one title', () => {
    const rec = recordOf(
      [
        '2023年度漳州市龙文区',
        '农业农村局部门预算',
        '编制日期:2023年1月20日',
        '一、收支预算总体情况',
        '2023年度收入预算总计862.40万元,支出预算总计862.40万元。',
      ].join('\n'),
    );
    expect([rec.unit.name, rec.unit.county]).toEqual(['漳州市龙文区农业农村局', '龙文区']);
  });

  it('leaves a breadcrumb’s 首页 out of the unit its title names', () => {
    const rec = recordOf(
      [
        '首页 某某县城关镇中心小学2019年度学生营养改善计划补助资金项目绩效评价报告',
        '县财政局下达我校补助资金326000元,全年支出补助资金318000元,执行率97.55%。本项目自评得分94分。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县城关镇中心小学');
    expect(String(rec.overall.executed)).toBe('31.8');
  });
});
