// PDF reader: pdfjs (legacy build, for Node 20) gives positioned text runs and the page's drawing
// operators; the ruling lines among those operators and the runs' positions rebuild paragraphs
// and tables (see pdf-layout). A PDF with no text layer is a scan and is refused as "needs OCR";
// a password-protected or damaged PDF is refused with that reason.
// `page` is 1-based and `line` is the running number of the text line on that page.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import type { DocumentModel } from '../model/document';
import { UnreadableDocumentError } from '../model/document';
import { loadPdfjs } from './pdfjs';
import { dropRunningHeads, joinPageTables } from './pdf-across-pages';
import { layoutPage, type PageContent } from './pdf-layout';
import type { HRule, VRule } from './pdf-ruled-tables';
import type { TextRun } from './pdf-text-lines';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = join(pdfjsRoot, 'cmaps') + '/';
const STANDARD_FONT_URL = join(pdfjsRoot, 'standard_fonts') + '/';

const PAGE_BATCH = 16;

/** Most pages read from one PDF; a longer file is not a self-evaluation report. */
const MAX_PAGES = 2000;

export async function readPdf(file: string, bytes: Buffer): Promise<DocumentModel> {
  const { getDocument, OPS } = await loadPdfjs();
  const pdf = await openPdf(getDocument, bytes);
  try {
    if (pdf.numPages > MAX_PAGES) {
      throw new UnreadableDocumentError(
        `the PDF has ${pdf.numPages} pages, more than ${MAX_PAGES}`,
        'too_large',
      );
    }
    const contents: PageContent[] = [];
    const notes: string[] = [];
    let withText = 0;
    const readPage = async (p: number): Promise<PageContent> => {
      try {
        return await pageContent(await pdf.getPage(p), p, OPS);
      } catch (error) {
        throw new UnreadableDocumentError(`damaged PDF (page ${p}): ${(error as Error).message}`, 'corrupt');
      }
    };
    // Pages are requested a batch at a time: pdfjs then overlaps its waits (about a third faster).
    for (let first = 1; first <= pdf.numPages; first += PAGE_BATCH) {
      const last = Math.min(pdf.numPages, first + PAGE_BATCH - 1);
      const batch = Array.from({ length: last - first + 1 }, (_, i) => readPage(first + i));
      contents.push(...(await Promise.all(batch)));
    }
    for (const content of contents) {
      if (content.runs.some((r) => r.str.trim() !== '')) withText++;
      else notes.push(`page ${content.page} has no text layer`);
    }
    if (withText === 0) {
      throw new UnreadableDocumentError(
        'needs OCR: the PDF has no text layer (a scanned document)',
        'needs_ocr',
      );
    }
    if (unreadableShare(contents) > 0.3) {
      throw new UnreadableDocumentError(
        'needs OCR: the text layer is not readable (fonts without a Unicode mapping give private-use or invalid characters)',
        'needs_ocr',
      );
    }
    const bodies = dropRunningHeads(contents);
    const rightEdge = textRightEdge(bodies);
    const pages = bodies.map((content) => layoutPage({ ...content, rightEdge }));
    return { file, format: 'pdf', blocks: joinPageTables(pages), notes };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The share of a text layer's characters that no reader can use: private-use code points,
 * replacement characters and control characters, which is what embedded fonts without a
 * ToUnicode map give. Such a PDF needs OCR as much as a scan does.
 */
export function unreadableShare(contents: Pick<PageContent, 'runs'>[]): number {
  let bad = 0;
  let all = 0;
  for (const content of contents) {
    for (const run of content.runs) {
      for (const ch of run.str) {
        if (/\s/.test(ch)) continue;
        all++;
        const c = ch.codePointAt(0)!;
        const control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        if (control || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd || c >= 0xf0000) bad++;
      }
    }
  }
  return all === 0 ? 0 : bad / all;
}

/**
 * The right edge of the text block: where most long lines end (the right margin), over all pages.
 * The widest line is no measure, since a hanging character or a wide table can pass the margin.
 */
function textRightEdge(contents: PageContent[]): number | undefined {
  const ends: number[] = [];
  for (const content of contents) {
    const lines = new Map<number, number>();
    for (const run of content.runs) {
      if (run.str.trim() === '') continue;
      const key = Math.round(run.y / 3);
      lines.set(key, Math.max(lines.get(key) ?? 0, run.x + run.w));
    }
    ends.push(...lines.values());
  }
  if (ends.length === 0) return undefined;
  const widest = Math.max(...ends);
  const counts = new Map<number, number>();
  for (const end of ends)
    if (end >= widest * 0.75) counts.set(Math.round(end / 3), (counts.get(Math.round(end / 3)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [bucket, count] of counts)
    if (count > bestCount || (count === bestCount && bucket > best)) [best, bestCount] = [bucket, count];
  return Math.max(...ends.filter((e) => Math.abs(e / 3 - best) <= 1.5));
}

type Pdfjs = Awaited<ReturnType<typeof loadPdfjs>>;

async function openPdf(getDocument: Pdfjs['getDocument'], bytes: Buffer): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: CMAP_URL,
      cMapPacked: true,
      standardFontDataUrl: STANDARD_FONT_URL,
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new UnreadableDocumentError('the PDF is password-protected', 'encrypted');
    }
    throw new UnreadableDocumentError(`damaged PDF: ${(error as Error).message}`, 'corrupt');
  }
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

async function pageContent(page: PDFPageProxy, pageNumber: number, OPS: Pdfjs['OPS']): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toView = viewport.transform as Matrix;
  const [text, rules] = await Promise.all([page.getTextContent(), pageRules(page, toView, OPS)]);
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item) || item.str === '') continue;
    const t = multiply(toView, item.transform as Matrix);
    const size = Math.hypot(t[2], t[3]) || item.height || 10;
    runs.push({ str: item.str, x: t[4], y: t[5], w: item.width, size });
  }
  const { hRules, vRules } = rules;
  return { page: pageNumber, height: viewport.height, runs, hRules, vRules };
}

