// A number of the unit profile: formatted by its catalog format and, where the warehouse recorded the
// fact behind it, a button that opens its source.
import type { FactIndex, Row } from '../api/profile';
import { valueOf } from '../api/profile';
import { formatValue, type Lang } from '../format';
import { FactValue } from './SourceDrawer';

export interface NumProps {
  facts: FactIndex;
  subject: string;
  subjectId: string | null;
  row: Row;
  field: string;
  format?: string;
  unit?: string;
  lang: Lang;
  label: string;
}

/** A number of the profile that opens its source, when the warehouse recorded one. */
export function Num({ facts, subject, subjectId, row, field, format, unit, lang, label }: NumProps) {
  const value = valueOf(row, field);
  if (value === null) return <span className="fact-none">—</span>;
  const factId = facts.find(
    subject,
    subjectId,
    row.year,
    field,
    value,
    subject === 'indicator' ? row.doc_id : undefined,
  );
  return (
    <FactValue factId={factId} label={label}>
      {formatValue(value, format === 'amount' ? 'amount_bare' : format, unit, lang)}
    </FactValue>
  );
}
