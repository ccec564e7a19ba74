// How this subgraph turns an entity reference from the router into a row: every reference in one
// `_entities` request goes through the request's DataLoaders, so N references cost one SQL statement
// per entity type.
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { Context } from '../context.ts';
import { loaderByType } from '../loaders.ts';
import { decodeGlobalId, fromGlobalId, type NodeType } from '../shared/global-id.ts';
import { typeNamedBy } from './foreign-nodes.ts';

/** The entity types this subgraph owns and the keys other subgraphs reference them by. */
export const ENTITY_KEYS = {
  Article: ['id'],
  Actor: ['id'],
  Role: ['id'],
  Statement: ['id'],
  Event: ['id'],
  Topic: ['id', 'slug'],
} as const satisfies Record<NodeType, readonly string[]>;

type EntityType = keyof typeof ENTITY_KEYS;

interface Reference {
  id?: unknown;
  slug?: unknown;
}

/** The row behind a reference by global ID; null (not an error) for IDs that are not ours or gone. */
function resolveById(type: EntityType) {
  return (reference: Reference, { loaders }: Context): Promise<object | null> | null => {
    const id = typeof reference.id === 'string' ? fromGlobalId(reference.id, type) : null;
    return id === null ? null : loaderByType(loaders, type).load(id);
  };
}

/**
 * Any Node by its global ID, for subgraphs that add fields to every Node (`@interfaceObject`): a row
 * of ours with its type name, a reference for another subgraph's Node type, or null.
 */
function resolveNode(foreignNodeTypes: ReadonlySet<string>) {
  return async (reference: Reference, { loaders }: Context): Promise<object | null> => {
    if (typeof reference.id !== 'string') return null;
    const decoded = decodeGlobalId(reference.id);
    if (!decoded) {
      const type = typeNamedBy(reference.id);
      return type !== null && foreignNodeTypes.has(type) ? { __typename: type, id: reference.id } : null;
    }
    const row = await loaderByType(loaders, decoded.type).load(decoded.id);
    return row ? { ...row, __typename: decoded.type } : null;
  };
}

export function referenceResolvers(foreignNodeTypes: readonly string[]): GraphQLResolverMap<Context> {
  return {
    Node: { __resolveReference: resolveNode(new Set(foreignNodeTypes)) },
    Article: { __resolveReference: resolveById('Article') },
    Actor: { __resolveReference: resolveById('Actor') },
    Role: { __resolveReference: resolveById('Role') },
    Statement: { __resolveReference: resolveById('Statement') },
    Event: { __resolveReference: resolveById('Event') },
    Topic: {
      __resolveReference: (reference: Reference, context: Context) =>
        typeof reference.slug === 'string'
          ? context.loaders.topicBySlug.load(reference.slug)
          : resolveById('Topic')(reference, context),
    },
  };
}
