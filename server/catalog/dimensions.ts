// Every dimension once: what it is, and how each fact reads its key (and label, for ids).
// Region and department dimensions are the unit's columns, carried on every fact row (`f`).

import { GRADE_NAMES } from '../../scripts/model/rules';
import type { Dimension, DimensionBinding, FactId } from './types';

/**
 * A column of the unit on every fact that has one: the fact tables built at load time
 * (scripts/sql/post) carry the unit's columns themselves, so every fact reads them as `f.<column>`.
 */
function onUnitFacts(column: string): Partial<Record<FactId, DimensionBinding>> {
  return {
    unit_year: { key: `f.${column}` },
    sangong: { key: `f.${column}` },
    project: { key: `f.${column}` },
    finding: { key: `f.${column}` },
  };
}

export const DIMENSIONS: readonly Dimension[] = [
  {
    id: 'year',
    label: { zh: '年度', en: 'Year' },
    description: {
      zh: '被评价的预算年度（不是报告撰写年份）',
      en: 'The budget year evaluated (not the year the report was written)',
    },
    type: 'integer',
    facts: {
      unit_year: { key: 'f.year' },
      sangong: { key: 'f.year' },
      project: { key: 'f.year' },
      finding: { key: 'f.year' },
    },
    membersFact: 'unit_year',
    rollupColumn: 'year',
  },
  {
    id: 'province',
    label: { zh: '省份', en: 'Province' },
    description: { zh: '单位所在省级行政区', en: 'Province-level division of the unit' },
    type: 'string',
    facts: onUnitFacts('province'),
    membersFact: 'unit_year',
    rollupColumn: 'province',
  },
  {
    id: 'city',
    label: { zh: '地市', en: 'City' },
    description: { zh: '单位所在地级行政区', en: 'Prefecture-level division of the unit' },
    type: 'string',
    facts: onUnitFacts('city'),
    membersFact: 'unit_year',
    rollupColumn: 'city',
    parent: 'province',
  },
  {
    id: 'county',
    label: { zh: '区县', en: 'County' },
    description: { zh: '单位所在县级行政区', en: 'County-level division of the unit' },
    type: 'string',
    facts: onUnitFacts('county'),
    membersFact: 'unit_year',
    rollupColumn: 'county',
    parent: 'city',
  },
  {
    id: 'unit',
    label: { zh: '单位', en: 'Unit' },
    description: { zh: '预算单位（部门）', en: 'The budget unit (department)' },
    type: 'string',
    facts: {
      unit_year: { key: 'f.unit_id', label: 'f.unit_name' },
      sangong: { key: 'f.unit_id', label: 'f.unit_name' },
      project: { key: 'f.unit_id', label: 'f.unit_name' },
      finding: { key: 'f.unit_id', label: 'f.unit_name' },
    },
    membersFact: 'unit_year',
    parent: 'county',
  },
  {
    id: 'dept_type',
    label: { zh: '部门类型', en: 'Department type' },
    description: {
      zh: '不含地名的部门类别（教育局、人民政府办公室……）',
      en: 'Kind of department without the place name',
    },
    type: 'string',
    facts: onUnitFacts('dept_type'),
    membersFact: 'unit_year',
    rollupColumn: 'dept_type',
  },
  {
    id: 'grade',
    label: { zh: '自评等级', en: 'Grade' },
    description: {
      zh: `部门整体自评等级（${GRADE_NAMES.join('/')}）`,
      en: 'Self-evaluation grade as stated',
    },
    type: 'string',
    facts: { unit_year: { key: 'f.grade' }, sangong: { key: 'f.grade' } },
    membersFact: 'unit_year',
  },
  {
    id: 'project',
    label: { zh: '项目', en: 'Project' },
    description: { zh: '项目支出', en: 'A project expenditure' },
    type: 'string',
    facts: { project: { key: 'f.project_id', label: 'f.name' } },
    membersFact: 'project',
    membersNeedCut: 'unit',
  },
  {
    id: 'finding_code',
    label: { zh: '问题类型', en: 'Finding code' },
    description: { zh: '数据核验发现的问题类别', en: 'What a data check found' },
    type: 'string',
    facts: { finding: { key: 'f.code' } },
    membersFact: 'finding',
  },
  {
    id: 'severity',
    label: { zh: '严重程度', en: 'Severity' },
    description: { zh: '问题的严重程度（error/warning/info）', en: 'Severity of a finding' },
    type: 'string',
    facts: { finding: { key: 'f.severity' } },
    membersFact: 'finding',
  },
  {
    id: 'kind',
    label: { zh: '文档类型', en: 'Document kind' },
    description: {
      zh: '文档包含的报告部分（整体自评、项目自评、项目部门评价、部门决算）',
      en: 'Which report parts a document contains',
    },
    type: 'string',
    facts: { document: { key: 'f.kind' } },
    membersFact: 'document',
  },
  {
    id: 'doc_status',
    label: { zh: '入库状态', en: 'Document status' },
    description: {
      zh: '文档入库结果：ok、partial（部分）、quarantined（隔离）',
      en: 'ok, partial or quarantined',
    },
    type: 'string',
    facts: { document: { key: 'f.status' } },
    membersFact: 'document',
  },
  {
    id: 'demo',
    label: { zh: '演示数据', en: 'Demo data' },
    description: {
      zh: '是否为生成的演示数据。未指定时只取真实数据（demo:false），查询回显中注明',
      en: 'Whether rows are generated demo data. Unless a query cuts on it, only real data is used (demo:false), and the echoed query says so',
    },
    type: 'boolean',
    facts: {
      ...onUnitFacts('is_demo'),
      document: { key: 'f.is_demo' },
    },
    membersFact: 'unit_year',
    rollupColumn: 'is_demo',
  },
];
