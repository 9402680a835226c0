// The command line of the synthetic warehouse:
// `npm run synth -- warehouse --units N --years Y --projects-per-unit P --db FILE`.

import { parseArgs } from 'node:util';
import { synthWarehouse, type SynthWarehouseOptions } from './warehouse';

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, not "${text}"`);
  return n;
}

/** CLI entry: parses the flags, generates, prints the steps and their times. Returns the exit code. */
export async function warehouseCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      units: { type: 'string' },
      years: { type: 'string' },
      'first-year': { type: 'string' },
      'projects-per-unit': { type: 'string' },
      db: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const o: SynthWarehouseOptions = {
    units: positiveInt('units', values.units, 1000),
    years: positiveInt('years', values.years, 10),
    firstYear:
      positiveInt('first-year', values['first-year'], 0) ||
      new Date().getFullYear() - positiveInt('years', values.years, 10),
    projectsPerUnit: positiveInt('projects-per-unit', values['projects-per-unit'], 10),
    db: values.db ?? 'data/synth.duckdb',
    seed: positiveInt('seed', values.seed, 42),
  };
  const started = performance.now();
  console.log(
    `synthetic warehouse: ${o.units} units × ${o.years} years (${o.firstYear}–${o.firstYear + o.years - 1}) × ${o.projectsPerUnit} projects → ${o.db}`,
  );
  await synthWarehouse({
    ...o,
    onStep: (step, ms) => console.log(`  ${step.padEnd(28)} ${(ms / 1000).toFixed(2)} s`),
  });
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}
