import { GraphQLError } from 'graphql';
import { fromGlobalId, type NodeType } from './global-id.ts';

/** The database id behind a global ID argument; a clear error when it is not of the expected type. */
export function requireId(globalId: string, type: NodeType): number {
  const id = fromGlobalId(globalId, type);
  if (id === null) {
    throw new GraphQLError(`"${globalId}" is not the ID of a ${type}`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return id;
}
