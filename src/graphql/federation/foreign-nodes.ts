// `node(id:)` and `nodes(ids:)` in a supergraph: the router may ask this subgraph for any Node,
// including one another subgraph owns. Relay global IDs name their type ("Story:12", base64 or
// base64url), so an ID naming one of the foreign Node types declared here is answered with a
// reference (`__typename` and `id`) that the router completes from the subgraph owning it.
import type { GraphQLFieldResolver } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { Context } from '../context.ts';
import { MAX_PAGE_SIZE } from '../../reads/paging/page-window.ts';

/** The type a Relay global ID names, or null when it names none. */
export function typeNamedBy(globalId: string): string | null {
  // Node's base64url decoder also reads the standard alphabet.
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  return separator > 0 ? decoded.slice(0, separator) : null;
}

type Resolver = GraphQLFieldResolver<unknown, Context>;

/** `node` and `nodes` that answer foreign IDs with references and leave the rest to `own`. */
export function foreignNodeResolvers(
  foreignTypes: readonly string[],
  own: { node: Resolver; nodes: Resolver },
): GraphQLResolverMap<Context> {
  const foreign = new Set(foreignTypes);
  const reference = (id: string) => {
    const type = typeNamedBy(id);
    return type !== null && foreign.has(type) ? { __typename: type, id } : null;
  };
  return {
    Query: {
      node: (source: unknown, args: { id: string }, context: Context, info) =>
        reference(args.id) ?? own.node(source, args, context, info),
      nodes: async (source: unknown, args: { ids: string[] }, context: Context, info) => {
        // A list over the cap is refused by `own`, whoever owns its IDs.
        if (args.ids.length > MAX_PAGE_SIZE) return own.nodes(source, args, context, info);
        const ownIds = args.ids.filter((id) => reference(id) === null);
        const loaded = (await own.nodes(source, { ...args, ids: ownIds }, context, info)) as unknown[];
        let next = 0;
        return args.ids.map((id) => reference(id) ?? loaded[next++]);
      },
    },
  };
}
