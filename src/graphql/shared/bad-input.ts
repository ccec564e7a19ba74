import { GraphQLError } from 'graphql';

/** Rejects an argument with a clear message; `field` is the path of the argument at fault. */
export function badInput(message: string, field?: string[]): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}
