// PNG copies of the brief's SVG charts, for word processors that do not read SVG (LibreOffice's DOCX
// import among them, so the PDF needs them). LibreOffice draws each SVG on a page of its own (HTML
// import), poppler's pdftoppm rasterises the page, and the chart's frame — its nearly white
// background — is found on a low-resolution pass and cut out at full resolution.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertWithLibreOffice } from '../../scripts/readers/libreoffice';
import type { ChartSvg } from './charts';

const DPI = 150;
const PROBE_DPI = 72;

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: 60_000 }, (error) => (error ? reject(error) : resolve())),
  );
}

/** The bounding box of the non-white pixels of a binary PPM (P6), in pixels. */
export function inkBox(ppm: Buffer): { x: number; y: number; w: number; h: number } | null {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) return null;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = start + (y * width + x) * 3;
      if (ppm[i]! < 255 || ppm[i + 1]! < 255 || ppm[i + 2]! < 255) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

/** One PNG per chart, in order. */
export async function chartsToPng(charts: ChartSvg[]): Promise<Buffer[]> {
  const pages = charts
    .map(
      (c, i) =>
        `<p style="margin:0${i ? ';page-break-before:always' : ''}"><img src="data:image/svg+xml;base64,${Buffer.from(c.svg).toString('base64')}" width="${c.width}" height="${c.height}"></p>`,
    )
    .join('');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">${pages}</body></html>`;
  const pdf = (
    await convertWithLibreOffice(
      [{ name: 'charts.html', bytes: Buffer.from(html) }],
      'pdf:writer_pdf_Export',
      ['--infilter=HTML (StarWriter)'],
    )
  ).get('charts.html');
  if (!pdf) throw new Error('LibreOffice did not draw the charts');
  const work = await mkdtemp(join(tmpdir(), 'jixiao-brief-'));
  try {
    await writeFile(join(work, 'charts.pdf'), pdf);
    const out: Buffer[] = [];
    for (let page = 1; page <= charts.length; page++) {
      const probe = join(work, `probe-${page}`);
      await run('pdftoppm', [
        '-r',
        String(PROBE_DPI),
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        join(work, 'charts.pdf'),
        probe,
      ]);
      const box = inkBox(await readFile(`${probe}.ppm`));
      if (!box) throw new Error(`chart ${page} drew nothing`);
      const s = DPI / PROBE_DPI;
      const png = join(work, `chart-${page}`);
      await run('pdftoppm', [
        '-png',
        '-r',
        String(DPI),
        '-f',
        String(page),
        '-l',
        String(page),
        '-x',
        String(Math.floor(box.x * s)),
        '-y',
        String(Math.floor(box.y * s)),
        '-W',
        String(Math.ceil(box.w * s)),
        '-H',
        String(Math.ceil(box.h * s)),
        '-singlefile',
        join(work, 'charts.pdf'),
        png,
      ]);
      out.push(await readFile(`${png}.png`));
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
