// The findings of a unit in words: year, severity and what was found as the catalog labels them, and
// a one-line explanation with the figures (指标得分合计96分，报告总分97分). Codes stay in a title only; no
// table when there are no findings.
import type { ProfileFinding } from '../api/profile';
import type { Text } from '../api/types';
import { useLang, useT } from '../i18n';
import { TablePanel } from './RowTable';

function word(value: unknown, lang: 'zh' | 'en', fallback: string): string {
  if (value && typeof value === 'object' && lang in value) return (value as Text)[lang];
  return fallback;
}

export function FindingsTable({ findings, yearLabel }: { findings: ProfileFinding[]; yearLabel: string }) {
  const t = useT();
  const lang = useLang();
  const text = (value: unknown) => String(value ?? '');
  return (
    <TablePanel
      caption={t('unit.findings')}
      className="data-table findings"
      items={findings}
      rowAttributes={(f) => ({ 'data-code': text(f.code) })}
      columns={[
        { header: yearLabel, cell: (f) => text(f.year) },
        {
          header: t('col.severity'),
          className: (f) => `severity-${text(f.severity)}`,
          cell: (f) => word(f.severity_label, lang, text(f.severity)),
        },
        {
          header: t('col.finding'),
          className: 'finding-label',
          title: (f) => text(f.code),
          cell: (f) => word(f.label, lang, text(f.code)),
        },
        { header: t('col.message'), cell: (f) => word(f.explanation, lang, text(f.message)) },
      ]}
    />
  );
}
