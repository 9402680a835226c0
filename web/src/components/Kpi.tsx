// A key figure: its value, formatted by the catalog's format, and its change against the year before.
import { changeDirection, formatChange, formatValue, type NumericInput } from '../format';
import { useLang, useT } from '../i18n';
import type { MeasureMeta } from '../charts/types';

export function Kpi({
  meta,
  value,
  previous,
  goodWhen = 'up',
}: {
  meta: MeasureMeta;
  value: NumericInput;
  previous: NumericInput;
  /** Which direction is good news (三公经费 should fall). */
  goodWhen?: 'up' | 'down' | 'none';
}) {
  const lang = useLang();
  const t = useT();
  const change = formatChange(value, previous, meta.format, lang);
  const direction = changeDirection(value, previous);
  const tone =
    goodWhen === 'none' || direction === 0 ? 'flat' : direction > 0 === (goodWhen === 'up') ? 'good' : 'bad';
  return (
    <div className="kpi" data-measure={meta.id}>
      <div className="kpi-label">{meta.label}</div>
      <div className="kpi-value">{formatValue(value, meta.format, meta.unit, lang)}</div>
      <div className={`kpi-change ${tone}`}>
        {change ? (
          <>
            {t('kpi.change')} {change}
          </>
        ) : (
          t('kpi.noPrev')
        )}
      </div>
    </div>
  );
}
