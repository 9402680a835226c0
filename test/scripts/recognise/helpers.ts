// Small reports written inline: text → document model → record, as the ETL does it.
import { readText } from '../../../scripts/readers/text';
import { recogniseDocument, recogniseReadings, type Recognised } from '../../../scripts/recognise/index';
import type { EvaluationRecord } from '../../../scripts/model/record';

export function recordOf(text: string): EvaluationRecord {
  const records = recogniseDocument(readText('case.txt', Buffer.from(text, 'utf8')));
  if (records.length !== 1) throw new Error(`expected one record, got ${records.length}`);
  return records[0]!;
}

/** The one record of a small report with the statements it was built from, for the checks. */
export function recognisedOf(text: string): Recognised {
  const all = recogniseReadings(readText('case.txt', Buffer.from(text, 'utf8')));
  if (all.length !== 1) throw new Error(`expected one record, got ${all.length}`);
  return all[0]!;
}

/** A title line so that the unit and year are known. */
export const TITLE = '某某县教育局2021年度部门整体支出绩效自评报告';
