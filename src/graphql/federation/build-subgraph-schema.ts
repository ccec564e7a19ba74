// The federated build: the same type-graphql schema as the plain server, turned into an Apollo
// Federation v2 subgraph that composes into a Relay-style supergraph (relay-federation.ts). Traps,
// each handled here:
// - graphql's `printSchema` drops directive usages such as `@key`; print with them instead;
// - `__resolveReference` must be in the resolver map handed to `buildSubgraphSchema` (resolvers
//   attached to the schema afterwards are not seen by `_entities`);
// - the SDL round trip loses what type-graphql keeps in field extensions (e.g. `complexity`), so
//   those are copied back onto the built subgraph schema;
// - `_entities` trusts each representation's `__typename`: forged ones are refused first.
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isInterfaceType, isObjectType, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { Context } from '../context.ts';
import { guardEntitiesField } from './entity-representations.ts';
import { foreignNodeResolvers } from './foreign-nodes.ts';
import { referenceResolvers } from './reference-resolvers.ts';
import { checkForeignNodeTypes, FEDERATION_IMPORTS, relayFederation } from './relay-federation.ts';

/** The Federation spec version this subgraph links (entity interfaces need 2.3 or later). */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.5';

export interface FederationOptions {
  /** Node types other subgraphs own, declared here as key-only stubs (see relay-federation.ts). */
  foreignNodeTypes?: readonly string[];
}

export function buildFederatedSchema(schema: GraphQLSchema, options: FederationOptions = {}): GraphQLSchema {
  const foreignNodeTypes = options.foreignNodeTypes ?? [];
  checkForeignNodeTypes(foreignNodeTypes, Object.keys(schema.getTypeMap()));
  const link = `extend schema @link(url: "${FEDERATION_LINK}", import: ${JSON.stringify(FEDERATION_IMPORTS)})`;
  const typeDefs = relayFederation(parse(`${link}\n\n${printSchemaWithDirectives(schema)}`), foreignNodeTypes);
  const own = createResolversMap(schema) as GraphQLResolverMap<Context>;
  const query = own['Query'] as Record<string, GraphQLFieldResolver<unknown, Context>>;
  const resolvers = [
    referenceResolvers(foreignNodeTypes),
    foreignNodeResolvers(foreignNodeTypes, { node: query['node']!, nodes: query['nodes']! }),
  ].reduce(mergeResolverMaps, own);
  const subgraph = buildSubgraphSchema([{ typeDefs, resolvers }]);
  copyFieldExtensions(schema, subgraph);
  guardEntitiesField(subgraph);
  return subgraph;
}

function mergeResolverMaps(
  base: GraphQLResolverMap<Context>,
  extra: GraphQLResolverMap<Context>,
): GraphQLResolverMap<Context> {
  const merged: GraphQLResolverMap<Context> = { ...base };
  for (const [typeName, resolvers] of Object.entries(extra)) {
    merged[typeName] = { ...merged[typeName], ...resolvers } as GraphQLResolverMap<Context>[string];
  }
  return merged;
}

function copyFieldExtensions(from: GraphQLSchema, to: GraphQLSchema): void {
  for (const type of Object.values(from.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const target = to.getType(type.name);
    if (!target || (!isObjectType(target) && !isInterfaceType(target))) continue;
    const targetFields = target.getFields();
    for (const [name, field] of Object.entries(type.getFields())) {
      const targetField = targetFields[name];
      if (targetField && Object.keys(field.extensions).length > 0) {
        // Fields of a built schema are plain objects; `extensions` is readonly only in the typings.
        (targetField as { extensions: typeof field.extensions }).extensions = {
          ...targetField.extensions,
          ...field.extensions,
        };
      }
    }
  }
}
