// A key figure: its value, formatted by the catalog's format, and its change against the year before.
import { changeDirection, formatChange, formatValue, type NumericInput } from '../format';
import { useLang, useT } from '../i18n';
import type { MeasureMeta } from '../charts/types';
import type { Cell, Coverage } from '../api/types';
import { API_BASE } from '../api/client';

export function Kpi({
  meta,
  value,
  previous,
  goodWhen = 'up',
  coverage,
}: {
  meta: MeasureMeta;
  value: NumericInput;
  previous: NumericInput;
  /** Which direction is good news (三公经费 should fall). */
  goodWhen?: 'up' | 'down' | 'none';
  /** Over how many unit-years the figure is computed, with its base's label ("预算与执行数"). */
  coverage?: (Coverage & { label: string }) | undefined;
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
      {coverage && coverage.of !== null && (
        <div className={`kpi-coverage${coverage.known !== coverage.of ? ' partial' : ''}`}>
          {t('kpi.coverage', { label: coverage.label, known: coverage.known ?? 0, of: coverage.of })}
        </div>
      )}
    </div>
  );
}

/**
 * Says what the same-base key figures leave out, when budget and executed are not stated by the same
 * unit-years: the base of the rate, and the full sums of budget and executed with their own coverage.
 */
export function SameBaseNote({ cell, coverage }: { cell: Cell; coverage: Record<string, Coverage> }) {
  const lang = useLang();
  const t = useT();
  const rate = coverage.execution_rate;
  const budget = coverage.budget;
  const executed = coverage.executed;
  if (!rate || !budget || !executed) return null;
  if (rate.known === budget.known && rate.known === executed.known) return null;
  const amount = (id: string) => formatValue(cell[id] as NumericInput, 'amount', '万元', lang);
  return (
    <p className="kpi-note" data-testid="same-base-note">
      {t('kpi.sameBase', {
        known: rate.known ?? 0,
        of: rate.of ?? 0,
        executedKnown: executed.known ?? 0,
        executed: amount('executed'),
        budgetKnown: budget.known ?? 0,
        budget: amount('budget'),
      })}
    </p>
  );
}

/** 年度分析简报: the brief of the year and the filters' region, as DOCX or as PDF (/api/brief). */
export function BriefLinks({ year, cut }: { year: number; cut: string }) {
  const t = useT();
  const href = (format: 'docx' | 'pdf') =>
    `${API_BASE}/brief?${new URLSearchParams({ year: String(year), cut, format }).toString()}`;
  return (
    <span className="panel-tools brief-links">
      <span className="legend">{t('brief.title')}</span>
      <a className="tool primary" href={href('docx')} download={`brief-${year}.docx`}>
        {t('brief.docx')}
      </a>
      <a className="tool" href={href('pdf')} download={`brief-${year}.pdf`}>
        {t('brief.pdf')}
      </a>
    </span>
  );
}
