// The provenance drawer: clicking a number (FactValue) opens the document, the line or page and the
// quoted source text of that fact, fetched from /api/facts/:id.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { factQuery } from '../api/queries';
import { useT } from '../i18n';
import { ErrorState, Loading } from './States';

interface SourceContextValue {
  open: (factId: string, label: string) => void;
}

const SourceContext = createContext<SourceContextValue>({ open: () => undefined });

/** A number that opens its source when clicked (or activated by keyboard). */
export function FactValue({
  factId,
  label,
  children,
}: {
  factId?: string | null;
  label: string;
  children: ReactNode;
}) {
  const { open } = useContext(SourceContext);
  if (!factId) return <span className="fact fact-none">{children}</span>;
  return (
    <button
      type="button"
      className="fact"
      data-fact={factId}
      onClick={() => open(factId, label)}
      aria-haspopup="dialog"
    >
      {children}
    </button>
  );
}

export function SourceProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<{ factId: string; label: string } | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const open = useCallback((factId: string, label: string) => {
    returnFocus.current = document.activeElement as HTMLElement | null;
    setCurrent({ factId, label });
  }, []);
  const close = useCallback(() => {
    setCurrent(null);
    returnFocus.current?.focus();
  }, []);
  return (
    <SourceContext.Provider value={{ open }}>
      {children}
      {current && <SourceDrawer factId={current.factId} label={current.label} onClose={close} />}
    </SourceContext.Provider>
  );
}

function SourceDrawer({ factId, label, onClose }: { factId: string; label: string; onClose: () => void }) {
  const t = useT();
  const query = useQuery(factQuery(factId));
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLElement>(null);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      if (event.key !== 'Tab' || !dialog.current) return;
      // Keep focus inside the dialog while it is open.
      const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]')];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const fact = query.data;
  return (
    <div className="drawer-backdrop" onClick={onClose}>
      <aside
        ref={dialog}
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="source-title"
        onClick={(event) => event.stopPropagation()}
      >
        <header className="drawer-head">
          <h2 id="source-title">
            {t('source.title')} · {label}
          </h2>
          <button ref={closeButton} type="button" className="tool" onClick={onClose}>
            {t('source.close')}
          </button>
        </header>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !fact ? (
          <Loading />
        ) : (
          <dl className="source">
            <dt>{t('source.document')}</dt>
            <dd>{fact.document.file_name ?? fact.document.doc_id}</dd>
            <dt>{t('source.location')}</dt>
            <dd>
              {[
                fact.location.page != null ? t('source.page', { n: fact.location.page }) : null,
                fact.location.line != null ? t('source.line', { n: fact.location.line }) : null,
                fact.location.sheet ? t('source.sheet', { n: fact.location.sheet }) : null,
              ]
                .filter(Boolean)
                .join(' · ') || '—'}
            </dd>
            {fact.fact.derived && (
              <>
                <dt />
                <dd className="derived">{t('source.derived')}</dd>
              </>
            )}
            <dt>{t('source.quote')}</dt>
            <dd>
              <blockquote className="quote">{fact.quote ?? t('source.none')}</blockquote>
            </dd>
            {fact.rule && (
              <>
                <dt>{t('source.rule')}</dt>
                <dd className="rule">{fact.rule}</dd>
              </>
            )}
          </dl>
        )}
      </aside>
    </div>
  );
}
