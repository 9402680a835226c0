// Budget against executed bars (the projects of a unit).
import { formatValue, plotNumber, type Lang, type NumericInput } from '../format';
import { AXIS_LABEL, COLORS, FONT_FAMILY, axisFormatter, axisTooltip, base, nameAxis } from './base';
import type { ChartOption, MeasureMeta } from './types';

export interface BudgetItem {
  id: string;
  label: string;
  budget: NumericInput;
  executed: NumericInput;
}

export function budgetExecutedOption(
  items: readonly BudgetItem[],
  budget: MeasureMeta,
  executed: MeasureMeta,
  { lang }: { lang: Lang },
): ChartOption {
  return {
    ...base(),
    tooltip: axisTooltip((v) => formatValue(v, 'amount', '万元', lang), { axisPointer: { type: 'shadow' } }),
    legend: { top: 0, textStyle: { fontFamily: FONT_FAMILY } },
    grid: { left: 16, right: 32, top: 40, bottom: 16, containLabel: true },
    xAxis: { type: 'value', axisLabel: { ...AXIS_LABEL, formatter: axisFormatter(budget) } },
    yAxis: nameAxis(
      items.map((i) => i.label),
      200,
    ),
    series: [
      {
        type: 'bar',
        name: budget.label,
        barMaxWidth: 16,
        itemStyle: { color: COLORS.secondary },
        data: items.map((i) => plotNumber(i.budget)),
      },
      {
        type: 'bar',
        name: executed.label,
        barMaxWidth: 16,
        itemStyle: { color: COLORS.primary },
        data: items.map((i) => plotNumber(i.executed)),
      },
    ],
  };
}
