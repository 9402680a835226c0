// Entry point of the recognisers: a document model → what it states about each unit and year.

import type { DocumentModel } from '../model/document';
import type { EvaluationRecord } from '../model/record';

export function recogniseDocument(_doc: DocumentModel): EvaluationRecord[] {
  return [];
}
