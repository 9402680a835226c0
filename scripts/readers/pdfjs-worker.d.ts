// Type declaration for pdfjs's worker bundle, which ships none: only the handler pdfjs looks up.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
