// Warns, above a trend or a comparison, when the units reporting change between the years it spans:
// a fall that comes from fewer units reporting must not look like a real fall.
import { useQuery } from '@tanstack/react-query';
import { coverageQuery } from '../api/queries';
import { useLang, useT } from '../i18n';

export function CoverageWarnings({ cut, years }: { cut: string; years?: readonly number[] }) {
  const t = useT();
  const lang = useLang();
  const coverage = useQuery(coverageQuery(cut));
  const warnings = (coverage.data?.warnings ?? []).filter(
    (w) => !years || (years.includes(w.year) && years.includes(w.previous_year)),
  );
  if (!warnings.length) return null;
  return (
    <div className="coverage-warning" role="note" data-testid="coverage-warning">
      <strong>{t('coverage.changed')}</strong>
      <ul>
        {warnings.map((w) => (
          <li key={w.year}>{w.text[lang]}</li>
        ))}
      </ul>
    </div>
  );
}
