// An argument a read cannot take (a cursor of another ordering, an id out of range, a page too
// large). Reads know nothing of GraphQL; the `extensions` follow its error convention, which
// graphql-js copies from the error a resolver throws, so clients see BAD_USER_INPUT naming the argument.
export class InvalidArgumentError extends Error {
  readonly extensions: { code: 'BAD_USER_INPUT'; field?: string[] };

  constructor(message: string, field?: string[]) {
    super(message);
    this.name = 'InvalidArgumentError';
    this.extensions = { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) };
  }
}

export function invalidArgument(message: string, field?: string[]): never {
  throw new InvalidArgumentError(message, field);
}

/** The largest value of PostgreSQL's `integer`, which every id column is. */
export const MAX_ID = 2_147_483_647;