const THIN = 3;

/** Axis-aligned lines drawn on the page: stroked segments and thin filled rectangles. */
async function pageRules(
  page: PDFPageProxy,
  toView: Matrix,
  OPS: Pdfjs['OPS'],
): Promise<{ hRules: HRule[]; vRules: VRule[] }> {
  const STROKES = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
  const ops = await page.getOperatorList();
  const hRules: HRule[] = [];
  const vRules: VRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const addSegment = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < 1 && Math.abs(a[0] - b[0]) > 1) {
      hRules.push({ y: (a[1] + b[1]) / 2, x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]) });
    } else if (Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) > 1) {
      vRules.push({ x: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
    }
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args[0] as Matrix | null;
      if (matrix) ctm = multiply(ctm, [...matrix] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const stroke = STROKES.has(paint);
      if (!stroke && !FILLS.has(paint)) continue;
      const toPage = multiply(toView, ctm);
      for (const data of (args[1] as ArrayLike<number>[] | null) ?? []) {
        for (const path of subpaths(data)) {
          const points = path.map(([x, y]) => apply(toPage, x, y));
          if (stroke) {
            for (let k = 1; k < points.length; k++) addSegment(points[k - 1]!, points[k]!);
          } else if (points.length >= 4) {
            const xs = points.map((p) => p[0]);
            const ys = points.map((p) => p[1]);
            const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
            if (y1 - y0 < THIN && x1 - x0 > THIN) hRules.push({ y: (y0 + y1) / 2, x0, x1 });
            else if (x1 - x0 < THIN && y1 - y0 > THIN) vRules.push({ x: (x0 + x1) / 2, y0, y1 });
          }
        }
      }
    }
  }
  return { hRules, vRules };
}

/** Straight-line subpaths of a pdfjs path (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4). */
function subpaths(data: ArrayLike<number>): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  let i = 0;
  while (i < data.length) {
    const op = data[i]!;
    if (op === 0) {
      if (current.length > 1) out.push(current);
      current = [[data[i + 1]!, data[i + 2]!]];
      i += 3;
    } else if (op === 1) {
      current.push([data[i + 1]!, data[i + 2]!]);
      i += 3;
    } else if (op === 2) {
      // A curve is no rule: end the straight part here.
      if (current.length > 1) out.push(current);
      current = [[data[i + 5]!, data[i + 6]!]];
      i += 7;
    } else if (op === 3) {
      if (current.length > 1) out.push(current);
      current = [[data[i + 3]!, data[i + 4]!]];
      i += 5;
    } else if (op === 4) {
      if (current.length > 1) {
        current.push(current[0]!);
        out.push(current);
      }
      current = current.length ? [current[0]!] : [];
      i += 1;
    } else break;
  }
  if (current.length > 1) out.push(current);
  return out;
}
