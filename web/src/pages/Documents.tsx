// 数据: what has been ingested (documents, status, findings), quarantined files with the reason, and
// the upload: drag and drop several reports, a progress bar, then the server runs the ETL, swaps the
// warehouse in, and every view is refreshed.
import { useRef, useState, type DragEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ViewProps } from '../App';
import { documentsQuery, healthQuery } from '../api/queries';
import { uploadFiles, storeUploadToken, ApiError } from '../api/client';
import type { DocumentRow } from '../api/types';
import { TablePanel, type RowColumn } from '../components/RowTable';
import { QueryState } from '../components/States';
import { formatCount } from '../format';
import { useLang, useT, type MessageKey, type Translate } from '../i18n';

const HEALTH_FIELDS = [
  'units',
  'demo_units',
  'unit_years',
  'first_year',
  'last_year',
  'projects',
  'documents',
  'quarantined',
  'findings',
  'loaded_at',
] as const;

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number; files: string[] }
  | { phase: 'processing'; files: string[] }
  | { phase: 'done'; files: string[]; summary: string }
  | { phase: 'failed'; message: string };

function documentsOf(body: { documents: DocumentRow[] } | DocumentRow[] | undefined): DocumentRow[] {
  if (!body) return [];
  return Array.isArray(body) ? body : (body.documents ?? (body as { items?: DocumentRow[] }).items ?? []);
}

function findingCount(doc: DocumentRow): number | null {
  return typeof doc.findings === 'number' ? doc.findings : null;
}

const SUMMARY_FIELDS = ['loaded', 'replaced', 'skipped', 'quarantined', 'partial', 'findings'] as const;

/** A short summary of the server's answer to an upload: documents loaded, skipped, quarantined… */
function describeUpload(body: unknown, t: Translate): string {
  const summary = ((body ?? {}) as { summary?: Record<string, unknown> }).summary ?? {};
  return SUMMARY_FIELDS.filter((k) => typeof summary[k] === 'number')
    .map((k) => `${t(`upload.${k}`)} ${summary[k] as number}`)
    .join(' · ');
}

