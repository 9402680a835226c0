// `npx tsx scripts/convert/render-samples.ts --out DIR [--formats docx,html,pdf,xlsx,doc,xls] [FILE|DIR]...`
// writes each text report (default: data/samples) in every format asked for, so that the ETL
// benchmark can measure reading per format: `npm run bench:etl -- --dir DIR --no-load`.
// With `--published leading|all` it writes instead what sites publish: an HTML page whose tables
// lost their merged cells, and DOCX and PDF made from that page by LibreOffice.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readText } from '../readers/text';
import { renderFormats, renderPublished, type RenderedFormat } from './formats';

const ALL: RenderedFormat[] = ['docx', 'html', 'pdf', 'xlsx', 'doc', 'xls'];

async function main(argv: string[]): Promise<void> {
  let out: string | undefined;
  let formats = ALL;
  let published: 'leading' | 'all' | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (argv[i] === '--formats') formats = argv[++i]!.split(',') as RenderedFormat[];
    else if (argv[i] === '--published') published = argv[++i] === 'all' ? 'all' : 'leading';
    else inputs.push(argv[i]!);
  }
  if (!out)
    throw new Error(
      'usage: render-samples.ts --out DIR [--formats docx,html,pdf,xlsx,doc,xls] [FILE|DIR]...',
    );
  const unknown = formats.filter((f) => !ALL.includes(f));
  if (unknown.length) throw new Error(`unknown format(s): ${unknown.join(', ')}`);
  const files = (inputs.length ? inputs : ['data/samples']).flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => join(p, f))
      : [p],
  );
  const models = files.map((f) => ({
    stem: basename(f).replace(/\.[^.]+$/, ''),
    model: readText(basename(f), readFileSync(f)),
  }));
  mkdirSync(out, { recursive: true });
  const rendered = published
    ? await renderPublished(models, published)
    : await renderFormats(models, formats);
  for (const { file, bytes } of rendered) writeFileSync(join(out, file), bytes);
  console.log(`wrote ${rendered.length} files (${formats.join(', ')}) for ${files.length} reports to ${out}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
