// Loads pdfjs (legacy build, the one that runs on Node 20) on first use, with its worker in the
// main thread. The legacy bundle's core-js replaces Array.prototype.push and JSON.parse with
// slower polyfills for the whole process (push ~3× slower); the native ones are put back, so that
// importing the readers does not slow the rest of the ETL, and nothing pays for pdfjs until a PDF comes.

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // pdfjs looks here for a worker to run in this thread instead of importing one itself.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker =
        await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return lib;
    } finally {
      Array.prototype.push = push;
      JSON.parse = parse;
    }
  })();
  return loading;
}
