// Relay conventions in a supergraph (Apollo Federation 2.3+). Every Relay-style subgraph has its own
// `Node`, `node`, `nodes` and `PageInfo`; composed as they are, they clash. Here, in the subgraph's
// SDL only (the plain schema is unchanged):
// - `Node` is an entity interface, `@key(fields: "id")`, and every type implementing it carries that
//   key. Federation requires a subgraph keying an interface to define all of its implementations in
//   the supergraph, so the Node types of other subgraphs (`foreignNodeTypes`) are declared here as
//   key-only stubs; `node(id:)` answers their ids with a reference the router completes from their
//   subgraph. Another subgraph does the same with ours (see the README's Federation section).
// - `node`, `nodes` and `PageInfo` are `@shareable`: every subgraph may answer them.
// A subgraph that owns no Node types can instead add fields to every Node with `@interfaceObject`.
import {
  Kind,
  parse,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';

/** The directives this subgraph imports from the Federation spec. */
export const FEDERATION_IMPORTS = ['@key', '@shareable'];

const NODE = 'Node';
const SHARED_QUERY_FIELDS = new Set(['node', 'nodes']);
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function directive(name: string, fields?: string): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: fields
      ? [
          {
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: 'fields' },
            value: { kind: Kind.STRING, value: fields },
          },
        ]
      : [],
  };
}

function withDirective<T extends { directives?: readonly ConstDirectiveNode[] }>(
  node: T,
  added: ConstDirectiveNode,
): T {
  return { ...node, directives: [...(node.directives ?? []), added] };
}

function hasIdKey(node: { directives?: readonly ConstDirectiveNode[] }): boolean {
  return (node.directives ?? []).some(
    (used) =>
      used.name.value === 'key' &&
      used.arguments?.some((argument) => argument.value.kind === Kind.STRING && argument.value.value === 'id'),
  );
}

/** Checks the names of other subgraphs' Node types before they become stubs. */
export function checkForeignNodeTypes(names: readonly string[], ownTypes: Iterable<string>): void {
  const own = new Set(ownTypes);
  for (const name of names) {
    if (!GRAPHQL_NAME.test(name)) throw new Error(`"${name}" is not a GraphQL type name`);
    if (own.has(name)) throw new Error(`"${name}" is a type of this subgraph, not another subgraph's`);
  }
}

/** The subgraph SDL with Node as an entity interface, shared Relay fields, and foreign Node stubs. */
export function relayFederation(document: DocumentNode, foreignNodeTypes: readonly string[]): DocumentNode {
  const implementsNode = (node: ObjectTypeDefinitionNode) =>
    (node.interfaces ?? []).some((named) => named.name.value === NODE);
  const transformed = visit(document, {
    InterfaceTypeDefinition(node: InterfaceTypeDefinitionNode) {
      return node.name.value === NODE && !hasIdKey(node) ? withDirective(node, directive('key', 'id')) : undefined;
    },
    ObjectTypeDefinition(node: ObjectTypeDefinitionNode) {
      if (node.name.value === 'PageInfo') return withDirective(node, directive('shareable'));
      if (node.name.value === 'Query') {
        return {
          ...node,
          fields: node.fields?.map((field: FieldDefinitionNode) =>
            SHARED_QUERY_FIELDS.has(field.name.value) ? withDirective(field, directive('shareable')) : field,
          ),
        };
      }
      return implementsNode(node) && !hasIdKey(node) ? withDirective(node, directive('key', 'id')) : undefined;
    },
  });
  const stubs = foreignNodeTypes.map(
    (name) =>
      `"A Node of another subgraph, which resolves its fields." type ${name} implements Node @key(fields: "id") { id: ID! }`,
  );
  return stubs.length === 0
    ? transformed
    : { ...transformed, definitions: [...transformed.definitions, ...parse(stubs.join('\n')).definitions] };
}
