// The findings of a unit in words: year, severity and what was found as the catalog labels them, and
// a one-line explanation with the figures (指标得分合计96分，报告总分97分). Codes stay in a title only.
import type { ProfileFinding } from '../api/profile';
import type { Text } from '../api/types';
import { useLang, useT } from '../i18n';

function word(value: unknown, lang: 'zh' | 'en', fallback: string): string {
  if (value && typeof value === 'object' && lang in value) return (value as Text)[lang];
  return fallback;
}

export function FindingsTable({ findings, yearLabel }: { findings: ProfileFinding[]; yearLabel: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="panel">
      <table className="data-table findings">
        <caption>{t('unit.findings')}</caption>
        <thead>
          <tr>
            <th scope="col">{yearLabel}</th>
            <th scope="col">{t('col.severity')}</th>
            <th scope="col">{t('col.finding')}</th>
            <th scope="col">{t('col.message')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f, i) => (
            <tr key={i} data-code={String(f.code ?? '')}>
              <td>{String(f.year ?? '')}</td>
              <td className={`severity-${String(f.severity ?? '')}`}>
                {word(f.severity_label, lang, String(f.severity ?? ''))}
              </td>
              <td className="finding-label" title={String(f.code ?? '')}>
                {word(f.label, lang, String(f.code ?? ''))}
              </td>
              <td>{word(f.explanation, lang, String(f.message ?? ''))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
