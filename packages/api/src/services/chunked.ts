/**
 * Writes `rows` with one multi-row statement per `size` rows, in order, in the caller's
 * transaction. PostgreSQL takes at most 65,535 parameters a statement: `size` × the columns a
 * row binds must stay below that.
 */
export async function insertChunked<T>(
  rows: readonly T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}
