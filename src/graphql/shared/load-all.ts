import type DataLoader from 'dataloader';

/** Loads rows by id in the given order, leaving out ids whose row no longer exists. */
export async function loadAll<T>(loader: DataLoader<number, T | null>, ids: readonly number[]): Promise<T[]> {
  const rows = await loader.loadMany(ids);
  return rows.filter((row): row is T => {
    if (row instanceof Error) throw row;
    return row !== null;
  });
}
