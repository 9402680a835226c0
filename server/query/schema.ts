// The zod schemas of every request the API validates. The same schemas generate /api/openapi.json.

import { z } from 'zod';
import { PARAMETERS } from '../catalog';

export const MAX_PAGESIZE = 1000;
export const FORMATS = ['json', 'csv', 'xlsx', 'arrow'] as const;
export type OutputFormat = (typeof FORMATS)[number];

const page = z.coerce.number().int().min(1).max(1_000_000).default(1).describe('1-based page number');
const pagesize = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_PAGESIZE)
  .default(100)
  .describe(`rows per page, at most ${MAX_PAGESIZE}`);
const format = z
  .enum(FORMATS)
  .optional()
  .describe('json (default), csv, xlsx or arrow; or use the Accept header');
const cut = z
  .string()
  .max(4000)
  .optional()
  .describe(
    'filters, babbage style: `year:2020..2021|province:湖南省;江西省|demo:false` (`|` joins, `;` lists, `..` a range)',
  );

function param(id: string) {
  const p = PARAMETERS.find((x) => x.id === id)!;
  return z.coerce
    .number()
    .min(p.min)
    .max(p.max)
    .default(p.default)
    .describe(`${p.description.en} (${p.unit}, default ${p.default})`);
}

export const AggregateQuery = z
  .object({
    measures: z
      .string()
      .max(2000)
      .describe('measure ids joined by `|` or `,`, e.g. `budget|executed|execution_rate`'),
    drilldown: z.string().max(1000).optional().describe('dimension ids joined by `|`, e.g. `year|province`'),
    cut,
    order: z.string().max(1000).optional().describe('`measure_or_dimension:asc|desc` joined by `|`'),
    page,
    pagesize,
    threshold: param('threshold'),
    format,
  })
  .strict();
export type AggregateQueryInput = z.input<typeof AggregateQuery>;

export const MembersQuery = z
  .object({
    cut,
    q: z.string().max(100).optional().describe('only members whose key or label contains this text'),
    page,
    pagesize,
    format,
  })
  .strict();

export const AlertsQuery = z
  .object({
    year: z.coerce
      .number()
      .int()
      .min(1900)
      .max(2200)
      .optional()
      .describe('budget year; default the latest year loaded'),
    cut,
    threshold: param('threshold'),
    project_threshold: param('project_threshold'),
    high_score: param('high_score'),
    progress_tolerance: param('progress_tolerance'),
    sangong_rise: param('sangong_rise'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGESIZE)
      .default(100)
      .describe('entries per rule, at most 1000'),
    offset: z.coerce
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .default(0)
      .describe('entries of each rule to skip (paging a rule: rule=…&offset=…&limit=…)'),
    rule: z
      .string()
      .max(100)
      .optional()
      .describe('only this rule (unit_low_execution, project_low_execution, quarterly_behind, …)'),
    format,
  })
  .strict();
export type AlertsParams = z.output<typeof AlertsQuery>;

export const CoverageQuery = z.object({ cut, page, pagesize: pagesize.default(1000), format }).strict();

export const DocumentsQuery = z
  .object({
    status: z.enum(['ok', 'partial', 'quarantined']).optional(),
    demo: z
      .enum(['true', 'false', 'all'])
      .default('all')
      .describe('demo documents, real ones, or all (labelled)'),
    page,
    pagesize,
    format,
  })
  .strict();

export const FormatOnlyQuery = z.object({ format }).strict();

export const IdParam = z.object({ id: z.string().min(1).max(300) });
export const DimensionParam = z.object({ dimension: z.string().min(1).max(100) });
