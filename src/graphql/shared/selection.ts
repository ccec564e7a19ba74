// What a query asks for below a field, as a tree of field names: resolvers look ahead with it to fetch
// related rows in the same SQL statement instead of one more statement per relation. Fragments are
// merged in and directives ignored, so the tree may hold more than is finally resolved, never less.
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

export interface Selection {
  readonly [field: string]: Selection;
}

/** The fields asked for below the field being resolved (all its occurrences merged). */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const tree: Record<string, Selection> = {};
  for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, info.fragments, tree);
  return tree;
}

function collect(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Record<string, Selection>,
): void {
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      const below = (into[selection.name.value] ??= {}) as Record<string, Selection>;
      if (selection.selectionSet) collect(selection.selectionSet, fragments, below);
    } else if (selection.kind === 'InlineFragment') {
      collect(selection.selectionSet, fragments, into);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, into);
    }
  }
}

/** What a connection asks of its nodes: `nodes { … }` and `edges { node { … } }` together. */
export function nodeSelection(connection: Selection): Selection {
  return merge(connection['edges']?.['node'] ?? {}, connection['nodes'] ?? {});
}

function merge(a: Selection, b: Selection): Selection {
  const merged: Record<string, Selection> = { ...a };
  for (const [field, below] of Object.entries(b)) merged[field] = field in a ? merge(a[field]!, below) : below;
  return merged;
}
