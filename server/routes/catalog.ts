// GET /api/model (the catalog) and GET /api/members/:dimension (a dimension's values with labels).

import { Router } from 'express';
import { findDimension, publicModel } from '../catalog';
import { typedValue } from '../table';
import { compileMembers, normaliseMembers } from '../query/members';
import { cutString } from '../query/normalise';
import { DimensionParam, FormatOnlyQuery, MembersQuery } from '../query/schema';
import type { Column } from '../table';
import { totalOf, validate, type ApiContext } from './respond';
import { respond } from './respond';

export function catalogRouter(ctx: ApiContext): Router {
  const router = Router();

  router.get('/model', (req, res) => {
    validate(FormatOnlyQuery, req.query);
    res.set('Cache-Control', 'no-cache').json(publicModel());
  });

  router.get('/members/:dimension', async (req, res) => {
    const { dimension } = validate(DimensionParam, req.params);
    const input = validate(MembersQuery, req.query);
    const m = normaliseMembers(dimension, input);
    const d = findDimension(m.dimension)!;
    const key = `members/${m.dimension}?cut=${cutString(m.cuts)}&q=${m.q ?? ''}&page=${m.page}&pagesize=${m.pagesize}`;
    await respond(ctx, req, res, key, input.format, async (exec) => {
      const rows = await exec(compileMembers(m));
      const columns: Column[] = [
        { name: 'key', role: 'dimension', type: d.type },
        { name: 'label', role: 'label', type: 'string' },
      ];
      const members = rows.map((r) => ({
        key: typedValue(r.key, d.type),
        label: r.label === null ? null : String(r.label),
      }));
      return {
        json: {
          dimension: { id: d.id, label: d.label, type: d.type },
          query: { cut: cutString(m.cuts), q: m.q, page: m.page, pagesize: m.pagesize },
          members,
          total_member_count: totalOf(rows),
        },
        table: { columns, rows: members, name: `members_${d.id}` },
      };
    });
  });

  return router;
}
