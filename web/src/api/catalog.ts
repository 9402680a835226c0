// The catalog as the dashboard uses it: labels, units and formats of measures and dimensions in
// the current language, read from /api/model (never hard-coded here).
import { useQuery } from '@tanstack/react-query';
import { modelQuery } from './queries';
import type { ParameterId } from '../../../scripts/model/rules';
import type { CatalogField, DimensionId, MeasureId, Model } from './types';
import type { MeasureMeta, TableColumn } from '../charts/types';
import type { Lang } from '../format';
import { useLang } from '../i18n';

export interface Catalog {
  model: Model;
  measure(id: MeasureId): MeasureMeta;
  dimensionLabel(id: DimensionId): string;
  /** A table column for a measure or a dimension. */
  column(id: MeasureId | DimensionId): TableColumn;
  parameterDefault(id: ParameterId): number;
  /** A parameter's value: as chosen (the URL's thresholds), else its default. */
  parameter(id: ParameterId, chosen: Readonly<Record<string, string | undefined>>): number;
  /** The declared fields of a table shown in the unit profile, in declaration order. */
  profileFields(table: string): CatalogField[];
}

export function makeCatalog(model: Model, lang: Lang): Catalog {
  const measures = new Map<string, Model['measures'][number]>(model.measures.map((m) => [m.id, m]));
  const dimensions = new Map<string, Model['dimensions'][number]>(model.dimensions.map((d) => [d.id, d]));
  const measure = (id: string): MeasureMeta => {
    const m = measures.get(id);
    return m ? { id, label: m.label[lang], unit: m.unit, format: m.format } : { id, label: id };
  };
  const dimensionLabel = (id: string) => dimensions.get(id)?.label[lang] ?? id;
  const parameterDefault = (id: ParameterId) => model.parameters.find((p) => p.id === id)!.default;
  return {
    model,
    measure,
    dimensionLabel,
    column(id) {
      if (measures.has(id)) {
        const m = measure(id);
        return { key: id, label: m.label, unit: m.unit, format: m.format };
      }
      return { key: id, label: dimensionLabel(id) };
    },
    parameterDefault,
    parameter(id, chosen) {
      return Number(chosen[id] ?? parameterDefault(id));
    },
    profileFields(table) {
      return model.fields.filter((f) => f.profile && f.table === table);
    },
  };
}

/** The catalog once /api/model has answered (the app shell waits for it). */
export function useCatalog(): Catalog {
  const lang = useLang();
  const { data } = useQuery(modelQuery());
  if (!data) throw new Error('useCatalog before the model loaded');
  return makeCatalog(data, lang);
}
