// A labelled select: the filter bar's controls and the pickers of single views (趋势's measure,
// 单位画像's unit). With `allLabel`, a first option with the empty value stands for "all".
import { useId } from 'react';
import type { Option } from '../api/members';

export function Select({
  label,
  value,
  options,
  onChange,
  allLabel,
  name,
  disabled,
}: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
  allLabel?: string;
  name: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
