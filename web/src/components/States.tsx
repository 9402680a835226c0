// Loading, empty and error states shared by every panel.
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useT } from '../i18n';

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <div className="state state-empty" role="status">
      {children ?? t('state.empty')}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const message =
    error instanceof ApiError
      ? `${error.message} (${error.code})`
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <div className="state state-error" role="alert">
      <strong>{t('state.error')}</strong>
      <span>{message}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** Renders the state of a query, or its children once data is there. */
export function QueryState<T>({
  query,
  isEmpty,
  emptyText,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  isEmpty?: (data: T) => boolean;
  /** What the empty state says, when more can be said than "no data". */
  emptyText?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.error && query.data === undefined)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  if (isEmpty?.(query.data)) return <Empty>{emptyText}</Empty>;
  return <>{children(query.data)}</>;
}
