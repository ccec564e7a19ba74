// Posts GraphQL operations to a running server over real HTTP.
export interface GraphQLResponse<TData> {
  data?: TData;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<TData>;
}
