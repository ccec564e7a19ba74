import { Field, ID, InterfaceType } from 'type-graphql';

/** Rows handed to GraphQL as a `Node` carry their type name, since they are plain database rows. */
export interface TypedRow {
  __typename: string;
}

@InterfaceType({
  description: 'An object with an opaque global ID, fetchable with `node(id:)`.',
  resolveType: (value: TypedRow) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global ID.' })
  id!: string;
}
