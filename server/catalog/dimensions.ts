// This module is a data table: every dimension once (one label, description and binding each),
// what it is, and how each fact reads its key (and label, for ids). Region and department
// dimensions are the unit's columns, carried on every fact row (`f`). `DimensionId` is the union of
// the ids: a page or query naming a missing dimension fails to compile.

import { GRADE_NAMES } from '../../scripts/model/rules';
import type { Dimension, DimensionBinding, FactId, Text } from './types';

const UNIT_FACTS = ['unit_year', 'sangong', 'project', 'finding'] as const;

/** The same binding on every fact that has a unit: the fact tables built at load time carry the unit's columns. */
function onUnitFacts(key: string, label?: string): Partial<Record<FactId, DimensionBinding>> {
  return Object.fromEntries(UNIT_FACTS.map((fact) => [fact, label ? { key, label } : { key }]));
}

/** A dimension whose members are listed from `membersFact`'s rows. */
function dim<const I extends string>(
  id: I,
  label: Text,
  description: Text,
  facts: Partial<Record<FactId, DimensionBinding>>,
  more: Partial<Omit<Dimension, 'id' | 'label' | 'description' | 'facts'>> = {},
) {
  return { id, label, description, type: 'string', facts, membersFact: 'unit_year', ...more } as const;
}

/** A column of the unit (region, department type), read as `f.<column>` and kept in the rollups. */
function unitColumn<const I extends string>(id: I, label: Text, description: Text, parent?: string) {
  return dim(id, label, description, onUnitFacts(`f.${id}`), {
    rollupColumn: id,
    ...(parent ? { parent } : {}),
  });
}

/** A column of one fact, its members listed from that fact's rows. */
function ofFact<const I extends string>(id: I, label: Text, description: Text, fact: FactId, key: string) {
  return dim(id, label, description, { [fact]: { key } }, { membersFact: fact });
}

const DECLARED = [
  dim(
    'year',
    { zh: '年度', en: 'Year' },
    {
      zh: '被评价的预算年度（不是报告撰写年份）',
      en: 'The budget year evaluated (not the year the report was written)',
    },
    onUnitFacts('f.year'),
    { type: 'integer', rollupColumn: 'year' },
  ),
  unitColumn(
    'province',
    { zh: '省份', en: 'Province' },
    { zh: '单位所在省级行政区', en: 'Province-level division of the unit' },
  ),
  unitColumn(
    'city',
    { zh: '地市', en: 'City' },
    { zh: '单位所在地级行政区', en: 'Prefecture-level division of the unit' },
    'province',
  ),
  unitColumn(
    'county',
    { zh: '区县', en: 'County' },
    { zh: '单位所在县级行政区', en: 'County-level division of the unit' },
    'city',
  ),
  dim(
    'unit',
    { zh: '单位', en: 'Unit' },
    { zh: '预算单位（部门）', en: 'The budget unit (department)' },
    onUnitFacts('f.unit_id', 'f.unit_name'),
    { parent: 'county' },
  ),
  unitColumn(
    'dept_type',
    { zh: '部门类型', en: 'Department type' },
    { zh: '不含地名的部门类别（教育局、人民政府办公室……）', en: 'Kind of department without the place name' },
  ),
  dim(
    'grade',
    { zh: '自评等级', en: 'Grade' },
    { zh: `部门整体自评等级（${GRADE_NAMES.join('/')}）`, en: 'Self-evaluation grade as stated' },
    { unit_year: { key: 'f.grade' }, sangong: { key: 'f.grade' } },
  ),
  dim(
    'project',
    { zh: '项目', en: 'Project' },
    { zh: '项目支出', en: 'A project expenditure' },
    { project: { key: 'f.project_id', label: 'f.name' } },
    { membersFact: 'project', membersNeedCut: 'unit' },
  ),
  ofFact(
    'finding_code',
    { zh: '问题类型', en: 'Finding code' },
    { zh: '数据核验发现的问题类别', en: 'What a data check found' },
    'finding',
    'f.code',
  ),
  ofFact(
    'severity',
    { zh: '严重程度', en: 'Severity' },
    { zh: '问题的严重程度（error/warning/info）', en: 'Severity of a finding' },
    'finding',
    'f.severity',
  ),
  ofFact(
    'kind',
    { zh: '文档类型', en: 'Document kind' },
    {
      zh: '文档包含的报告部分（整体自评、项目自评、项目部门评价、部门决算）',
      en: 'Which report parts a document contains',
    },
    'document',
    'f.kind',
  ),
  ofFact(
    'doc_status',
    { zh: '入库状态', en: 'Document status' },
    { zh: '文档入库结果：ok、partial（部分）、quarantined（隔离）', en: 'ok, partial or quarantined' },
    'document',
    'f.status',
  ),
  dim(
    'demo',
    { zh: '演示数据', en: 'Demo data' },
    {
      zh: '是否为生成的演示数据。未指定时只取真实数据（demo:false），查询回显中注明',
      en: 'Whether rows are generated demo data. Unless a query cuts on it, only real data is used (demo:false), and the echoed query says so',
    },
    { ...onUnitFacts('f.is_demo'), document: { key: 'f.is_demo' } },
    { type: 'boolean', rollupColumn: 'is_demo' },
  ),
];

/** Every dimension id: a union, so that naming a missing dimension fails to compile. */
export type DimensionId = (typeof DECLARED)[number]['id'];

export const DIMENSIONS: readonly Dimension<DimensionId>[] = DECLARED;

/** The dimensions of the unit (its region, department type, itself, demo or not): every fact with a unit has them. */
export const UNIT_DIMENSIONS = [
  'province',
  'city',
  'county',
  'unit',
  'dept_type',
  'demo',
] as const satisfies readonly DimensionId[];
