// The federated build: the same type-graphql schema as the plain server, turned into an Apollo
// Federation v2 subgraph. Three traps, each handled here:
// - graphql's `printSchema` drops directive usages such as `@key`; print with them instead;
// - `__resolveReference` must be in the resolver map handed to `buildSubgraphSchema` (resolvers
//   attached to the schema afterwards are not seen by `_entities`);
// - the SDL round trip loses what type-graphql keeps in field extensions (e.g. `complexity`), so
//   those are copied back onto the built subgraph schema;
// - `_entities` trusts each representation's `__typename`: forged ones are refused first.
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { Context } from '../context.ts';
import { guardEntitiesField } from './entity-representations.ts';

/** The Federation spec version this subgraph links, and the directives it uses from it. */
export const FEDERATION_LINK = 'https://specs.apollo.dev/federation/v2.5';

export function buildFederatedSchema(
  schema: GraphQLSchema,
  referenceResolvers: GraphQLResolverMap<Context>,
): GraphQLSchema {
  const typeDefs = parse(
    `extend schema @link(url: "${FEDERATION_LINK}", import: ["@key"])\n\n${printSchemaWithDirectives(schema)}`,
  );
  const resolvers = mergeResolverMaps(createResolversMap(schema) as GraphQLResolverMap<Context>, referenceResolvers);
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
