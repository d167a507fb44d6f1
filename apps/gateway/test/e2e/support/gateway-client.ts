import { TEST_METRICS_TOKEN } from '@groundwork/testing';

/** A GraphQL error as clients see it. */
export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: {
    code?: string;
    field?: string;
    issues?: Array<{ field: string; message: string }>;
    [key: string]: unknown;
  };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export interface RequestOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** Who sends a request: an access or API token, or a sign-in's payload that carries one. */
export type Caller = string | { accessToken: string };

/** The request options of `caller`. */
export function as(caller: Caller): RequestOptions {
  return { token: typeof caller === 'string' ? caller : caller.accessToken };
}

/** Talks to the gateway the way integrators do: JSON over HTTP. */
export class GatewayClient {
  constructor(readonly url: string) {}

  async request<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await this.post({ query, variables }, options);
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
    return { status: response.status, headers: response.headers, ...body };
  }

  /** Expects success and returns `data`; fails the test with the errors otherwise. */
  async data<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<T> {
    const response = await this.request<T>(query, variables, options);
    if (response.errors?.length || !response.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  /** `mutation ($input: InputType!) { name(input: $input) { fields } }`, sent as `caller`. */
  mutate(
    caller: Caller,
    name: string,
    inputType: string,
    input: unknown,
    fields = '__typename',
  ): Promise<GraphQLResponse<Record<string, unknown>>> {
    return this.request(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${fields} } }`,
      { input },
      as(caller),
    );
  }

  /** {@link mutate}, expecting success: returns the mutation's result, fails the test otherwise. */
  async mutation<T>(
    caller: Caller,
    name: string,
    inputType: string,
    input: unknown,
    fields: string,
  ): Promise<T> {
    const response = await this.mutate(caller, name, inputType, input, fields);
    if (response.errors?.length) throw new Error(`${name} failed: ${JSON.stringify(response.errors)}`);
    return response.data![name] as T;
  }

  post(body: unknown, options: RequestOptions = {}): Promise<Response> {
    return fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(body),
    });
  }

  /** The gateway's counters from `/metrics`. */
  async metrics(): Promise<{ natsRequests: number; graphqlRequests: number }> {
    const text = await (
      await fetch(`${this.url}/metrics`, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } })
    ).text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    return {
      natsRequests: value('groundwork_gateway_nats_requests_total'),
      graphqlRequests: value('groundwork_gateway_graphql_requests_total'),
    };
  }
}

/** The code of the first error, or undefined when there is none. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
