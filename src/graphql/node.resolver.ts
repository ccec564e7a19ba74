import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../reads/paging/page-window.ts';
import type { Context } from './context.ts';
import { loaderByType, type Loaders } from './loaders.ts';
import { badInput } from './shared/bad-input.ts';
import { decodeGlobalId } from './shared/global-id.ts';
import { Node, type TypedRow } from './shared/node.interface.ts';

async function loadNode(loaders: Loaders, globalId: string): Promise<TypedRow | null> {
  const decoded = decodeGlobalId(globalId);
  if (!decoded) return null;
  const row = await loaderByType(loaders, decoded.type).load(decoded.id);
  return row ? { ...row, __typename: decoded.type } : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist.' })
  node(
    @Arg('id', () => ID, { description: 'Its global ID.' }) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<TypedRow | null> {
    return loadNode(loaders, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by their global IDs, in the same order; null for each that does not exist (at most ${MAX_PAGE_SIZE}).`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Their global IDs.' }) ids: string[],
    @Ctx() { loaders }: Context,
  ): Promise<(TypedRow | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      badInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`, ['ids']);
    }
    return Promise.all(ids.map((id) => loadNode(loaders, id)));
  }
}
