// GET /api/aggregate: measures by dimensions, babbage style. Echoes the normalised query with the
// catalog's labels, units and formats, and returns cells, a summary row and total_cell_count.

import { Router } from 'express';
import { findDimension, findMeasure, publicMeasure } from '../catalog';
import { typedValue, type TableRow } from '../table';
import { compileAggregate } from '../query/compile';
import type { Column } from '../table';
import { coverageOf, coverageQuery } from '../query/coverage-cells';
import { cutString, normaliseAggregate, queryString, type NormalQuery } from '../query/normalise';
import type { Coverage } from '../query/coverage-cells';
import { AggregateQuery } from '../query/schema';
import type { Row } from '../db/warehouse';
import { respond, totalOf, validate, type ApiContext } from './respond';

function typedRow(row: Row, columns: Column[]): TableRow {
  const out: TableRow = {};
  for (const c of columns) out[c.name] = typedValue(row[c.name], c.type);
  return out;
}

/** The normalised query as the client sees it, with what it needs to label and format the cells. */
export function echo(q: NormalQuery) {
  return {
    query: {
      measures: q.measures,
      drilldown: q.drilldown,
      cut: cutString(q.cuts),
      cuts: q.cuts,
      order: q.order,
      page: q.page,
      pagesize: q.pagesize,
      threshold: q.threshold,
    },
    query_string: queryString(q),
    measures: q.measures.map((id) => publicMeasure(findMeasure(id)!)),
    dimensions: q.drilldown.map((id) => {
      const d = findDimension(id)!;
      return { id: d.id, label: d.label, type: d.type };
    }),
  };
}

export function aggregateRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/aggregate', async (req, res) => {
    const input = validate(AggregateQuery, req.query);
    const q = normaliseAggregate(input);
    await respond(
      ctx,
      req,
      res,
      `aggregate?${queryString(q)}`,
      input.format,
      async (exec, info, parallel) => {
        const compiled = compileAggregate(q, info.rollups);
        const [rows, summaryRows] = await parallel(
          compiled.summary ? [compiled.cells, compiled.summary] : [compiled.cells],
        );
        const cellQuery = q.drilldown.length ? coverageQuery(q, rows!) : null;
        const totalQuery = coverageQuery(q, null);
        const [cellCoverage, totalCoverage] = await parallel(
          [cellQuery, totalQuery]
            .filter((x): x is NormalQuery => x !== null)
            .map((x) => compileAggregate(x, info.rollups).cells),
        );
        const cellCov = cellQuery ? coverageOf(q, cellCoverage!, q.drilldown) : null;
        const totalCov = totalQuery ? coverageOf(q, (cellQuery ? totalCoverage : cellCoverage)!, []) : null;
        const measureColumns = compiled.columns.filter((c) => c.role === 'measure');
        const summaryRow = summaryRows ? summaryRows[0] : rows![0];
        const summary = summaryRow ? typedRow(summaryRow, measureColumns) : null;
        const cells = rows!.map((r) => typedRow(r, compiled.columns));
        // Coverage of each cell, in the order of the cells: {budget: {known: 233, of: 300}, …}.
        const cellCoverages = rows!.map((r) => (cellCov ? cellCov(r) : totalCov ? totalCov({}) : undefined));
        const coverageColumns = coverageColumnsOf(q);
        const tableRows = cells.map((cell, i) => ({ ...cell, ...flatCoverage(q, cellCoverages[i]) }));
        let total = q.drilldown.length ? totalOf(rows!) : 1;
        if (q.drilldown.length && rows!.length === 0 && q.page > 1) {
          // Past the last page: the total still counts every cell.
          total = totalOf(await exec(compileAggregate({ ...q, page: 1, pagesize: 1 }, info.rollups).cells));
        }
        return {
          json: {
            ...echo(q),
            columns: compiled.columns,
            cells,
            summary,
            coverage: totalCov ? { cells: cellCoverages, summary: totalCov({}) } : null,
            total_cell_count: total,
            page: q.page,
            pagesize: q.pagesize,
            answered_from_rollup: compiled.rollups,
            warehouse: info.generation,
          },
          table: {
            columns: [...compiled.columns, ...coverageColumns],
            rows: tableRows,
            name: ['aggregate', ...q.measures].join('_'),
          },
        };
      },
    );
  });
  return router;
}

/** Export columns for coverage: `<measure>.known` and `<measure>.of` after the measures. */
function coverageColumnsOf(q: NormalQuery): Column[] {
  return q.measures
    .filter((id) => findMeasure(id)!.base)
    .flatMap((id) => [
      { name: `${id}.known`, role: 'measure' as const, type: 'integer' as const },
      { name: `${id}.of`, role: 'measure' as const, type: 'integer' as const },
    ]);
}

function flatCoverage(q: NormalQuery, coverage: Record<string, Coverage> | undefined): TableRow {
  const out: TableRow = {};
  for (const id of q.measures) {
    const c = coverage?.[id];
    if (!c) continue;
    out[`${id}.known`] = c.known;
    out[`${id}.of`] = c.of;
  }
  return out;
}
