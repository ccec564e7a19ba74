// Nested connections (each actor's statements, each article's actors, …) for all parents of a level at
// once: the first parent to resolve makes a loader for its connection's arguments and selection, and
// every parent's page comes from the one read it batches.
import DataLoader from 'dataloader';
import type { Count } from '../../reads/paging/count.ts';
import type { Page } from '../../reads/paging/page.ts';
import type { ConnectionData } from './connection.type.ts';
import { connectionOf } from './connection.ts';

export interface ParentPage<TRow> {
  page: Page<TRow>;
  count: () => Promise<Count>;
}

/** Loaders made on first use for a key (a nested connection with its arguments), per request. */
export class KeyedLoaders {
  readonly #loaders = new Map<string, unknown>();

  get<T>(key: string, create: () => T): T {
    if (!this.#loaders.has(key)) this.#loaders.set(key, create());
    return this.#loaders.get(key) as T;
  }
}

export function nestedConnection<K extends number | string, TRow>(
  keyed: KeyedLoaders,
  key: string,
  parent: K,
  read: (parents: readonly K[]) => Promise<Map<K, ParentPage<TRow>>>,
): Promise<ConnectionData<TRow>> {
  const loader = keyed.get(
    key,
    () =>
      new DataLoader<K, ConnectionData<TRow>>(async (parents) => {
        const pages = await read(parents);
        return parents.map((id) => {
          const { page, count } = pages.get(id)!;
          return connectionOf(page, count);
        });
      }),
  );
  return loader.load(parent);
}

/** The key of a nested connection: its name and everything that shapes its pages. */
export function nestedKey(name: string, ...shape: unknown[]): string {
  return `${name}:${JSON.stringify(shape)}`;
}
