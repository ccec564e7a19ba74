// A generic Relay connection: `Connection(Statement)` yields the edge and connection types for it.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type.ts';

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface ConnectionData<TNode> {
  edges: Edge<TNode>[];
  nodes: TNode[];
  pageInfo: PageInfo;
  /** Counted only when asked for: a getter, evaluated when the field is resolved. */
  readonly totalCount: Promise<number> | number;
}

export function Connection<TNode extends object>(nodeClass: ClassType<TNode>, nodeName: string) {
  @ObjectType(`${nodeName}Edge`, { description: `An edge in a connection of ${nodeName} items.` })
  class EdgeType implements Edge<TNode> {
    @Field(() => String, { description: 'Opaque cursor for use with `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${nodeName} at the end of the edge.` })
    node!: TNode;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionData<TNode> {
    @Field(() => [EdgeType], { description: 'The edges of this page, each with its cursor.' })
    edges!: EdgeType[];

    @Field(() => [nodeClass], { description: 'The nodes of this page, without cursors.' })
    nodes!: TNode[];

    @Field(() => PageInfo, { description: 'Information to fetch the next or previous page.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole connection holds, across pages.' })
    readonly totalCount!: Promise<number> | number;
  }
  return ConnectionType;
}
