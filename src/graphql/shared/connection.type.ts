// A generic Relay connection: `Connection(Statement, 'Statement')` yields the edge and connection types.
import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { COUNT_CAP } from '../../reads/paging/count.ts';
import { PageInfo } from './page-info.type.ts';

export enum CountPrecision {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
}

registerEnumType(CountPrecision, {
  name: 'CountPrecision',
  description: `Whether a count is exact, or a lower bound where counting stopped (at ${COUNT_CAP}).`,
  valuesConfig: {
    EXACT: { description: 'The count is exact.' },
    AT_LEAST: { description: `There are at least this many: counting stopped at ${COUNT_CAP}.` },
  },
});

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface ConnectionData<TNode> {
  edges: Edge<TNode>[];
  nodes: TNode[];
  pageInfo: PageInfo;
  /** Counted only when asked for: getters, evaluated when the field is resolved. */
  readonly totalCount: Promise<number>;
  readonly totalCountPrecision: Promise<CountPrecision>;
}

export function Connection<TNode extends object>(nodeClass: ClassType<TNode>, nodeName: string) {
  @ObjectType(`${nodeName}Edge`, {
    simpleResolvers: true,
    description: `An edge in a connection of ${nodeName} items.`,
  })
  class EdgeType implements Edge<TNode> {
    @Field(() => String, { description: 'Opaque cursor for use with `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${nodeName} at the end of the edge.` })
    node!: TNode;
  }

  @ObjectType({ simpleResolvers: true })
  abstract class ConnectionType implements ConnectionData<TNode> {
    @Field(() => [EdgeType], { description: 'The edges of this page, each with its cursor.' })
    edges!: EdgeType[];

    @Field(() => [nodeClass], { description: 'The nodes of this page, without cursors.' })
    nodes!: TNode[];

    @Field(() => PageInfo, { description: 'Information to fetch the next or previous page.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: `How many items the whole connection holds, across pages: exact up to ${COUNT_CAP}, where counting stops (see totalCountPrecision).`,
    })
    readonly totalCount!: Promise<number>;

    @Field(() => CountPrecision, { description: 'Whether totalCount is exact or a lower bound.' })
    readonly totalCountPrecision!: Promise<CountPrecision>;
  }
  return ConnectionType;
}