export function Upload() {
  const t = useT();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });

  const send = async (list: FileList | File[], retried = false): Promise<void> => {
    const files = [...list];
    if (!files.length) return;
    const names = files.map((f) => f.name);
    setState({ phase: 'uploading', percent: 0, files: names });
    try {
      const body = await uploadFiles(files, ({ loaded, total }) => {
        const percent = total ? Math.round((loaded / total) * 100) : 0;
        setState(
          percent >= 100
            ? { phase: 'processing', files: names }
            : { phase: 'uploading', percent, files: names },
        );
      });
      setState({ phase: 'done', files: names, summary: describeUpload(body, t) });
      await queryClient.invalidateQueries({ queryKey: ['api'] });
    } catch (error) {
      // A server reachable beyond this machine asks for its upload token: asked once, then kept.
      if (error instanceof ApiError && error.status === 401 && !retried) {
        storeUploadToken(null);
        const token = window.prompt(t('upload.token'))?.trim();
        if (token) {
          storeUploadToken(token);
          return send(files, true);
        }
      }
      setState({
        phase: 'failed',
        message: error instanceof ApiError ? `${error.message} (${error.code})` : String(error),
      });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void send(event.dataTransfer.files);
  };

  const busy = state.phase === 'uploading' || state.phase === 'processing';
  return (
    <section className="panel" aria-labelledby="upload-title">
      <header className="panel-head">
        <h2 id="upload-title">{t('data.upload')}</h2>
      </header>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        role="button"
        tabIndex={0}
        aria-describedby="upload-status"
        aria-disabled={busy}
        onClick={() => !busy && input.current?.click()}
        onKeyDown={(event) => {
          if ((event.key === 'Enter' || event.key === ' ') && !busy) {
            event.preventDefault();
            input.current?.click();
          }
        }}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        {t('data.drop')}
        <input
          ref={input}
          type="file"
          multiple
          hidden
          name="files"
          accept=".txt,.pdf,.docx,.doc,.xlsx,.xls,.html,.htm"
          onChange={(event) => {
            if (event.target.files) void send(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      <div id="upload-status" className="upload-status" role="status" aria-live="polite">
        {state.phase === 'uploading' && (
          <>
            {t('data.uploading')} {state.files.join('、')}
            <progress className="progress" max={100} value={state.percent} aria-label={t('data.uploading')} />
          </>
        )}
        {state.phase === 'processing' && (
          <>
            {t('data.processing')} {state.files.join('、')}
            <progress className="progress" aria-label={t('data.processing')} />
          </>
        )}
        {state.phase === 'done' && (
          <span className="status-ok" data-upload="done">
            {t('data.done')}: {state.files.join('、')} {state.summary && `(${state.summary})`}
          </span>
        )}
        {state.phase === 'failed' && (
          <span className="status-quarantined" role="alert">
            {t('data.failed')}: {state.message}
          </span>
        )}
      </div>
    </section>
  );
}

export default function Documents(_props: ViewProps) {
  const lang = useLang();
  const t = useT();
  const documents = useQuery(documentsQuery());
  const health = useQuery(healthQuery());
  const statusLabel = (status: string) => t(`status.${status}` as MessageKey) ?? status;
  const documentColumns: RowColumn<DocumentRow>[] = [
    {
      header: t('data.file'),
      cell: (d) => (
        <>
          {d.file_name}
          {d.is_demo || d.demo ? <span className="demo-badge small">{t('demo.badge')}</span> : null}
        </>
      ),
    },
    { header: t('data.format'), cell: (d) => d.format ?? '—' },
    {
      header: t('data.kinds'),
      cell: (d) => (d.kinds ?? []).map((k) => t(`kind.${k}` as MessageKey)).join('、') || '—',
    },
    {
      header: t('data.status'),
      className: (d) => `status-${d.status}`,
      cell: (d) => (
        <>
          {statusLabel(d.status)}
          {d.reason && d.status !== 'ok' ? <div className="sub">{d.reason}</div> : null}
        </>
      ),
    },
    {
      header: t('data.findings'),
      cell: (d) => (
        <>
          {findingCount(d) ?? '—'}
          {d.finding_list?.length ? (
            <details>
              <summary>{t('data.findings')}</summary>
              <ul className="finding-list">
                {d.finding_list.map((f, i) => (
                  <li key={i} title={f.code}>
                    <span className="finding-label">{f.label?.[lang] ?? f.code}</span>{' '}
                    {f.explanation?.[lang] ?? f.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ),
    },
    {
      header: t('data.loadedAt'),
      cell: (d) => (d.loaded_at ? String(d.loaded_at).replace('T', ' ').slice(0, 19) : '—'),
    },
  ];

  return (
    <div className="view">
      <h2 className="view-title">{t('nav.data')}</h2>
      <Upload />
      {health.data?.warehouse?.loaded && (
        <section className="panel" aria-labelledby="health-title">
          <header className="panel-head">
            <h2 id="health-title">{t('data.health')}</h2>
          </header>
          <dl className="kpis">
            {HEALTH_FIELDS.map((field) => {
              const value = health.data.warehouse?.[field];
              if (value === undefined || value === null) return null;
              return (
                <div className="kpi" key={field}>
                  <dt className="kpi-label">{t(`health.${field}`)}</dt>
                  <dd className="kpi-value">
                    {typeof value === 'number' && !field.endsWith('_year')
                      ? formatCount(value)
                      : String(value).slice(0, 19)}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
      <QueryState query={documents}>
        {(body) => {
          const rows = documentsOf(body);
          const quarantined = rows.filter((d) => d.status === 'quarantined');
          return (
            <>
              <TablePanel
                section="quarantined"
                caption={t('data.quarantined')}
                count={quarantined.length}
                items={quarantined}
                rowKey={(d) => d.doc_id}
                columns={[
                  { header: t('data.file'), cell: (d) => d.file_name },
                  { header: t('data.reason'), className: 'status-quarantined', cell: (d) => d.reason ?? '—' },
                ]}
              />
              <TablePanel
                section="documents"
                always
                caption={t('data.documents')}
                count={rows.length}
                items={rows}
                rowKey={(d) => d.doc_id}
                rowAttributes={(d) => ({ 'data-file': d.file_name })}
                columns={documentColumns}
              />
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
