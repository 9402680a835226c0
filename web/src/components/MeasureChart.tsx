// A chart of one aggregate request: the request runs (TanStack Query, the previous chart kept while
// new filters load), its loading, error and empty states show, and the answer is drawn into a chart
// panel with its data table and CSV/XLSX export of the same request. Pages give the request and
// how to draw the answer, nothing else.
import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { aggregateQuery } from '../api/queries';
import type { AggregateRequest } from '../api/client';
import type { AggregateResponse } from '../api/types';
import type { ChartOption, TableData } from '../charts/types';
import { ChartPanel } from './Chart';
import { Empty, QueryState } from './States';

/** A drawn answer: the chart's option and data table, and what depends on the data (height, note). */
export interface Drawing {
  option: ChartOption;
  table: TableData;
  height?: number;
  note?: ReactNode;
  /** Nothing to draw (the empty state shows instead). */
  empty?: boolean;
}

export interface MeasureChartProps {
  id: string;
  title: string;
  request: AggregateRequest;
  enabled?: boolean;
  /** Draws the answer; re-run when the answer or `deps` (language, thresholds, catalog) change. */
  draw: (data: AggregateResponse) => Drawing;
  deps: readonly unknown[];
  emptyText?: string;
  height?: number;
}

export function MeasureChart({ request, enabled = true, ...rest }: MeasureChartProps) {
  const query = useQuery({ ...aggregateQuery(request), enabled });
  return (
    <QueryState query={query} emptyText={rest.emptyText} isEmpty={(d) => d.cells.length === 0}>
      {(data) => <Drawn data={data} request={request} stale={query.isPlaceholderData} {...rest} />}
    </QueryState>
  );
}

function Drawn({
  data,
  request,
  stale,
  id,
  title,
  draw,
  deps,
  emptyText,
  height,
}: Omit<MeasureChartProps, 'enabled'> & { data: AggregateResponse; stale: boolean }) {
  const drawing = useMemo(() => draw(data), [data, ...deps]);
  if (drawing.empty) return <Empty>{emptyText}</Empty>;
  return (
    <ChartPanel
      id={id}
      title={title}
      option={drawing.option}
      table={drawing.table}
      exportRequest={request}
      height={drawing.height ?? height}
      note={drawing.note}
      stale={stale}
    />
  );
}
