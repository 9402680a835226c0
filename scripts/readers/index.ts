// Entry point of the readers: bytes of any supported file → the document model.
// Dispatches on the detected format; each reader lives in a module of its own.

import type { DocumentModel } from '../model/document';
import { readText } from './text';

export async function readDocument(file: string, bytes: Buffer): Promise<DocumentModel> {
  return readText(file, bytes);
}
