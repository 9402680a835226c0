// Reading a unit profile (/api/units/:id). Its shape is the API's (server/answers.ts); every row
// names the fact behind each shown column (`sources`), so a number opens its source without the
// browser knowing which record key a column holds.
import type {
  ProfileDocument,
  ProfileFinding,
  ProfileRow,
  UnitProfile,
  Value,
} from '../../../server/answers';

export type { ProfileDocument, ProfileFinding, ProfileRow, UnitProfile };

/** The value of a column of a profile row, as a number or exact decimal string. */
export function valueOf(row: ProfileRow, column: string): string | number | null {
  const raw = row[column];
  return typeof raw === 'string' || typeof raw === 'number' ? raw : null;
}

/** The fact behind a column of a row, when the warehouse recorded one. */
export function sourceOf(row: ProfileRow, column: string): string | null {
  return row.sources[column] ?? null;
}

export type { Value };
