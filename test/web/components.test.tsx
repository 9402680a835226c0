// Components in jsdom: a number opens the source drawer with its quote (fetched from /api/facts/:id),
// key figures show their change, and a chart's data table formats by the catalog.
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { FactValue, SourceProvider } from '../../web/src/components/SourceDrawer';
import { Kpi } from '../../web/src/components/Kpi';
import { DataTable } from '../../web/src/components/DataTable';
import { ErrorState } from '../../web/src/components/States';
import { ApiError } from '../../web/src/api/client';
import { LangContext } from '../../web/src/i18n';
import { YearTable } from '../../web/src/components/YearTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('FactValue and the source drawer', () => {
  it('opens the document, line and quoted text of the clicked number, and closes on Escape', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      expect(url).toBe('/api/facts/f-123');
      return new Response(
        JSON.stringify({
          fact: {
            fact_id: 'f-123',
            doc_id: 'd1',
            key: 'overall.executed',
            value_num: '906.090000',
            derived: false,
          },
          document: { doc_id: 'd1', file_name: '002_1bad547aa81023f8.txt', format: 'text' },
          location: { line: 57, page: null, sheet: null },
          quote: '本年支出906.09万元',
        }),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    act(() =>
      root.render(
        <QueryClientProvider client={client}>
          <LangContext.Provider value="zh">
            <SourceProvider>
              <FactValue factId="f-123" label="2021 执行数">
                906.09
              </FactValue>
              <FactValue factId={null} label="无来源">
                1.00
              </FactValue>
            </SourceProvider>
          </LangContext.Provider>
        </QueryClientProvider>,
      ),
    );
    const buttons = container.querySelectorAll('button.fact');
    expect(buttons).toHaveLength(1);
    act(() => (buttons[0] as HTMLButtonElement).click());
    await flush();
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog).not.toBeNull();
    expect(dialog.textContent).toContain('002_1bad547aa81023f8.txt');
    expect(dialog.textContent).toContain('第 57 行');
    expect(dialog.querySelector('blockquote')!.textContent).toBe('本年支出906.09万元');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('shows the API error when the fact is unknown', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ error: { code: 'not_found', message: 'no fact x' } }), {
            status: 404,
          }),
      ),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    act(() =>
      root.render(
        <QueryClientProvider client={client}>
          <SourceProvider>
            <FactValue factId="x" label="x">
              1
            </FactValue>
          </SourceProvider>
        </QueryClientProvider>,
      ),
    );
    act(() => (container.querySelector('button.fact') as HTMLButtonElement).click());
    await flush();
    expect(document.querySelector('[role="alert"]')!.textContent).toContain('no fact x (not_found)');
  });
});

describe('Kpi', () => {
  it('shows the value and its change; a rise of 三公经费 is bad news', () => {
    act(() =>
      root.render(
        <Kpi
          meta={{ id: 'sangong_total', label: '三公经费', unit: '万元', format: 'amount' }}
          value="0.5"
          previous="0.25"
          goodWhen="down"
        />,
      ),
    );
    expect(container.querySelector('.kpi-value')!.textContent).toBe('0.50 万元');
    const change = container.querySelector('.kpi-change')!;
    expect(change.textContent).toBe('较上年 +100.0%');
    expect(change.className).toContain('bad');
  });

  it('says when there is no previous year', () => {
    act(() =>
      root.render(
        <Kpi
          meta={{ id: 'execution_rate', label: '预算执行率', unit: '%', format: 'percent' }}
          value="69.27"
          previous={null}
        />,
      ),
    );
    expect(container.querySelector('.kpi-value')!.textContent).toBe('69.3%');
    expect(container.querySelector('.kpi-change')!.textContent).toBe('无上年数据');
  });
});

describe('DataTable', () => {
  it('puts the unit in the header and formats cells by the catalog format', () => {
    act(() =>
      root.render(
        <DataTable
          caption="图表数据"
          table={{
            columns: [
              { key: 'unit', label: '单位' },
              { key: 'budget', label: '预算数', unit: '万元', format: 'amount' },
              { key: 'execution_rate', label: '预算执行率', unit: '%', format: 'percent' },
            ],
            rows: [{ unit: '高邑县人民政府办公室', budget: '123456.7', execution_rate: '69.2696' }],
          }}
        />,
      ),
    );
    const headers = [...container.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['单位', '预算数（万元）', '预算执行率']);
    const cells = [...container.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual(['高邑县人民政府办公室', '123,456.70', '69.3%']);
  });
});

describe('ErrorState', () => {
  it('names the error code and offers a retry', () => {
    const retry = vi.fn();
    act(() =>
      root.render(
        <ErrorState error={new ApiError(400, 'bad_cut', 'cut "x" is not dimension:value')} onRetry={retry} />,
      ),
    );
    expect(container.textContent).toContain('cut "x" is not dimension:value (bad_cut)');
    act(() => container.querySelector('button')!.click());
    expect(retry).toHaveBeenCalledOnce();
  });
});

describe('YearTable', () => {
  const columns = [
    { field: 'budget', header: '预算数（万元）', label: '预算数', format: 'amount', unit: '万元' },
    { field: 'score', header: '自评得分', label: '自评得分', format: 'score', fallback: 'score_derived' },
  ];

  it('draws a row per year, shows a derived score where none is stated, and a trailing column', () => {
    act(() =>
      root.render(
        <LangContext.Provider value="zh">
          <YearTable
            title="关键指标"
            rows={[
              {
                year: 2020,
                budget: '1308.050000',
                score: '95.000',
                score_derived: null,
                grade: '优秀',
                sources: { budget: 'f-1' },
              },
              { year: 2021, budget: null, score: null, score_derived: '88.500', grade: null, sources: {} },
            ]}
            columns={columns}
            yearHeader="年度"
            trailing={{ header: '等级', cell: (row) => String(row.grade ?? '—') }}
          />
        </LangContext.Provider>,
      ),
    );
    expect(container.querySelector('h2')?.textContent).toBe('关键指标');
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['年度', '预算数（万元）', '自评得分', '等级']);
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows[0]![0]).toBe('2020');
    expect(rows[0]![1]).toContain('1,308.05');
    // The API named the fact behind the budget: it opens its source.
    expect(container.querySelector('tbody button.fact')?.getAttribute('data-fact')).toBe('f-1');
    expect(rows[0]![3]).toBe('优秀');
    expect(rows[1]![1]).toBe('—');
    expect(rows[1]![2]).toContain('88.5');
    expect(rows[1]![3]).toBe('—');
  });

  it('draws nothing without rows', () => {
    act(() => root.render(<YearTable title="三公经费" rows={[]} columns={columns} yearHeader="年度" />));
    expect(container.innerHTML).toBe('');
  });
});
