// Entry point of the checks: recompute what can be recomputed and report findings; never fix a stated value.

import type { EvaluationRecord, Finding } from '../model/record';

export function checkRecord(_rec: EvaluationRecord): Finding[] {
  return [];
}
