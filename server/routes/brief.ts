// GET /api/brief?year=&cut=&format=docx|pdf: the 年度分析简报 of a year and a region as a DOCX, or as
// the PDF LibreOffice headless makes from that DOCX. Charts are drawn by ECharts on the server.

import { Router } from 'express';
import { z } from 'zod';
import { briefDocx } from '../brief/document';
import { gatherBrief } from '../brief/data';
import { chartsToPng } from '../brief/raster';
import { ApiError, badRequest } from '../http/errors';
import { latestBriefYear } from '../query/brief';
import { parseCuts, withDemoDefault, type Cut } from '../query/normalise';
import { convertWithLibreOffice, LibreOfficeMissingError } from '../../scripts/readers/libreoffice';
import { validate, type ApiContext } from './respond';

export const BriefQuery = z
  .object({
    year: z.coerce.number().int().min(1900).max(2200).optional().describe('budget year; default the latest'),
    cut: z
      .string()
      .max(2000)
      .optional()
      .describe('region, department type and demo: `province:湖南省|dept_type:教育局|demo:true`'),
    format: z
      .enum(['docx', 'pdf'])
      .default('docx')
      .describe('docx (default) or pdf (LibreOffice from the DOCX)'),
  })
  .strict();

const BRIEF_CUTS = ['province', 'city', 'county', 'dept_type', 'demo'];

/** The scope in words for the brief's subtitle. */
function scopeLabel(cuts: Cut[]): string {
  const parts: string[] = [];
  for (const c of cuts) {
    if (c.op !== 'in') continue;
    if (c.dimension === 'demo') {
      const v = new Set(c.values.map(String));
      parts.push(v.size === 2 ? '真实与演示数据' : v.has('true') ? '演示数据' : '真实数据');
    } else parts.push(c.values.map(String).join('、'));
  }
  return parts.join(' · ');
}

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export function briefRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/brief', async (req, res) => {
    const input = validate(BriefQuery, req.query);
    const cuts = withDemoDefault(parseCuts(input.cut));
    for (const c of cuts)
      if (!BRIEF_CUTS.includes(c.dimension))
        throw badRequest(
          'dimension_not_applicable',
          `the brief can be cut by ${BRIEF_CUTS.join(', ')} only`,
          {
            dimension: c.dimension,
          },
        );
    const data = await ctx.warehouse.run(async (exec, info, parallel) => {
      const year = input.year ?? Number((await exec(latestBriefYear(cuts)))[0]?.year ?? NaN);
      if (!Number.isFinite(year))
        throw badRequest('no_year', 'no year is loaded for this cut; give year=YYYY', {});
      return gatherBrief(parallel, info, year, cuts);
    });
    data.scope = scopeLabel(cuts);
    let docx: Buffer;
    let out: Buffer;
    try {
      docx = await briefDocx(data, await chartsToPng(data.charts));
      out =
        input.format === 'pdf'
          ? ((
              await convertWithLibreOffice([{ name: 'brief.docx', bytes: docx }], 'pdf:writer_pdf_Export')
            ).get('brief.docx') ?? Buffer.alloc(0))
          : docx;
    } catch (err) {
      if (err instanceof LibreOfficeMissingError || (err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ApiError(
          503,
          'converter_missing',
          'the brief needs LibreOffice (soffice) and poppler (pdftoppm)',
        );
      throw err;
    }
    if (!out.length) throw new ApiError(503, 'conversion_failed', 'LibreOffice did not produce the PDF');
    res.set({
      'Content-Type': TYPES[input.format],
      'Content-Disposition': `attachment; filename="brief-${data.year}.${input.format}"`,
      'Cache-Control': 'no-store',
    });
    res.status(200).end(out);
  });
  return router;
}
