import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { MAX_PAGE_SIZE } from '../reads/paging/page-window.ts';
import type { Context } from './context.ts';
import { loaderByType } from './loaders.ts';
import { badInput } from './shared/bad-input.ts';
import { decodeGlobalId, decodePhraseGlobalId } from './shared/global-id.ts';
import { Node, type TypedRow } from './shared/node.interface.ts';
import { phraseTopic } from './topic/topic.resolver.ts';

async function loadNode(context: Context, globalId: string): Promise<TypedRow | null> {
  const { loaders } = context;
  // A phrase asked as a topic has an ID too: it names the phrase, answered again.
  const phrase = decodePhraseGlobalId(globalId);
  if (phrase?.type === 'Topic') return { ...(await phraseTopic(context, phrase.phrase)), __typename: 'Topic' };
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
    @Ctx() context: Context,
  ): Promise<TypedRow | null> {
    return loadNode(context, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by their global IDs, in the same order; null for each that does not exist (at most ${MAX_PAGE_SIZE}).`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Their global IDs.' }) ids: string[],
    @Ctx() context: Context,
  ): Promise<(TypedRow | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      badInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`, ['ids']);
    }
    return Promise.all(ids.map((id) => loadNode(context, id)));
  }
}
