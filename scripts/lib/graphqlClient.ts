/** A minimal GraphQL-over-HTTP client for scripts and tests: throws on transport errors, returns errors as data. */
export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    // T is what the caller's query selects, named by the caller as a typed client names it from
    // the operation; the answer is the server's, so the cast is the caller's statement, not a check.
    return { status: response.status, ...(JSON.parse(text) as GraphQLResponse<T>) };
  } catch {
    throw new Error(`${url} answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
}

/** Like `graphql`, but any GraphQL error is thrown with its code. */
export async function mustGraphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await graphql<T>(url, query, variables);
  if (result.errors?.length || !result.data) {
    const first = result.errors?.[0];
    throw new Error(`GraphQL error${first?.extensions?.code ? ` ${String(first.extensions.code)}` : ''}: ${first?.message ?? 'no data'}`);
  }
  return result.data;
}
