// One chart panel: the ECharts canvas, its export buttons (CSV and XLSX from the API, PNG from the
// canvas), and its data as a table (always present for screen readers, shown on request).
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { echarts } from '../charts/echarts';
import type { ChartOption, TableData } from '../charts/types';
import { aggregateExportUrl, type AggregateRequest } from '../api/client';
import { DataTable } from './DataTable';
import { useT } from '../i18n';

export interface ChartPanelProps {
  /** Stable id, used for the export file names and by the browser tests. */
  id: string;
  title: string;
  option: ChartOption;
  table: TableData;
  /** The aggregate request behind the chart, exported as CSV/XLSX by the API. */
  exportRequest?: AggregateRequest;
  height?: number;
  note?: ReactNode;
  /** Shown while newer data loads over the previous chart. */
  stale?: boolean;
}

export function ChartPanel({
  id,
  title,
  option,
  table,
  exportRequest,
  height = 320,
  note,
  stale,
}: ChartPanelProps) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<echarts.ECharts | null>(null);
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    instance.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      // zrender draws a large layer (a heatmap's cells always are one, whatever `progressive` says)
      // in 15 ms slices, the rest in later animation frames, and a slice reads the painter's state,
      // which dispose() nulls ('reading layerStack' of null). An immediate repaint of the cleared
      // chart supersedes the pending slices, which then stop before reading anything.
      chart.clear();
      chart.getZr().refreshImmediately();
      chart.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    instance.current?.setOption(option, { notMerge: true });
  }, [option]);

  const downloadPng = () => {
    const chart = instance.current;
    if (!chart) return;
    const link = document.createElement('a');
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    link.download = `${id}.png`;
    link.click();
  };

  return (
    <section
      className={`panel chart-panel${stale ? ' is-stale' : ''}`}
      aria-labelledby={headingId}
      data-chart={id}
    >
      <header className="panel-head">
        <h2 id={headingId}>{title}</h2>
        <div className="panel-tools" role="toolbar" aria-label={title}>
          {exportRequest && (
            <>
              <a className="tool" href={aggregateExportUrl(exportRequest, 'csv')} download={`${id}.csv`}>
                {t('chart.csv')}
              </a>
              <a className="tool" href={aggregateExportUrl(exportRequest, 'xlsx')} download={`${id}.xlsx`}>
                {t('chart.xlsx')}
              </a>
            </>
          )}
          <button type="button" className="tool" onClick={downloadPng}>
            {t('chart.png')}
          </button>
          <button
            type="button"
            className="tool"
            aria-expanded={showTable}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('chart.hideTable') : t('chart.table')}
          </button>
        </div>
      </header>
      {note && <p className="panel-note">{note}</p>}
      <div
        ref={container}
        className="chart"
        style={{ height }}
        role="img"
        aria-label={title}
        aria-hidden={showTable}
      />
      <div className={showTable ? 'chart-table' : 'sr-only'}>
        <DataTable table={table} caption={`${title} · ${t('chart.tableCaption')}`} />
      </div>
    </section>
  );
}
