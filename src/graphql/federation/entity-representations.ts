// `_entities(representations:)` takes any JSON a client sends. Apollo's resolver trusts each
// representation's `__typename`; a forged one (`"Mutation"`, a type that is no entity, no typename)
// would fail deep in execution as a fault. Here it is refused first as bad input, naming the argument.
import { isInterfaceType, isUnionType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { badInput } from '../shared/bad-input.ts';

/** Types a representation may name: the `_Entity` union's members and interfaces carrying `@key`. */
function entityTypeNames(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  const union = schema.getType('_Entity');
  if (isUnionType(union)) for (const type of union.getTypes()) names.add(type.name);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInterfaceType(type) && type.astNode?.directives?.some((directive) => directive.name.value === 'key')) {
      names.add(type.name);
    }
  }
  return names;
}

export function checkRepresentations(representations: unknown, entityTypes: ReadonlySet<string>): void {
  if (!Array.isArray(representations)) badInput('`representations` must be a list', ['representations']);
  representations.forEach((representation: unknown, index) => {
    const typename =
      representation !== null && typeof representation === 'object'
        ? (representation as { __typename?: unknown }).__typename
        : undefined;
    if (typeof typename !== 'string' || !entityTypes.has(typename)) {
      badInput(
        `representations[${index}]: __typename must name an entity of this subgraph (${[...entityTypes].join(', ')}), not ${JSON.stringify(typename ?? null)}`,
        ['representations', String(index)],
      );
    }
  });
}

/** Puts the check in front of the built subgraph's `_entities` resolver. */
export function guardEntitiesField(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()['_entities'];
  if (!field?.resolve) return;
  const entityTypes = entityTypeNames(schema);
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
  field.resolve = (source, args, context, info) => {
    checkRepresentations((args as { representations?: unknown }).representations, entityTypes);
    return resolve(source, args, context, info);
  };
}
