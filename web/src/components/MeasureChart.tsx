// A chart of one aggregate request: the request runs (TanStack Query, the previous chart kept while
// new filters load), its loading, error and empty states show, and the answer is drawn into a chart
// panel with its data table and CSV/XLSX export of the same request. Pages give the request and
// how to draw the answer, nothing else. `AnswerChart` does the same for an answer gathered some
// other way (several requests at once), given its state and the request it exports.
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

interface Panel<T> {
  id: string;
  title: string;
  /** Draws the answer; re-run when the answer or `deps` (language, thresholds, catalog) change. */
  draw: (data: T) => Drawing;
  deps: readonly unknown[];
  emptyText?: string;
  height?: number;
}

export interface MeasureChartProps extends Panel<AggregateResponse> {
  request: AggregateRequest;
  enabled?: boolean;
}

export function MeasureChart({ request, enabled = true, ...rest }: MeasureChartProps) {
  const query = useQuery({ ...aggregateQuery(request), enabled });
  return (
    <AnswerChart
      query={query}
      exportRequest={request}
      isEmpty={(d) => d.cells.length === 0}
      stale={query.isPlaceholderData}
      {...rest}
    />
  );
}

export interface AnswerChartProps<T> extends Panel<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  /** The request whose CSV/XLSX the panel's export buttons download. */
  exportRequest: AggregateRequest;
  isEmpty?: (data: T) => boolean;
  /** The answer shown is the previous filters' while the new one loads. */
  stale: boolean;
}

export function AnswerChart<T>({ query, isEmpty, emptyText, ...rest }: AnswerChartProps<T>) {
  return (
    <QueryState query={query} emptyText={emptyText} isEmpty={isEmpty}>
      {(data) => <Drawn data={data} emptyText={emptyText} {...rest} />}
    </QueryState>
  );
}

function Drawn<T>({
  data,
  draw,
  deps,
  emptyText,
  height,
  ...panel
}: Omit<AnswerChartProps<T>, 'query' | 'isEmpty'> & { data: T }) {
  const drawing = useMemo(() => draw(data), [data, ...deps]);
  if (drawing.empty) return <Empty>{emptyText}</Empty>;
  const { option, table, note } = drawing;
  return (
    <ChartPanel {...panel} option={option} table={table} height={drawing.height ?? height} note={note} />
  );
}
