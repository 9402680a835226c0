// Measure and dimension ids are types (unions from the catalog's `as const` declarations): a request
// naming a measure or dimension the catalog does not declare fails to compile. `npm test` type-checks
// this file, so each `@ts-expect-error` below fails the run if the error it expects goes away.
import { describe, expect, it } from 'vitest';
import type { AggregateRequest } from '../../web/src/api/client';
import { DIMENSIONS, MEASURES, UNIT_DIMENSIONS } from '../../server/catalog';
import type { DimensionId, MeasureId } from '../../web/src/api/types';

describe('measure and dimension ids', () => {
  it('accept the declared ids and refuse others at compile time', () => {
    const ok: AggregateRequest = {
      measures: ['execution_rate', 'sangong_abroad'],
      drilldown: ['unit', 'year'],
      cut: { county: ['某县'], year: { from: 2020, to: 2022 } },
      order: ['execution_rate:asc'],
    };
    // @ts-expect-error: there is no dimension "district"
    const noDimension: AggregateRequest = { measures: ['execution_rate'], drilldown: ['district'] };
    // @ts-expect-error: nor can a query cut by it
    const noCut: AggregateRequest = { measures: ['execution_rate'], cut: { district: ['某区'] } };
    // @ts-expect-error: there is no measure "execution_ratio"
    const noMeasure: AggregateRequest = { measures: ['execution_ratio'] };
    // @ts-expect-error: an order names a measure and a direction
    const noOrder: AggregateRequest = { measures: ['budget'], order: ['budget:up'] };
    expect([ok, noDimension, noCut, noMeasure, noOrder]).toHaveLength(5);
  });

  it('are the ids the catalog declares', () => {
    const dimensions: DimensionId[] = DIMENSIONS.map((d) => d.id);
    const measures: MeasureId[] = MEASURES.map((m) => m.id);
    expect(new Set(dimensions).size).toBe(DIMENSIONS.length);
    expect(new Set(measures).size).toBe(MEASURES.length);
    for (const id of UNIT_DIMENSIONS) expect(dimensions).toContain(id);
  });
});
