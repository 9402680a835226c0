// A form's head: where a project form starts (项目名称 and its value, not the header of a list of
// projects) and the labelled fields that name its unit (实施单位, 主管部门, 单位名称 …).

import type { SourceRef } from '../model/record';
import { isValueCell, type StreamCell } from './cells';
import { nextFilled } from './form-rows';
import { FORM_FIELD_OF, FORM_FIELDS, FORM_LABEL_WORDS, INLINE_FIELD_OF, bareLabel } from './forms-data';
import { formProjectName, isListColumn } from './projects';

export interface FormField {
  field: (typeof FORM_FIELDS)[number]['field'];
  value: string;
  source: SourceRef;
}

const FIELD_OF = FORM_FIELD_OF;
const FORM_LABELS = new Set(FORM_LABEL_WORDS);
const FIELD_WORDS = [...FIELD_OF.keys()]
  .filter((k) => !/[()（）]/.test(k))
  .sort((a, b) => b.length - a.length)
  .join('|');
const FIELD_IN_PROSE = new RegExp(`^(${FIELD_WORDS})(?:为|是)(\\S.{1,60}?)[。;；]?$`);

/** Where a project form starts: 项目名称 and its value. */
export function projectAt(cells: StreamCell[], i: number): string | undefined {
  const c = cells[i]!;
  const inline = c.text.match(/^项目名称[:：]\s*(.{2,60})$/);
  // An evaluation report's cover names the evaluation ("项目名称：2023年度部门整体支出绩效评价"), no project.
  if (inline) return /部门整体|整体支出/.test(inline[1]!) ? undefined : formProjectName(inline[1]!);
  if (FIELD_OF.get(c.label) !== 'project') return undefined;
  const v = nextFilled(cells, i);
  if (!v || v.label.length < 2 || FORM_LABELS.has(bareLabel(v.label)) || isValueCell(v)) return undefined;
  // "项目名称 | 金额 | 备注": a list's header, its next column word no project's name.
  if (/^(金额|备注|序号|预算数|执行数|执行率|得分|分值|资金|金额\(万元\))$/.test(v.label)) return undefined;
  // "项目名称 | 年初预算 | 全年预算 | …" on one row: the header of a list of projects, not one project's name.
  const following = [v];
  for (let k = 0; k < 3; k++) {
    const next = nextFilled(cells, cells.indexOf(following[following.length - 1]!));
    if (next) following.push(next);
  }
  const sameRow = following.filter((f) => f.loc.line === c.loc.line && f.loc.page === c.loc.page);
  // A form on one line goes on with its head's fields (主管部门 …) before the funding columns.
  const headField = following.slice(1, 2).some((f) => FIELD_OF.has(f.label.replace(/[:：].*$/, '')));
  if (!headField && sameRow.filter((f) => isListColumn(f.label)).length >= 2) return undefined;
  // The field names the project as it is called: "工资性支出" keeps its 支出.
  return formProjectName(v.text);
}

/** A labelled field of the head (实施单位, 主管部门, 单位名称 …) and its value, in one cell or the next. */
export function fieldAt(cells: StreamCell[], i: number): FormField | undefined {
  const c = cells[i]!;
  // "主管部门：X", or in a report's prose "主管部门为X".
  const inline = c.text.match(/^([^:：]{2,12})[:：]\s*(\S.{1,60})$/) ?? c.text.match(FIELD_IN_PROSE);
  const label = inline ? inline[1]!.replace(/\s+/g, '') : c.label;
  const field = FIELD_OF.get(label) ?? (inline ? INLINE_FIELD_OF.get(label) : undefined);
  if (!field || field === 'project') return undefined;
  const next = inline ? undefined : nextFilled(cells, i);
  const value = inline ? inline[2]! : next?.text;
  if (!value || value.length < 3 || FORM_LABELS.has(bareLabel(value.replace(/\s+/g, '')))) return undefined;
  if (isValueCell(next)) return undefined;
  return { field, value, source: { line: c.loc.line, text: next ? `${c.raw} | ${next.raw}` : c.raw } };
}
