// Each check on a record built by hand: it fires on the contradiction and stays quiet without it.
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../../scripts/checks/index';
import { emptyRecord, type EvaluationRecord } from '../../../scripts/model/record';

function record(parts: Partial<EvaluationRecord>): EvaluationRecord {
  return { ...emptyRecord(), ...parts };
}
const codes = (rec: EvaluationRecord) => checkRecord(rec).map((f) => f.code);

describe('checks', () => {
  it('recomputes rates to the precision they were stated with', () => {
    expect(
      codes(record({ overall: { budget: '1308.05', executed: '906.09', execution_rate: '69' } })),
    ).toEqual([]);
    expect(
      codes(record({ projects: [{ name: 'x', budget: '1', executed: '0.09', execution_rate: '9.3' }] })),
    ).toEqual(['rate_mismatch']);
  });

  it('checks the balance identity', () => {
    const finance = {
      carryover_begin: '264.03',
      income_total: '702.33',
      expenditure_total: '732.34',
      carryover_end: '247.56',
    };
    expect(codes(record({ finance }))).toEqual(['balance_mismatch']);
    expect(codes(record({ finance: { ...finance, carryover_end: '234.02' } }))).toEqual([]);
  });

  it('checks parts against totals', () => {
    expect(
      codes(
        record({
          sangong: {
            total: '10',
            abroad: '0',
            vehicle_purchase: '0',
            vehicle_operation: '4',
            reception: '5',
          },
        }),
      ),
    ).toEqual(['parts_exceed_total']);
    expect(
      codes(record({ finance: { expenditure_total: '798.38', basic: '670.23', project: '128.15' } })),
    ).toEqual([]);
  });

  it('compares the scoring table with the stated total, and reports rows without a score', () => {
    const rows = [
      { name: 'a', path: ['a'], weight: '50', score: '48' },
      { name: 'b', path: ['b'], weight: '50', score: '48' },
    ];
    expect(codes(record({ overall: { score: '97' }, indicators: rows }))).toEqual(['score_sum_mismatch']);
    expect(codes(record({ overall: { score: '96' }, indicators: rows }))).toEqual([]);
    expect(
      codes(
        record({
          overall: { score: '96' },
          indicators: [rows[0]!, { name: 'c', path: ['c'], weight: '50' }],
        }),
      ),
    ).toEqual(['score_missing']);
    expect(codes(record({ indicators: rows }))).toEqual(['score_derived']);
  });

  it('does not count a merged weight cell over several scored rows as missing scores', () => {
    const rows = [
      { name: '经济效益', path: ['x'], weight: '15' },
      { name: '社会效益', path: ['y'], score: '9' },
      { name: '生态效益', path: ['z'], score: '6' },
    ];
    expect(codes(record({ overall: { score: '15' }, indicators: rows }))).toEqual([]);
  });

  it('flags a high self-score next to a low execution rate, and a grade its score cannot have', () => {
    expect(codes(record({ overall: { score: '96.5', grade: '优秀', execution_rate: '69' } }))).toEqual([
      'high_score_low_execution',
    ]);
    expect(codes(record({ overall: { score: '96.5', execution_rate: '95' } }))).toEqual([]);
    expect(codes(record({ overall: { score: '62', grade: '优秀' } }))).toEqual(['grade_mismatch']);
  });
});
