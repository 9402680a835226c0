// The reporting unit as the document states it (unit-stated.ts), placed with the gazetteer (unit.ts).
import { describe, expect, it } from 'vitest';
import { recogniseUnit } from '../../../scripts/recognise/unit';
import { cleanUnitName, partyName, unitDefined, unitFromTitle } from '../../../scripts/recognise/unit-stated';
import { recordOf } from './helpers';

describe('the unit a document states', () => {
  it('takes a town, a school or a zone from the title, though no gazetteer lists it', () => {
    expect(unitFromTitle(['某某县东山镇人民政府2021年度部门整体支出绩效自评报告'])).toBe(
      '某某县东山镇人民政府',
    );
    expect(unitFromTitle(['2019年度某某县实验中学部门决算公开'])).toBe('某某县实验中学');
    // A 协 (科协, 政协) is a body too, named in an attachment's title line.
    expect(unitFromTitle(['附件:某某县科协2017年部门“三公”经费支出预算表'])).toBe('某某县科协');
    expect(unitFromTitle(['首页 > 财政信息', '某某经济开发区管理委员会2022年“三公”经费预算情况说明'])).toBe(
      '某某经济开发区管理委员会',
    );
    // A bureau's own accounts (本级) are the bureau's.
    expect(unitFromTitle(['2022年宽甸满族自治县教育局本级决算公开'])).toBe('宽甸满族自治县教育局');
    // A site's tag before the title.
    expect(unitFromTitle(['【决算公开】某某县人民检察院2022年度决算公开'])).toBe('某某县人民检察院');
    // A document site's title is the file's name.
    expect(unitFromTitle(['某某县园区管理委员会综合服务局2023年部门预算.pdf'])).toBe(
      '某某县园区管理委员会综合服务局',
    );
    // A line that is not a title names no unit ("2020年无政府性基金预算支出").
    expect(unitFromTitle(['2020年无政府性基金预算支出'])).toBeUndefined();
  });

  it('takes no title from a list of other documents after the report', () => {
    const rec = recordOf(
      [
        '卫生院整体支出绩效自评表.docx',
        '评价部门名称 | 某某县东山镇卫生院',
        '自评等级：良好',
        '相关文档',
        '某某县西山镇卫生院2021年度项目支出绩效自评表.docx',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县东山镇卫生院');
  });

  it("keeps a school named after its town's 中心 whole", () => {
    const rec = recordOf(
      [
        '2024年度单位决算情况说明',
        '安岳县石羊镇中心小学校是一所公办完全小学。2024年本年支出合计100.00万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('安岳县石羊镇中心小学校');
  });

  it('cleans a budget code, a seal note and a field label off the name', () => {
    expect(cleanUnitName('145003-灵川县水利局')).toBe('灵川县水利局');
    expect(cleanUnitName('实施单位（盖章）')).toBe('实施单位');
    expect(cleanUnitName('名称: 和县经济开发区管理委员会')).toBe('和县经济开发区管理委员会');
  });

  it('prefers a form’s implementing unit, placed in its county', () => {
    const rec = recordOf(
      [
        '项目名称：校舍维修',
        '主管部门：通山县教育局',
        '实施单位：通山县城区第三小学',
        '全年预算数：20万元',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '通山县城区第三小学', county: '通山县', province: '湖北省' });
  });

  it('finds a one-character county only as a place, never inside a word', () => {
    expect(
      recogniseUnit({ lines: [{ text: '加强饮水和县城建设管理局工作', strong: true }], full: '' }),
    ).toEqual({});
    expect(recogniseUnit({ lines: [{ text: '和县教育局', strong: true }], full: '' })).toMatchObject({
      county: '和县',
    });
  });
});

describe('a town named alone in its title', () => {
  it('is placed by the county written before it in the text', () => {
    const rec = recordOf(
      ['柏林镇2023年度“三公”经费决算情况', '现将潼南区柏林镇2023年度“三公”经费决算情况公布如下。'].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '潼南区柏林镇', county: '潼南区' });
  });
});

describe('a town a county’s portal publishes, named alone', () => {
  it('is placed in that county, the portal’s government written with its city before it', () => {
    const rec = recordOf(
      [
        '芜湖市繁昌区人民政府',
        '首页 > 基层政务公开 > 峨山镇 > 预决算',
        '峨山镇2023年“三公”经费决算',
        '峨山镇2023年“三公”经费决算数共计12.5万元,其中公务接待费4.5万元,公务用车运行维护费8万元。',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '繁昌区峨山镇', county: '繁昌区' });
  });
});

describe('a county’s department on the county’s portal', () => {
  it('is placed in that county, named 县… by the page or only by a letter-spaced publisher', () => {
    const a = recordOf(
      [
        '莘县人民政府',
        '2018年度城区供热管网改造项目支出绩效评价报告',
        '项目由县住房和城乡建设局负责组织实施。该项目年初预算412.80万元,实际支出391.23万元。',
      ].join('\n'),
    );
    expect(a.unit).toMatchObject({ name: '莘县住房和城乡建设局', county: '莘县' });
    const b = recordOf(
      [
        '昌图县人民政府',
        '2020年度义务教育薄弱环节改善项目支出绩效评价报告',
        '发布日期: 2021.05.19 索引号: 2112240012-0404-2021-0009',
        '发布机构: 教 育 局 文号:',
        '为改善农村义务教育学校基本办学条件,昌图县教育局统筹实施校舍改造。',
      ].join('\n'),
    );
    expect(b.unit).toMatchObject({ name: '昌图县教育局', county: '昌图县' });
  });
});

describe('a town government whose form names it short and in full', () => {
  it('takes the full name, placed by the county the title writes before the town', () => {
    const rec = recordOf(
      [
        '岑溪市某某镇2019年部门整体支出绩效自评表',
        '单位名称:某某镇政府 填报日期:2020.6.3',
        '单位名称 | 某某镇人民政府 |',
        '部门整体支出总额 | 786.3 | 100% | 20 |',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '岑溪市某某镇人民政府', county: '岑溪市' });
  });
});

describe('an essay site’s copy of a report', () => {
  it('takes the unit from the report’s own title, not the site’s blurb', () => {
    const rec = recordOf(
      [
        '范文大全网 > 工作报告',
        '镇政府部门整体支出绩效评价报告(全文)',
        '以下是本站为大家整理的镇政府部门整体支出绩效评价报告(全文),仅供参考。',
        '凤凰县某某镇人民政府部门整体支出',
        '绩效评价报告',
        '评价单位:凤凰县某某镇人民政府',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('凤凰县某某镇人民政府');
  });
});

describe('a finance bureau’s evaluation of a unit’s fund', () => {
  it('is the unit’s, named before its fund, and the fund is the project without it', () => {
    const rec = recordOf(
      [
        '为支持做好动物防疫工作,2021年度上级财政共下达我县动物防疫专项补助经费500.00万元。按照县财政局要求,我们对某某县动物疫病预防控制中心动物防疫专项经费进行了绩效评价,现将评价结果报告如下:',
        '一、项目绩效评价工作情况',
        '县财政局组成了绩效评价工作组。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县动物疫病预防控制中心');
    expect(rec.projects.map((p) => p.name)).toEqual(['动物防疫专项经费']);
  });
});

describe('a form whose project a business carries out', () => {
  it('is reported by the unit its other fields name, not the company or co-operative', () => {
    const rec = recordOf(
      [
        '2022年度项目支出绩效自评表',
        '单位名称:通山县农业农村局 填报日期:2023年4月10日',
        '项目名称',
        '通山县某某种植专业合作社大棚建设项目',
        '主管部门',
        '通山县农业农村局',
        '项目实施单位',
        '通山县某某种植专业合作社',
        '年度财政资金总额',
        '30',
        '30',
        '100%',
        '20',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('通山县农业农村局');
  });
});

describe('a title a metadata table labels', () => {
  it('is the title, though the text lists the units the accounts cover', () => {
    const rec = recordOf(
      [
        '发布机构: | 某某区财政局 | 生成日期: | 2022-08-24 |',
        '名称: | 重庆市沙坪坝区水利局2021年度部门决算情况说明 | ||||',
        '文号: | 主题词: |',
        '一、部门基本情况',
        '纳入本部门2021年度决算编制的预算单位包括2个单位:重庆市沙坪坝区水利(本级)、重庆市沙坪坝区河道管护中心。',
        '2021年度收入合计1,200.00万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('重庆市沙坪坝区水利局');
  });
});

describe('accounts whose only mention of their unit is a note under an empty table', () => {
  it('take the unit from the note, placed in the county whose portal publishes them', () => {
    const rec = recordOf(
      [
        '汾阳市人民政府',
        '首页 > 政务公开 > 财政资金 > 部门决算 > 乡镇',
        '目录',
        '第三部分 2021年度部门决算情况说明',
        '一、收入支出决算总体情况说明',
        '2021年度收入总计900.00万元。',
        '说明:某某庄乡人民政府没有使用政府性基金预算安排支出,故本表无数据。',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '汾阳市某某庄乡人民政府', county: '汾阳市' });
  });
});

describe('a page that names its unit only in its breadcrumb', () => {
  it('takes the body the portal files the page under, not a section of the site', () => {
    const rec = recordOf(
      [
        '您当前所在位置: 首页 > 乡(镇)信息公开目录 > 东山镇 > 财经信息 > 财政预决算',
        '关于2021年度村道硬化工程绩效评价报告',
        '一、项目基本情况',
        '项目总投资25万元,已全部拨付,完成率100%。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('东山镇');
  });
});

describe('a page that names its unit only as the publisher', () => {
  it("takes the publisher field, not the site's banner", () => {
    const rec = recordOf(
      [
        '荆门市人民政府门户网站 | 政府信息公开 | 财政信息',
        '发文单位: | 荆门市政务服务运行保障中心 | 发布日期: | 2022年10月26日 |',
        '项目支出绩效自评表 |',
        '(2021年度) |',
        '本年度全年预算168万元,执行数为151.2万元,完成预算的90.00%。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('荆门市政务服务运行保障中心');
  });
});

describe('a page that names its unit only as the supplier', () => {
  it('takes 来源 over the government that publishes for its units', () => {
    const rec = recordOf(
      [
        '发布机构: 某某县人民政府 主题分类: 财政',
        '名称: 2023年度绩效自评工作情况总结 文号:',
        '2023年度绩效自评工作情况总结',
        '发布时间:2024-10-11 09:30 来源:郎溪县档案馆 浏览次数:',
        '2023年全年预算数120.40万元,执行数117.63万元,执行率97.70%。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('郎溪县档案馆');
    expect(rec.year).toBe(2023);
  });

  it('reads a 工作情况总结 as a title naming its unit', () => {
    expect(unitFromTitle(['某某经济开发区管理委员会2022年绩效自评工作情况总结'])).toBe(
      '某某经济开发区管理委员会',
    );
  });
});

describe('a page whose unit only its opening names', () => {
  it('takes the name a first sentence opens with before its year, or the one 现将…公布如下 announces', () => {
    const opening = recordOf(
      '某某镇2020年“三公”经费决算数共计35.5万元,比上年决算数字下降34.26%;其中公务接待费15.5万元,公务用车运行维护费20万元。',
    );
    expect(opening.unit.name).toBe('某某镇');
    expect(opening.sangong).toMatchObject({ total: '35.5', reception: '15.5' });
    const announced = recordOf(
      [
        '按照《预算法》有关要求,现将涪陵区新妙镇2021年度“三公”经费决算情况公布如下:',
        '经汇总,2021年度全镇“三公”经费支出合计40.14万元。',
      ].join('\n'),
    );
    expect(announced.unit.name).toBe('涪陵区新妙镇');
  });
});

describe("a party organ's name", () => {
  it('is the full name the text writes with 中共, where the title gives it short', () => {
    const text = '……中共宣城市宣州区直属机关工作委员会根据区财政局要求……';
    expect(partyName('宣州区直属机关工作委员会', text)).toBe('中共宣城市宣州区直属机关工作委员会');
    expect(partyName('宣州区财政局', text)).toBe('宣州区财政局');
  });
});

describe('an aggregate', () => {
  it('is neither a department nor the bureau that published it', () => {
    const rec = recordOf(
      [
        '祁东县财政局',
        '祁东县2021年度全县“三公”经费决算情况说明',
        '2021年全县“三公”经费支出1,250.30万元。',
        '发布单位：祁东县财政局',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({
      name: '祁东县全县',
      dept_type: '汇总',
      county: '祁东县',
      division_code: '430426',
    });
  });

  it('is a county’s own level (县本级) in its finance bureau’s 三公 budget, named after the county', () => {
    const rec = recordOf(
      [
        '祁东县2019年县本级“三公”经费预算情况说明',
        '时间:2019-03-02 来源:县财政局',
        '2019年,县本级一般公共预算安排的“三公”经费预算为412.5万元。',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '祁东县本级', dept_type: '汇总', county: '祁东县' });
    expect(rec.sangong.budget).toBe('412.5');
  });

  it("is not a town's own 镇本级 budget, nor a county's 县级 special fund", () => {
    const town = recordOf(
      ['安岳县石羊镇人民政府2020年度部门整体支出绩效自评报告', '本镇预算为镇本级一个预算单位。'].join('\n'),
    );
    expect(town.unit.dept_type).not.toBe('汇总');
    const fund = recordOf(
      ['2020年度县级专项资金绩效目标自评表', '实施单位：安岳县应急物资储备中心'].join('\n'),
    );
    expect(fund.unit.dept_type).not.toBe('汇总');
  });
});

describe('short and long names of one unit', () => {
  it('reads the title’s name up to its fund, its 部门, or the body it abbreviates', () => {
    expect(unitFromTitle(['青松区残联中央转移支付2023年度绩效自评报告（残疾人事业发展补助资金）'])).toBe(
      '青松区残联',
    );
    expect(unitFromTitle(['2019年度某某县卫生部门“三公”经费决算情况说明'])).toBe('某某县卫生部门');
    expect(unitFromTitle(['东湖街道办事处部门2021年度部门决算'])).toBe('东湖街道办事处');
    expect(unitFromTitle(['2019 年度部门决算'.replace(/\s/g, '')])).toBeUndefined();
  });

  it('takes the name in full where a later title writes out the headline’s short one', () => {
    const rec = recordOf(
      [
        '2022年度青川经开区管委会部门决算',
        '文章来源: 青川经开区',
        '2022年度青川县经济技术开发区管理委员会部门决算',
        '目录',
        '第一部分 部门概况',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('青川县经济技术开发区管理委员会');
  });

  it('reads a name without a file’s path before it or the 关于 of a heading', () => {
    expect(cleanUnitName('/某某县中医医院')).toBe('某某县中医医院');
    expect(cleanUnitName('十、关于某某县湿地保护管理所')).toBe('某某县湿地保护管理所');
  });

  it('keeps 校 after 小学 and takes 人大常委会 whole', () => {
    const a = recordOf(['目录', '仁寿县青石镇小学校是一所公办小学校。', '在职教职工48人。'].join('\n'));
    expect(a.unit.name).toBe('仁寿县青石镇小学校');
    const b = recordOf(
      ['区人大2017年决算公开', '柳州市鱼峰区人大常委会', '2017年部门决算', '在职人员12人。'].join('\n'),
    );
    expect(b.unit.name).toBe('柳州市鱼峰区人大常委会');
  });

  it('does not take the issuer of a document the text cites', () => {
    const rec = recordOf(
      [
        '2023年度残疾人康复项目绩效自评报告',
        '项目资金29.6万元，执行数29.6万元，执行率100%。',
        '严格按照《中共芜湖市委办公室关于全面实施预算绩效管理的通知》开展绩效管理。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBeUndefined();
  });

  it('takes the file name a document-sharing site quotes for the title', () => {
    const rec = recordOf(
      [
        '《草桥街道2018年环卫项目绩效自评报告.doc》由会员分享，可在线阅读|更多相关|工程图纸下载|设计图分享',
        '一、项目概况 辖区清扫保洁由某某区政府采购中心组织公开招标。项目预算560万元，实际支出540万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('草桥街道');
  });

  it('writes a party department and a town in full where the text does', () => {
    expect(partyName('南县组织部', '中共南县县委组织部2020年度部门整体支出绩效评价报告')).toBe(
      '中共南县县委组织部',
    );
    const rec = recordOf(
      [
        '瓦窑乡2017年“三公”经费决算支出情况说明',
        '发文机构',
        '隆阳区瓦窑乡人民政府',
        '按2016年同口径数据对比，2017年全乡“三公”经费支出51.58万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('隆阳区瓦窑乡人民政府');
    expect(rec.year).toBe(2017);
  });
});

describe('a title that names only its place', () => {
  it('takes the department of that place that supplied the page', () => {
    const rec = recordOf(
      [
        '当前位置:首页>公告公示',
        '日期:2024-06-05 11:24来源:临河区农牧和科技局',
        '临河区2023年耕地地力保护补贴项目支出绩效自评报告',
        '2023年下达我区耕地地力保护补贴资金9765万元，发放资金9765万元。',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '临河区农牧和科技局', county: '临河区' });
  });
});

describe('a unit of an autonomous prefecture written short', () => {
  it('is placed in its prefecture', () => {
    const rec = recordOf(
      ['红河州司法局认真贯彻实施法律援助法。', '2024年法律援助专项经费支出68.41万元，执行率100%。'].join(
        '\n',
      ),
    );
    expect(rec.unit).toMatchObject({ name: '红河州司法局', city: '红河哈尼族彝族自治州' });
  });
});

describe('a province before a county unit', () => {
  it('is dropped where the text also names the unit without it; a municipality stays', () => {
    const a = recordOf(
      [
        '2021年度甘肃省靖远县人民检察院部门决算公开说明',
        '靖远县人民检察院内设机构5个。',
        '本年支出合计1000万元。',
      ].join('\n'),
    );
    expect(a.unit.name).toBe('靖远县人民检察院');
    const b = recordOf(
      ['2021年度甘肃省靖远县人民检察院部门决算公开说明', '本年支出合计1000万元。'].join('\n'),
    );
    expect(b.unit.name).toBe('甘肃省靖远县人民检察院');
    const c = recordOf(
      [
        '天津市宝坻区新开口镇人民政府2021年度部门整体支出绩效自评表',
        '宝坻区新开口镇人民政府',
        '全年预算数100万元。',
      ].join('\n'),
    );
    expect(c.unit.name).toBe('天津市宝坻区新开口镇人民政府');
  });
});

describe('a title naming its unit without a place', () => {
  it('takes the same unit with its place from the page’s publisher', () => {
    const rec = recordOf(
      [
        '索引号: 431102009/2022-00132 发文日期: 2022-04-07 发布机构: 零陵区林业局',
        '2021年林业局部门整体支出绩效自评表',
        '全年预算数4753.66万元，全年执行数3824.26万元。',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '零陵区林业局', county: '零陵区' });
  });

  it('takes a town’s government from its supplier, the field after it run in once spaces are gone', () => {
    const rec = recordOf(
      [
        '仁和区东岭镇2021年度部门预算项目支出绩效自评报告',
        '来源:攀枝花市仁和区东岭镇人民政府     发布时间:2022-05-19     阅读次数: 0',
        '已兑现困难群众临时救助资金12,600元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('攀枝花市仁和区东岭镇人民政府');
  });
});

describe('a contents page of a unit’s accounts', () => {
  it('is kept as that unit’s accounts for the year, though it states no figure', () => {
    const rec = recordOf(
      [
        '某某县许州镇小学校2022年单位决算编制说明',
        '目录',
        '第一部分单位概况....1',
        '第二部分 2022年度单位决算情况说明....2',
      ].join('\n'),
    );
    expect(rec.report_kinds).toContain('final_accounts');
    expect(rec).toMatchObject({ unit: { name: '某某县许州镇小学校' }, year: 2022 });
  });

  it('names a county’s unit without the province the title puts before it, and keeps a city’s whole', () => {
    const county = recordOf(
      ['广西壮族自治区上思县人民法院2019年度部门决算', '第一部分:上思县人民法院概况'].join('\n'),
    );
    expect(county.unit).toMatchObject({ name: '上思县人民法院', county: '上思县' });
    const city = recordOf(
      ['广西壮族自治区防城港市中级人民法院2019年度部门决算', '第一部分:防城港市中级人民法院概况'].join('\n'),
    );
    expect(city.unit).toMatchObject({ name: '广西壮族自治区防城港市中级人民法院', city: '防城港市' });
  });
});

describe('a unit written short in the text', () => {
  it('takes the full name the metadata table’s publisher writes', () => {
    const rec = recordOf(
      [
        '索引号 | 01526035-8/20250418-00001 | 发布机构 | 腾冲市林业和草原局 |',
        '一、自评结论',
        '整体而言，腾冲市林草局2024年支出绩效完成情况自评分97分，综合评价等级为“优”。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('腾冲市林业和草原局');
    expect(rec.overall.score).toBe('97');
  });
});

describe('site words inside the report’s prose', () => {
  it('do not hide a long paragraph from the unit’s and year’s readers', () => {
    const rec = recordOf(
      `2019年度部门整体支出绩效自评报告衡山县妇幼保健计划生育服务中心(盖章)为进一步规范财政资金管理，现将评价情况报告如下：我中心共有在职职工184人，退休人员22人。${'主要职责是承担辖区内妇幼保健技术人员的培训和技术支持工作，负责开展服务质量的检查与评价。'.repeat(4)}`,
    );
    expect(rec).toMatchObject({ unit: { name: '衡山县妇幼保健计划生育服务中心' }, year: 2019 });
  });
});

describe('a branch of a body', () => {
  it('is a unit of its own', () => {
    const rec = recordOf(['北京市人民检察院第四分院2020年度部门决算', '本年支出合计1000万元。'].join('\n'));
    expect(rec.unit.name).toBe('北京市人民检察院第四分院');
  });
});

describe('a unit named where no one-line title names it', () => {
  it('reads a title wrapped before its year, and not one joined to a title of its own', () => {
    expect(
      unitFromTitle(['某某市某某区人民政府东园街道办事处(本级)', '2024年度部门决算(公开)', '目 录']),
    ).toBe('某某市某某区人民政府东园街道办事处');
    // The second line names its unit itself: the first is the site's, not part of the title.
    expect(unitFromTitle(['县级农技推广中心', '2023年度某某县第二人民医院单位决算'])).toBe(
      '某某县第二人民医院',
    );
  });

  it('drops a part heading before the title', () => {
    expect(unitFromTitle(['第二部分 某某市某某区科学技术委员会2019年度决算表'])).toBe(
      '某某市某某区科学技术委员会',
    );
  });

  it('takes the unit the overview defines, never 本单位', () => {
    expect(
      unitDefined([
        '一、基本情况',
        '(一)职能职责',
        '某某新区高新技术产业园管理委员会为市政府派出机构,主要职责是:',
      ]),
    ).toBe('某某新区高新技术产业园管理委员会');
    expect(unitDefined(['本单位是县政府工作部门,主要职责是:'])).toBeUndefined();
    // Run on from its heading, as merged paragraphs give it.
    expect(unitDefined(['二、部门决算单位机构设置 某某县水利局为县政府工作部门,内设3个股室。'])).toBe(
      '某某县水利局',
    );
  });

  it('prefers the title to the 主管部门 of a form whose 实施单位 was not read', () => {
    const rec = recordOf(
      [
        '某某市某某区文化馆2023年度项目自评价.pdf',
        '项目名称 | 群众文艺团队培育经费',
        '主管部门 | 某某市某某区文化和旅游局',
        '项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率',
        '年度资金总额 | 18 | 18 | 15.12 | 84%',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某市某某区文化馆');
  });
});

describe('a unit named only in the page’s metadata or a yearless title', () => {
  it('reads a letter-spaced publisher', () => {
    const rec = recordOf(
      [
        '2019年度老城区二次供水设施改造工程项目支出绩效评价报告',
        '发布日期: 2020.05.18 索引号: 00051321-0-0404-2020-0517',
        '发布机构: 水 务 局 文号:',
        '1、项目预算安排情况。项目预算安排总额86.43万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('水务局');
  });

  it('takes the placed unit before the fund a yearless title names, not a town’s word in it', () => {
    expect(unitFromTitle(['隆回县人居环境指挥部乡村振兴项目资金', '绩效评价报告'])).toBe(
      '隆回县人居环境指挥部',
    );
    // A project's name that ends like a unit is no unit.
    expect(unitFromTitle(['某某市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告'])).toBeUndefined();
  });
});

describe('the unit a report is signed by', () => {
  it('is the name before the closing date, over the breadcrumb’s county government', () => {
    const rec = recordOf(
      [
        '某某县人民政府 > 信息公开 > 乡镇信息公开 > 石鼓镇 > 财政预决算',
        '支出绩效自评报告',
        '一、项目概况',
        '我镇2022年申报征缴工作经费8.5万元,批复8.5万元。',
        '蓬溪县石鼓镇人民政府',
        '2023年4月12日',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('蓬溪县石鼓镇人民政府');
  });
});

describe('a 街道 a title names short', () => {
  it('is its 街道办事处 as the text writes it, the street’s own 街 kept', () => {
    const rec = recordOf(
      [
        '草桥街道2018年环卫工作项目绩效自评报告',
        '一、项目概况',
        '草桥街街道办事处辖区面积2.05平方公里,下辖社区居委会5个。',
        '项目预算560万元,实际支出548.2万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('草桥街街道办事处');
  });
});

describe('a field a report states in prose', () => {
  it('reads 主管部门为X, its role in brackets dropped, and never takes the label for a unit', () => {
    const rec = recordOf(
      [
        '某某市财政支出项目绩效自评报告(产业园配套路网项目)',
        '一、项目概况',
        '2.资金:2022年产业园配套路网项目预算经费为3483万元,2022年支付3483万元。',
        '主管部门为某某国家高新区管委会(行政主管部门)',
        '项目业主为某某国家高新区管委会',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某国家高新区管委会');
  });
});

describe('a township whose title has no year and no county', () => {
  it('is placed by the county the text writes before its name', () => {
    const rec = recordOf(
      [
        '附件3',
        '石岭乡部门整体支出绩效自评报告',
        '(2023年度)',
        '一、部门(单位)基本情况',
        '部门组织架构:纳入楚雄州大姚县石岭乡2023年度部门决算编报的单位共7个。',
        '(1)石岭乡人民政府',
        '2023年全年预算数1,320.50万元,全年执行数1,298.75万元,预算执行率98.35%。',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '大姚县石岭乡人民政府', county: '大姚县' });
  });
});

describe('a town’s institution named short in the title', () => {
  it('is the name the text writes in full, with its 镇 and 中心', () => {
    const rec = recordOf(
      [
        '东山卫生院2021年度部门决算公开说明',
        '(二)机构设置情况',
        '东山镇中心卫生院现有职工27人,其中在编人员18人。',
        '2021年度,本年收入合计457.82万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('东山镇中心卫生院');
  });
});

describe('a cover page’s 部门(单位)全称', () => {
  it('names the unit, a party school placed by the county after its 中共', () => {
    const rec = recordOf(
      [
        '部门整体支出绩效评价报告',
        '部门(单位)全称:中共兴隆县委党校 (公章)',
        '评价年度:2023年度',
        '承德市财政局制',
        '一、部门概况',
        '2023年全年预算数412.30万元,全年执行数405.17万元。',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '中共兴隆县委党校', county: '兴隆县' });
  });
});

describe('a firm’s evaluation of a project', () => {
  it('is about the unit its prose says carries the project out, not the bureau it is addressed to', () => {
    const rec = recordOf(
      [
        '绩效评价报告(某某县城关片区老旧小区改造项目).doc',
        '2021 年度新增债券资金项目----某某县城关片区老旧小区改造项目绩效评价报告 凤台县财政局: 根据《凤台县财政局关于开展绩效评价工作的通知》要求,我所对该项目进行了绩效评价。',
        '(一)项目概况 某某县城关片区老旧小区改造项目由凤台县住房和城乡建设局组织实施,改造小区 23 个。',
        '2021 年度该项目新增专项债券资金预算 2,800.00 万元,债券资金实际支出 2,614.70 万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('凤台县住房和城乡建设局');
  });
});

describe('a zone’s unit whose file name lost the zone’s own name', () => {
  it('is the name the text writes with it', () => {
    const rec = recordOf(
      [
        '示范区城市管理执法局2020年度部门决算公开文字说明.pdf',
        '东湖示范区城市管理执法局 2020 年部门决算 目录 第一部分 部门概况',
        '2020年度本年收入合计1,204.50万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('东湖示范区城市管理执法局');
  });
});

describe('a community health centre', () => {
  it('is not cut at the 社 of 社区', () => {
    expect(
      recogniseUnit({
        lines: [{ text: '北京市平谷区峪口镇社区卫生服务中心于2022年6月获批设备购置资金', strong: true }],
        full: '',
      }).name,
    ).toBe('北京市平谷区峪口镇社区卫生服务中心');
  });
});

describe('a unit named in a sentence that goes on', () => {
  it('ends at the clause', () => {
    const rec = recordOf(
      [
        '某某区实验学校新建工程2021年度专项债券资金绩效自评报告',
        '项目单位为嘉兴市秀洲区教育局,代建单位为区城市建设发展中心。',
        '2021年安排专项债券资金6000万元,已支付5,412.36万元,支付进度90.21%。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('嘉兴市秀洲区教育局');
    expect(rec.projects).toMatchObject([{ budget: '6000', executed: '5412.36', execution_rate: '90.21' }]);
  });
});

describe('a short name the text writes in full once', () => {
  it('is the placed unit it was cut from', () => {
    const rec = recordOf(
      [
        '第二部分 县中医院2019年度部门决算表',
        '三、部门决算单位构成',
        '从决算单位构成看，县中医院部门决算只包括本级决算。',
        '序号 | 单位名称 |',
        '1 | 桃江县中医医院 |',
      ].join('\n'),
    );
    expect(rec.unit).toMatchObject({ name: '桃江县中医医院', county: '桃江县' });
  });

  it('drops a template’s placeholder before the name', () => {
    expect(cleanUnitName('XX部门某某县实验小学')).toBe('某某县实验小学');
  });
});

describe('a workers’ palace its parent body publishes', () => {
  it('takes the unit its title names, not the 来源 that posted it, and reads the year’s own income', () => {
    const rec = recordOf(
      [
        '某某市工人文化宫2021年度单位决算',
        '来源: 某某市总工会  |   发布日期: 2022-08-11',
        '总收入612.95万元,其中本年收入588.40万元,较2020年决算减少26.15万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某市工人文化宫');
    expect(rec.finance.income_total).toBe('588.4');
  });
});

describe('a street office its portal’s metadata places', () => {
  it('takes the district the 发布机构 writes before the street', () => {
    const rec = recordOf(
      [
        '索引号: | m305117-0601-2022-0006 | 主题分类: | 综合政务 |',
        '发布机构: | 东湖区柳岸街道 | 生成日期: | 2022-11-16 15:37 |',
        '柳岸街道办事处部门2021年度部门决算',
        '2021年度本年收入合计1,210.50万元。',
      ].join('\n'),
    );
    expect([rec.unit.name, rec.unit.county]).toEqual(['东湖区柳岸街道办事处', '东湖区']);
  });
});

describe('a firm’s letter introducing the unit by its long name', () => {
  it('takes the long name, not the short one the letter goes on with', () => {
    expect(
      unitDefined([
        '某某市财政局:',
        '受贵局委托,我们对某某县人民检察院(以下简称:“某某县检察院”)2022年度整体支出实施了绩效评价。',
      ]),
    ).toBe('某某县人民检察院');
  });
});

describe('a 决算 with no title, its unit named in full only where its accounts’ make-up is told', () => {
  it('takes the one unit the accounts are made of', () => {
    const rec = recordOf(
      [
        '目 录',
        '第一部分 部门概况',
        '二、部门决算单位构成',
        '从预算单位构成看,纳入本部门2019年部门决算编制范围的单位共1个,为某某县文化旅游局本级(行政单位)。',
        '2019年度收、支总计120.5万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县文化旅游局');
  });

  it('does not take a sentence on what a summary covers for a county-wide summary', () => {
    const rec = recordOf(
      [
        '(二)决算单位构成',
        '蒙山县农业农村局2024年度部门决算汇总范围包括局机关本级',
        '和所属2个二层单位。',
        '2024年度收、支总计4862.15万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('蒙山县农业农村局');
  });
});

describe('a cover whose fields name a section of the unit', () => {
  it('takes the body the 部门名称 field names, not its section, and the project without the kind 支出', () => {
    const rec = recordOf(
      [
        '某某县卫生健康局2023年基本公共卫生服务补助资金项目支出绩效自评报告',
        '部门名称(公章):某某县卫生健康局',
        '项目单位:某某县卫生健康局基层卫生健康科',
        '项目名称: 2023年基本公共卫生服务补助资金项目支出',
        '绩效自评报告',
        '项目全年预算数为100万元,执行数为95万元,执行率95%,自评得分92分。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县卫生健康局');
    expect(rec.projects.map((p) => p.name)).toEqual(['2023年基本公共卫生服务补助资金项目']);
  });
});

describe('a title naming no body', () => {
  it('a sector’s departments together: the unit the text defines', () => {
    const rec = recordOf(
      [
        '2022年度水利部门决算公开(汇总)',
        '第一部分 水利部门概况',
        '二、部门决算单位机构设置 某某县水利局为县政府工作部门,纳入汇总范围的单位共3个。',
        '本年收入合计812.40万元,本年支出合计798.10万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('某某县水利局');
  });

  it('only a place: the unit that signs after the last sentence', () => {
    const rec = recordOf(
      [
        '武清区2021年动物防疫补助资金支出绩效评价报告',
        '该项资金预算62万元,实际支出60.2万元,执行率97%。评价得分92分,等级为优。武清区农业农村委员会 2022年3月',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('武清区农业农村委员会');
  });
});

describe('a title labelled with a bullet, and 和 after a citation', () => {
  it('reads the title after "• 标 题:" and takes 和县 after a closing bracket for "and the county’s"', () => {
    const rec = recordOf(
      [
        '  • 标    题: 琼海市某某卫生院2023年度单位决算公开报告',
        '琼海市某某卫生院2023年度单位决算公开报告',
        '本年收入合计512.30万元,本年支出合计498.70万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('琼海市某某卫生院');
    const cited = recordOf(
      [
        '2019年学生营养改善项目绩效评价报告',
        '按照省财政厅《关于开展预算绩效管理工作的通知》(琼财绩〔2020〕101号)和县教育局《关于做好项目绩效自评工作的通知》的部署,屯昌县某某中学成立自评小组。',
        '项目批复资金80万已全部到位。全年实际支出76万元,资金使用率95%。',
      ].join('\n'),
    );
    expect(cited.unit.name).not.toBe('和县教育局');
    expect(cited.overall.budget?.toString()).toBe('80');
  });
});

describe('a unit the title names short after its county', () => {
  it('is the one the text names in full in the same county', () => {
    const rec = recordOf(
      [
        '孝南区卫健局(汇总)2022年部门决算公开',
        '第一部分:孝南区区卫健局概况',
        '一、主要职能 孝感市孝南区卫生健康局负责全区卫生健康工作。',
        '本年收入合计1,204.50万元,本年支出合计1,188.20万元。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('孝感市孝南区卫生健康局');
  });
});

describe('a kind of body named short with no place', () => {
  it('is the publisher the page names in full', () => {
    const rec = recordOf(
      [
        '索引号: 431127012/2023-00311 发文日期: 2023-04-18 发布机构: 宁远县卫生健康局',
        '2022年卫健局部门整体支出绩效自评表',
        '2023-04-18 09:12 来源: 宁远县卫生健康局 发布机构: 宁远县卫生健康局',
        '部门整体支出绩效自评表',
        '全年预算数 3,120.50 全年执行数 3,006.42 执行率 96.34%',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('宁远县卫生健康局');
  });
});

describe('a unit whose place a site masked', () => {
  it('keeps the mask before the division ("XX区实验幼儿园")', () => {
    expect(recordOf('XX区实验幼儿园2017年度部门决算\n本年收入合计318.60万元。').unit.name).toBe(
      'XX区实验幼儿园',
    );
  });
});

describe('a unit its title names short', () => {
  it('takes the full name the text introduces the short one for', () => {
    const unit = recordOf(
      [
        '2019年度农工党某某市委决算公开',
        '一、主要职能',
        '中国农工民主党某某市委员会(简称农工党某某市委)是以医药卫生界高中级知识分子为主的参政党。',
        '二、收入决算情况',
        '2019年度本年收入合计120.50万元。',
      ].join('\n'),
    ).unit;
    expect(unit.name).toBe('中国农工民主党某某市委员会');
  });

  it('takes the full name the overview writes out, its characters those of the short one in order', () => {
    const unit = recordOf(
      [
        '石门卫生院2021年度部门决算公开说明',
        '一、石门卫生院单位基本概况',
        '(一)机构设置情况',
        '石门土家族乡中心卫生院现有在职职工28人,辖6个村卫生室。',
        '(二)收入决算情况。2021年度,收入总计为350.20万元。',
      ].join('\n'),
    ).unit;
    expect(unit.name).toBe('石门土家族乡中心卫生院');
  });
});

describe('a district whose name ends as a body does (新会区: 会)', () => {
  it('is the place of the unit, not a body of the city before it', () => {
    const unit = recordOf(
      [
        '江门市新会区文化广电旅游体育局2022年度部门整体支出绩效自评报告',
        '主管部门:江门市新会区文化广电旅游体育局',
        '2022年度部门预算资金总额365.20万元。',
      ].join('\n'),
    ).unit;
    expect(unit).toMatchObject({
      name: '江门市新会区文化广电旅游体育局',
      county: '新会区',
      division_code: '440705',
    });
  });
});

describe('a county unit whose headings all write its province', () => {
  it('keeps the province where only the page’s source line writes the name without it', () => {
    const lines = [
      '辽宁省铁岭市昌图县科学技术协会2022年度部门决算公开',
      '点击量: 来源:昌图县科学技术协会 时间:2023-08-29',
      '第一部分 辽宁省铁岭市昌图县科学技术协会概况',
      '2022年度收入总计210.40万元。',
    ];
    expect(recordOf(lines.join('\n')).unit.name).toBe('辽宁省铁岭市昌图县科学技术协会');
    const prose = [...lines, '铁岭市昌图县科学技术协会内设办公室、学会部两个科室。'];
    expect(recordOf(prose.join('\n')).unit.name).toBe('铁岭市昌图县科学技术协会');
  });
});

describe('units a reader still finds where titles fail', () => {
  it('takes a 决算 whose headings lost the name for the one unit its composition sentence names', () => {
    const rec = recordOf(
      [
        '2022年度',
        '某某娱乐城线路决算',
        '一、部门职责',
        '某某娱乐城线路是一所省属全日制普通本科院校。',
        '二、机构设置',
        '纳入2022年度部门决算编制范围的单位只有平原文理学院本部,无下属独立核算单位。',
        '三、收入支出决算总体情况说明',
        '2022年度收、支总计1,530.97万元。',
      ].join('\n\n'),
    );
    expect(rec.unit.name).toBe('平原文理学院');
  });

  it('places a college a city names by its short name', () => {
    const rec = recordOf(
      ['湖州海风职业技术学院2023年度部门决算', '2023年度收、支总计1,530.97万元。'].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ name: '湖州海风职业技术学院', province: '浙江省', city: '湖州市' });
  });

  it('takes a county named alone over its 三公 accounts for the county’s total, not the bureau that compiled it', () => {
    const rec = recordOf(
      [
        '弥勒市2016年度“三公”经费决算支出情况说明',
        '经弥勒市财政局汇总,弥勒市2016年“三公”经费决算支出包含本级行政单位、事业单位和12个乡镇,具体情况如下:',
        '2016年弥勒市“三公”经费决算支出数为1,288.06万元。',
      ].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ name: '弥勒市', county: '弥勒市', dept_type: '汇总' });
  });
});

describe('units placed and compiled', () => {
  it('takes a zone whose finance bureau compiled its units’ 三公 for the zone’s total, placed by its city', () => {
    const rec = recordOf(
      [
        '根据中央和自治区关于推进政府预算信息公开的决策部署,经玉林某某产业园区财政局汇总本级行政单位、事业单位使用一般公共预算拨款安排的“三公”经费2020年预算执行情况如下:',
        '2020年度一般公共预算财政拨款安排的“三公”经费决算支出24万元。',
      ].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ name: '玉林某某产业园区', city: '玉林市', dept_type: '汇总' });
  });

  it('places a unit its name does not place where the text says it stands', () => {
    const rec = recordOf(
      [
        '青海某某师范学院附属小学2015年度部门决算公开',
        '学校坐落在青海省海西蒙古族藏族自治州德令哈市长江路,现有教学班12个。',
        '2015年度本年支出合计686.60万元。',
      ].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ province: '青海省', city: '海西蒙古族藏族自治州', county: '德令哈市' });
  });

  it('does not place a unit where a project of it stands', () => {
    const rec = recordOf(
      [
        '青海某某师范学院附属小学2015年度部门决算公开',
        '新校区建设项目位于青海省西宁市城北区,2015年完成投资120万元。',
        '2015年度本年支出合计686.60万元。',
      ].join('\n\n'),
    );
    expect(rec.unit.city).toBeUndefined();
  });
});

describe('a unit named short in the title and in full in the text', () => {
  it('takes the full name though the title puts the province before the short one', () => {
    const rec = recordOf(
      [
        '2021年度甘肃省清水县法院部门决算',
        '第一部分 部门概况',
        '清水县人民法院是国家审判机关,对县人民代表大会及其常务委员会负责并报告工作。',
        '2021年度收、支总计3,120.45万元。',
      ].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ name: '清水县人民法院', county: '清水县' });
  });

  it('does not take a clause that ends in the short name for its full form', () => {
    const rec = recordOf(
      [
        '修水县教育局2021年度项目支出绩效自评报告',
        '修水县学校建设项目由县教育局组织实施,2021年完成投资1,200万元。',
      ].join('\n\n'),
    );
    expect(rec.unit.name).toBe('修水县教育局');
  });

  it('places a unit whose name opens with a municipality in it', () => {
    const rec = recordOf(
      [
        '重庆市某某经济技术开发区市政园林管理所 2021年度项目资金绩效自评报告',
        '我所2021年度项目资金绩效自评得分93分。',
      ].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ name: '重庆市某某经济技术开发区市政园林管理所', province: '重庆市' });
  });
});

describe('units reports name by their kind or by the fund they are in charge of', () => {
  it('places a department a source line names by its kind alone in the one county the title names', () => {
    const rec = recordOf(
      [
        '2021年平舆县到户产业发展奖补项目绩效自评报告',
        '来源: 扶贫办 时间: 2021-12-24 浏览次数:',
        '2021年县财政共下达我办财政衔接资金326.4万元。',
      ].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ name: '平舆县扶贫办', county: '平舆县', city: '驻马店市' });
  });

  it('takes the unit in charge of an evaluated fund, not the finance bureau that published the report', () => {
    const rec = recordOf(
      [
        '耒阳市2021年度农村公路养护专项资金绩效评价报告',
        '来源:耒阳市财政局 发布时间:2022-10-18 15:06',
        '某某会计师事务所受耒阳市财政局委托,对耒阳市2021年度农村公路养护专项资金开展绩效评价工作。',
        '本专项资金的主管单位为耒阳市交通运输局。',
        '经综合评价,该专项资金综合评分为91.2分,评价等级为“优”。',
      ].join('\n\n'),
    );
    expect(rec.unit).toMatchObject({ name: '耒阳市交通运输局', county: '耒阳市' });
  });
});

describe('a site’s supplier line run into its next field', () => {
  it('ends the supplier’s name before 文字大小', () => {
    const rec = recordOf(
      [
        '潘集区2022年度转移支付财政衔接推进乡村振兴补助资金绩效评价自评报告',
        '发布时间:2023-03-14 16:02信息来源:潘集区农业农村水利局文字大小:[    ] 背景色:',
        '截至2022年12月31日,衔接资金已支出1538万元,支出进度100%。',
      ].join('\n'),
    );
    expect(rec.unit.name).toBe('潘集区农业农村水利局');
  });
});

describe('a results table naming the unit by a short form', () => {
  const report = (lead: string) =>
    recordOf(
      [
        '重庆市北碚区财政局关于2021年度重点项目绩效评价结果的报告',
        lead,
        '序号 | 评价项目名称 | 主管部门 | 预算资金(万元) | 评价得分 | 评价等级',
        '1 | 全民阅读推广项目 | 区文化旅游委 | 86 | 91 | 优',
        '2 | 公共文化设施维护项目 | 区文化旅游委 | 140 | 84 | 良',
      ].join('\n'),
    );

  it('takes the one full name the text gives that the short form abbreviates', () => {
    const rec = report(
      '我局委托第三方机构对重庆市北碚区文化和旅游发展委员会实施的2个项目开展了重点绩效评价。',
    );
    expect(rec.unit.name).toBe('重庆市北碚区文化和旅游发展委员会');
  });
});

describe('a street office its text calls its district’s 派出机关', () => {
  it('is the unit, named in full as the page’s supplier gives it, never the district government', () => {
    const r = recordOf(
      [
        '日期: 2023-08-02 浏览量:31 来源:锦州市太和区新民街道办事处 责任编辑:孙丽 文字大小: 大 中 小',
        '一、部门基本情况',
        '新民街道办事处是太和区人民政府的派出机关，负责辖区社区治理和民生服务等工作。',
        '二、部门整体支出情况',
        '2022年度全年预算860.00万元，实际支出842.10万元，预算执行率97.92%。',
      ].join('\n'),
    );
    expect(r.unit.name).toBe('锦州市太和区新民街道办事处');
  });
});

describe('a page title naming the unit short after its city', () => {
  it('gives way to the full name the text declares in the same county', () => {
    const r = recordOf(
      [
        '2022年赣州市安远县卫健委部门整体支出报告',
        '安远县卫生健康委员会（以下简称“县卫健委”）对2022年度部门整体支出开展了绩效自评。',
        '全年预算数1520.00万元，全年执行数1488.30万元，预算执行率97.91%。',
      ].join('\n'),
    );
    expect(r.unit.name).toBe('安远县卫生健康委员会');
  });
});
