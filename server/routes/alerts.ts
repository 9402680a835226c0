// GET /api/alerts: the alert rules with thresholds as parameters; each entry says why, with figures.
// The rules and their answer are the query layer's (server/query/alerts*.ts).

import { Router } from 'express';
import { answerAlerts } from '../query/alerts-answer';
import { AlertsQuery } from '../query/schema';
import { respond, validate, type ApiContext } from './respond';

export function alertsRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/alerts', async (req, res) => {
    const input = validate(AlertsQuery, req.query);
    const key = `alerts?${new URLSearchParams(
      Object.entries({ ...input, format: undefined })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ).toString()}`;
    await respond(ctx, req, res, key, input.format, (exec, _info, parallel) =>
      answerAlerts(input, exec, parallel),
    );
  });
  return router;
}
