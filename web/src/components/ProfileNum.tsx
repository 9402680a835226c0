// A number of the unit profile: formatted by its catalog format and, where the API named the fact
// behind it (the row's `sources`), a button that opens its source.
import { sourceOf, valueOf, type ProfileRow } from '../api/profile';
import { formatValue, type Lang } from '../format';
import { FactValue } from './SourceDrawer';

export interface NumProps {
  row: ProfileRow;
  field: string;
  format?: string | undefined;
  unit?: string | undefined;
  lang: Lang;
  label: string;
}

/** A number of the profile that opens its source, when the warehouse recorded one. */
export function Num({ row, field, format, unit, lang, label }: NumProps) {
  const value = valueOf(row, field);
  if (value === null) return <span className="fact-none">—</span>;
  return (
    <FactValue factId={sourceOf(row, field)} label={label}>
      {formatValue(value, format === 'amount' ? 'amount_bare' : format, unit, lang)}
    </FactValue>
  );
}
