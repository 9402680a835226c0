// Reading a unit profile (/api/units/:id): values that may come bare or as {value, fact_id}, and the
// fact id behind each number so that it can open its source.

export type Row = Record<string, unknown>;

/** The value of `key` in a profile row, whether bare or wrapped as {value, fact_id}. */
export function valueOf(row: Row, key: string): string | number | null {
  const raw = row[key];
  if (raw && typeof raw === 'object' && 'value' in (raw as Row))
    return (raw as { value: string | number | null }).value;
  if (typeof raw === 'string' || typeof raw === 'number') return raw;
  return null;
}

/** The id of the fact behind `key` in a profile row, where the API gives one. */
export function factOf(row: Row, key: string): string | null {
  const raw = row[key];
  if (raw && typeof raw === 'object' && 'fact_id' in (raw as Row))
    return ((raw as { fact_id?: string | null }).fact_id ?? null) as string | null;
  for (const holder of ['facts', 'fact_ids', 'sources']) {
    const map = row[holder] as Record<string, unknown> | undefined;
    const entry = map?.[key];
    if (typeof entry === 'string') return entry;
    if (entry && typeof entry === 'object' && 'fact_id' in (entry as Row))
      return (entry as { fact_id: string }).fact_id;
  }
  const direct = row[`${key}_fact`] ?? row[`${key}_fact_id`];
  return typeof direct === 'string' ? direct : null;
}

export function listOf(body: Row | undefined, ...keys: string[]): Row[] {
  for (const key of keys) {
    const value = body?.[key];
    if (Array.isArray(value)) return value as Row[];
  }
  return [];
}
