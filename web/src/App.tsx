// The app shell: header with the language and demo-data switches, the view tabs, the filter bar
// and the current view (each view a lazily loaded chunk). Filters and view live in the URL.
import { lazy, Suspense, useEffect, useMemo, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { healthQuery, membersQuery, modelQuery } from './api/queries';
import { serializeCut } from './api/client';
import { toOptions } from './api/members';
import { FilterBar, type YearMode } from './components/FilterBar';
import { SourceProvider } from './components/SourceDrawer';
import { ErrorState, Loading } from './components/States';
import { LangContext, translator, type MessageKey } from './i18n';
import { demoCut } from './state/cut';
import { serializeFilters, useFilters, type Filters, type View } from './state/filters';

export interface ViewProps {
  filters: Filters;
  update: (change: Partial<Filters>, options?: { replace?: boolean }) => void;
  /** Years with data, ascending. */
  years: number[];
  /** The year of single-year views: the chosen one, else the latest. */
  year: number | undefined;
}

/**
 * Each view's filter bar (the years it takes, whether it offers the unit picker) and its page, a lazily
 * loaded chunk. A view's title is the message `nav.<view>`.
 */
const PAGES: Record<View, { yearMode: YearMode; unitPicker: boolean; page: ComponentType<ViewProps> }> = {
  overview: { yearMode: 'year', unitPicker: false, page: lazy(() => import('./pages/Overview')) },
  trends: { yearMode: 'range', unitPicker: true, page: lazy(() => import('./pages/Trends')) },
  compare: { yearMode: 'year', unitPicker: true, page: lazy(() => import('./pages/Compare')) },
  sangong: { yearMode: 'year', unitPicker: true, page: lazy(() => import('./pages/Sangong')) },
  alerts: { yearMode: 'year', unitPicker: false, page: lazy(() => import('./pages/Alerts')) },
  unit: { yearMode: 'none', unitPicker: false, page: lazy(() => import('./pages/UnitProfile')) },
  coverage: { yearMode: 'range', unitPicker: false, page: lazy(() => import('./pages/Coverage')) },
  data: { yearMode: 'none', unitPicker: false, page: lazy(() => import('./pages/Documents')) },
};

const title = (view: View): MessageKey => `nav.${view}`;

export function App() {
  const [filters, update] = useFilters();
  const t = translator(filters.lang);
  const model = useQuery(modelQuery());
  const yearsQuery = useQuery(membersQuery('year', serializeCut({ demo: demoCut(filters) })));
  const health = useQuery(healthQuery());
  const years = useMemo(
    () =>
      toOptions(yearsQuery.data)
        .map((o) => Number(o.value))
        .filter(Number.isFinite)
        .sort((a, b) => a - b),
    [yearsQuery.data],
  );
  const year = filters.year ?? years[years.length - 1];
  const spec = PAGES[filters.view];
  const Page = spec.page;
  const hasDemo = Boolean((health.data?.warehouse as { demo_units?: number } | undefined)?.demo_units);

  // The document's language and title follow the switch (screen readers pick their voice by lang).
  useEffect(() => {
    document.documentElement.lang = filters.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t(title(filters.view))} · ${t('app.title')}`;
  }, [filters.lang, filters.view, t]);

  const link = (view: View) => serializeFilters({ ...filters, view }) || '?';

  return (
    <LangContext.Provider value={filters.lang}>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="top">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p>{t('app.subtitle')}</p>
        </div>
        <div className="top-tools">
          {(hasDemo || filters.hideDemo) && (
            <label className="switch">
              <input
                type="checkbox"
                checked={!filters.hideDemo}
                onChange={(event) => update({ hideDemo: !event.target.checked })}
              />
              <span>
                {t('demo.show')} <span className="demo-badge">{t('demo.badge')}</span>
              </span>
            </label>
          )}
          <button
            type="button"
            className="tool"
            lang={filters.lang === 'zh' ? 'en' : 'zh'}
            onClick={() => update({ lang: filters.lang === 'zh' ? 'en' : 'zh' })}
          >
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <nav className="tabs" aria-label={t('nav.label')}>
        {(Object.keys(PAGES) as View[]).map((view) => (
          <a
            key={view}
            href={link(view)}
            aria-current={filters.view === view ? 'page' : undefined}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              update({ view });
            }}
          >
            {t(title(view))}
          </a>
        ))}
      </nav>
      {!filters.hideDemo && hasDemo && (
        <p className="demo-notice" role="note">
          <span className="demo-badge">{t('demo.badge')}</span> {t('demo.notice')}
        </p>
      )}
      {model.error ? (
        <main id="main">
          <ErrorState error={model.error} onRetry={() => void model.refetch()} />
        </main>
      ) : !model.data || yearsQuery.isPending ? (
        <main id="main">
          <Loading />
        </main>
      ) : (
        <SourceProvider>
          {spec.yearMode !== 'none' || spec.unitPicker ? (
            <FilterBar
              filters={filters}
              update={update}
              years={years}
              yearMode={spec.yearMode}
              unitPicker={spec.unitPicker}
            />
          ) : null}
          <main id="main" tabIndex={-1} data-view={filters.view}>
            <Suspense fallback={<Loading />}>
              <Page filters={filters} update={update} years={years} year={year} />
            </Suspense>
          </main>
        </SourceProvider>
      )}
    </LangContext.Provider>
  );
}
