// How this subgraph turns an entity reference from the router into a row: every reference in one
// `_entities` request goes through the request's DataLoaders, so N references cost one SQL statement
// per entity type.
import type DataLoader from 'dataloader';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { Context } from '../context.ts';
import type { Loaders } from '../loaders.ts';
import { fromGlobalId, type NodeType } from '../shared/global-id.ts';

/** The entity types this subgraph owns and the keys other subgraphs reference them by. */
export const ENTITY_KEYS = {
  Article: ['id'],
  Actor: ['id'],
  Statement: ['id'],
  Event: ['id'],
  Topic: ['id', 'slug'],
} as const satisfies Partial<Record<NodeType, readonly string[]>>;

type EntityType = keyof typeof ENTITY_KEYS;

interface Reference {
  id?: unknown;
  slug?: unknown;
}

const loaderOf: Record<EntityType, (loaders: Loaders) => DataLoader<number, object | null>> = {
  Article: (loaders) => loaders.article,
  Actor: (loaders) => loaders.actor,
  Statement: (loaders) => loaders.statement,
  Event: (loaders) => loaders.event,
  Topic: (loaders) => loaders.topic,
};

/** The row behind a reference by global ID; null (not an error) for IDs that are not ours or gone. */
function resolveById(type: EntityType) {
  return (reference: Reference, { loaders }: Context): Promise<object | null> | null => {
    const id = typeof reference.id === 'string' ? fromGlobalId(reference.id, type) : null;
    return id === null ? null : loaderOf[type](loaders).load(id);
  };
}

export const referenceResolvers: GraphQLResolverMap<Context> = {
  Article: { __resolveReference: resolveById('Article') },
  Actor: { __resolveReference: resolveById('Actor') },
  Statement: { __resolveReference: resolveById('Statement') },
  Event: { __resolveReference: resolveById('Event') },
  Topic: {
    __resolveReference: (reference: Reference, context: Context) =>
      typeof reference.slug === 'string'
        ? context.loaders.topicBySlug.load(reference.slug)
        : resolveById('Topic')(reference, context),
  },
};
