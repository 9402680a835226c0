// A data table: each finding code the data checks and the loader record, and each severity, in
// words — a Chinese and English label and one-line explanations with the finding's own figures
// (`{name}` stands for the `values` the check stored). findings.ts words a finding with it.

import { HIGH_SCORE_LOW_EXECUTION } from '../../scripts/model/rules';
import type { Text } from './types';

export interface FindingCodeInfo {
  label: Text;
  /** One-line explanations, `{name}` standing for values[name]; the first whose names are all known is used. */
  explain: Text[];
}

export const SEVERITIES: Readonly<Record<string, Text>> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Note' },
};

export const FINDING_CODES: Readonly<Record<string, FindingCodeInfo>> = {
  score_sum_mismatch: {
    label: { zh: '指标得分与总分不符', en: 'Indicator scores do not add up' },
    explain: [
      {
        zh: '指标得分合计{sum}分，报告总分{stated}分',
        en: 'Indicator scores add up to {sum}; the report states {stated}',
      },
    ],
  },
  score_missing: {
    label: { zh: '评分表有未填得分', en: 'Scores missing in the scoring table' },
    explain: [
      {
        zh: '已填得分合计{sum}分，报告总分{stated}分',
        en: 'Scores given add up to {sum}; the report states {stated}',
      },
      {
        zh: '评分表部分指标未填得分，已填得分合计{sum}分',
        en: 'Some indicators have no score; those given add up to {sum}',
      },
    ],
  },
  score_derived: {
    label: { zh: '未填总分（按评分表合计）', en: 'No total score (scoring table sum used)' },
    explain: [
      {
        zh: '报告未写总分，评分表合计{derived}分',
        en: 'No total stated; the scoring table adds up to {derived}',
      },
    ],
  },
  rate_mismatch: {
    label: { zh: '执行率与金额不符', en: 'Rate does not match its amounts' },
    explain: [
      {
        zh: '填报执行率{stated}%，按执行数{executed}万元÷预算数{budget}万元计算为{computed}%',
        en: 'Stated rate {stated}%; {executed} ÷ {budget} 万元 gives {computed}%',
      },
    ],
  },
  balance_mismatch: {
    label: { zh: '结转结余不平衡', en: 'Balance does not close' },
    explain: [
      {
        zh: '年初结转+收入−支出={computed}万元，年末结转结余填报{stated}万元',
        en: 'Carry-over + income − spending = {computed} 万元; year-end balance stated as {stated}',
      },
    ],
  },
  parts_exceed_total: {
    label: { zh: '分项合计与总额不符', en: 'Parts do not add up to the total' },
    explain: [
      {
        zh: '各分项合计{parts}万元，总额填报{total}万元',
        en: 'Parts add up to {parts} 万元; total stated {total}',
      },
    ],
  },
  high_score_low_execution: {
    label: HIGH_SCORE_LOW_EXECUTION.label,
    explain: [
      {
        zh: '自评得分{score}分，而预算执行率仅{execution_rate}%',
        en: 'Self-score {score} while execution is only {execution_rate}%',
      },
    ],
  },
  grade_mismatch: {
    label: { zh: '等级与得分不符', en: 'Grade does not fit the score' },
    explain: [
      { zh: '评价等级“{grade}”与得分{score}分不相符', en: 'Grade {grade} does not fit a score of {score}' },
    ],
  },
  value_conflict: {
    label: { zh: '同一数字前后不一致', en: 'One figure stated differently' },
    explain: [
      {
        zh: '一处填报{value1}，另一处填报{value2}',
        en: 'Stated as {value1} in one place and {value2} in another',
      },
      { zh: '入库取{kept}，另一文件填报{other}', en: 'Kept {kept}; another document states {other}' },
      {
        zh: '全年执行进度{year}%，第四季度累计进度{quarter4}%',
        en: 'Year progress {year}%, fourth-quarter cumulative progress {quarter4}%',
      },
    ],
  },
  unit_suspect: {
    label: { zh: '疑似元与万元混用', en: 'Suspected 元/万元 slip' },
    explain: [
      { zh: '{value1}与{value2}相差一万倍', en: '{value1} and {value2} differ by a factor of 10,000' },
    ],
  },
  value_unusable: {
    label: { zh: '数值无法入库', en: 'Value cannot be stored' },
    explain: [],
  },
  year_missing: { label: { zh: '未识别年度', en: 'Year not found' }, explain: [] },
  unit_missing: { label: { zh: '未识别单位', en: 'Unit not found' }, explain: [] },
  truncated: { label: { zh: '文件疑似不完整', en: 'Looks truncated' }, explain: [] },
  unrecognised: { label: { zh: '未能识别内容', en: 'Nothing recognised' }, explain: [] },
  extract_failed: { label: { zh: '解析失败', en: 'Extraction failed' }, explain: [] },
  check_failed: { label: { zh: '核验失败', en: 'Checks failed' }, explain: [] },
};
