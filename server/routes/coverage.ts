// GET /api/coverage: 数据覆盖 — unit × year (document kinds, key figures known, partial documents),
// counts per region and year, documents without a unit-year, and warnings where the units reporting
// change between consecutive years (a trend over those years mixes a change of coverage in).

import { Router } from 'express';
import { findMeasure } from '../catalog';
import { badRequest } from '../http/errors';
import { column, typedValue, UNIT_COLUMNS, type TableRow } from '../table';
import { compileAggregate } from '../query/compile';
import type { Column } from '../table';
import {
  COVERAGE_CUT_DIMENSIONS,
  COVERAGE_FIGURES,
  coverageCellsStatement,
  coverageDocumentsStatement,
  coverageRegionQuery,
  coverageUniverseQuery,
  coverageYearsStatement,
  normaliseCoverage,
  regionLevel,
} from '../query/coverage';
import { cutString } from '../query/normalise';
import { CoverageQuery } from '../query/schema';
import type { Row } from '../db/warehouse';
import { respond, totalOf, validate, type ApiContext } from './respond';

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

const CELL_COLUMNS: Column[] = [
  ...UNIT_COLUMNS,
  column('province'),
  column('county'),
  column('year', 'dimension', 'integer'),
  column('reported', 'measure', 'boolean'),
  column('kinds', 'label'),
  ...COVERAGE_FIGURES.map((f) => column(f.id, 'measure', 'boolean')),
  ...['documents', 'partial_documents'].map((name) => column(name, 'measure', 'integer')),
];

function unitsOf(rows: Row[]) {
  const units = new Map<string, Record<string, unknown> & { years: Record<string, unknown>[] }>();
  for (const r of rows) {
    const id = String(r.unit_id);
    let u = units.get(id);
    if (!u) {
      const { unit_id, unit_name, province, city, county, dept_type, is_demo } = r;
      u = { unit_id, unit_name, province, city, county, dept_type, is_demo, years: [] };
      units.set(id, u);
    }
    if (r.year === null || r.year === undefined) continue;
    u.years.push({
      year: Number(r.year),
      kinds: r.kinds ?? [],
      ...Object.fromEntries(COVERAGE_FIGURES.map((f) => [f.id, r[f.id] === true])),
      documents: n(r.documents),
      partial_documents: n(r.partial_documents),
    });
  }
  return [...units.values()];
}

export function coverageRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/coverage', async (req, res) => {
    const input = validate(CoverageQuery, req.query);
    const q = normaliseCoverage(input);
    for (const c of q.cuts)
      if (!COVERAGE_CUT_DIMENSIONS.includes(c.dimension))
        throw badRequest(
          'dimension_not_applicable',
          `coverage can be cut by ${COVERAGE_CUT_DIMENSIONS.join(', ')} only`,
          { dimension: c.dimension },
        );
    const key = `coverage?cut=${cutString(q.cuts)}&page=${q.page}&pagesize=${q.pagesize}`;
    await respond(ctx, req, res, key, input.format, async (_exec, info, parallel) => {
      const [cellRows, yearRows, docRows, regionRows, universeRows] = await parallel([
        coverageCellsStatement(q),
        coverageYearsStatement(q),
        coverageDocumentsStatement(q),
        compileAggregate(coverageRegionQuery(q), info.rollups).cells,
        compileAggregate(coverageUniverseQuery(q), info.rollups).cells,
      ]);
      const level = regionLevel(q.cuts);
      const years = yearRows!.map((r) => Number(r.year));
      const universe = new Map(universeRows!.map((r) => [String(r[level]), n(r.unit_count)]));
      const regions = regionRows!.map((r) => ({
        region: r[level] === null ? null : String(r[level]),
        year: Number(r.year),
        units: universe.get(String(r[level])) ?? 0,
        reported: n(r.unit_year_count),
        ...Object.fromEntries(COVERAGE_FIGURES.map((f) => [f.id, n(r[f.measure])])),
      }));
      const allUnits = [...universe.values()].reduce((a, b) => a + b, 0);
      const byYear = years.map((year) => {
        const rows = regions.filter((r) => r.year === year);
        const sum = (k: string) => rows.reduce((a, r) => a + n((r as Record<string, unknown>)[k]), 0);
        return {
          year,
          units: allUnits,
          reported: sum('reported'),
          ...Object.fromEntries(COVERAGE_FIGURES.map((f) => [f.id, sum(f.id)])),
        };
      });
      const warnings = byYear.slice(1).flatMap((y, i) => {
        const prev = byYear[i]!;
        if (y.reported === prev.reported) return [];
        const zh = `${y.year}年报告单位${y.reported}家，${prev.year}年${prev.reported}家：两年之间的变化含报告单位数的变化`;
        const en = `${y.reported} units reported for ${y.year}, ${prev.reported} for ${prev.year}: a change between these years includes the change in units reporting`;
        return [
          {
            year: y.year,
            previous_year: prev.year,
            reported: y.reported,
            previous_reported: prev.reported,
            text: { zh, en },
          },
        ];
      });
      const units = unitsOf(cellRows!);
      const table: TableRow[] = units.flatMap((u) =>
        years.map((year) => {
          const y = u.years.find((x) => x.year === year);
          return {
            unit: String(u.unit_id),
            'unit.label': String(u.unit_name),
            province: u.province === null ? null : String(u.province),
            county: u.county === null ? null : String(u.county),
            year,
            reported: Boolean(y),
            kinds: y ? (y.kinds as string[]).join(';') : null,
            ...Object.fromEntries(COVERAGE_FIGURES.map((f) => [f.id, y ? Boolean(y[f.id]) : false])),
            documents: typedValue(y?.documents ?? 0, 'integer'),
            partial_documents: typedValue(y?.partial_documents ?? 0, 'integer'),
          };
        }),
      );
      return {
        json: {
          query: { cut: cutString(q.cuts), page: q.page, pagesize: q.pagesize, level },
          years,
          figures: COVERAGE_FIGURES.map((f) => ({ id: f.id, label: findMeasure(f.of)!.base!.label })),
          units,
          total_unit_count: totalOf(cellRows!),
          by_year: byYear,
          regions,
          documents: Object.fromEntries(Object.entries(docRows![0] ?? {}).map(([k, v]) => [k, n(v)])),
          warnings,
        },
        table: { columns: CELL_COLUMNS, rows: table, name: 'coverage' },
      };
    });
  });
  return router;
}
