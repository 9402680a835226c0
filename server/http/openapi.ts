// /api/openapi.json, generated from the same zod schemas that validate the requests.

import { z } from 'zod';
import {
  AggregateQuery,
  AlertsQuery,
  CoverageQuery,
  DocumentsQuery,
  FormatOnlyQuery,
  MembersQuery,
} from '../query/schema';

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; required?: string[] };

function queryParameters(schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name),
    description: typeof s.description === 'string' ? s.description : undefined,
    schema: s,
  }));
}

function pathParameter(name: string, description: string) {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

const ErrorBody = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
      required: ['code', 'message', 'details'],
    },
  },
};

const TABLE_TYPES = {
  'application/json': {},
  'text/csv': {},
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {},
  'application/vnd.apache.arrow.stream': {},
};

function op(summary: string, parameters: unknown[], tabular = false) {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: { description: 'OK', content: tabular ? TABLE_TYPES : { 'application/json': {} } },
        304: { description: 'Not modified (ETag)' },
        400: { description: 'Bad parameter', content: { 'application/json': { schema: ErrorBody } } },
        404: { description: 'Unknown id', content: { 'application/json': { schema: ErrorBody } } },
      },
    },
  };
}

export function openApiDocument() {
  const fmt = queryParameters(FormatOnlyQuery);
  return {
    openapi: '3.1.0',
    info: {
      title: '绩效分析台 API',
      version: '1.0.0',
      description: 'Aggregates over the performance-evaluation warehouse',
    },
    paths: {
      '/api/health': op('Status and what is loaded', fmt),
      '/api/model': op('The catalog of measures, dimensions and parameters', fmt),
      '/api/members/{dimension}': op(
        'The values of a dimension, with labels',
        [pathParameter('dimension', 'a dimension id from /api/model'), ...queryParameters(MembersQuery)],
        true,
      ),
      '/api/aggregate': op('Measures by dimensions (babbage style)', queryParameters(AggregateQuery), true),
      '/api/units/{id}': op('A unit over all years', [pathParameter('id', 'unit id'), ...fmt]),
      '/api/alerts': op('Alerts with thresholds; each entry says why', queryParameters(AlertsQuery), true),
      '/api/coverage': op(
        'Coverage: unit × year (document kinds, key figures known, partial documents), counts per region and year',
        queryParameters(CoverageQuery),
        true,
      ),
      '/api/facts/{id}': op('One fact with its provenance', [pathParameter('id', 'fact id'), ...fmt]),
      '/api/documents': op('Every ingested document and its status', queryParameters(DocumentsQuery), true),
      '/api/openapi.json': op('This document', []),
      '/api/uploads': {
        post: {
          summary: 'Upload report files (multipart field "files") and load them into the warehouse',
          requestBody: {
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
                },
              },
            },
          },
          responses: {
            200: { description: 'Loaded; the load summary' },
            400: { description: 'No files', content: { 'application/json': { schema: ErrorBody } } },
            413: { description: 'Too large', content: { 'application/json': { schema: ErrorBody } } },
          },
        },
      },
    },
  };
}
