import { postJson } from './http-post';
import { assertLoopback } from './load';
import { requestBody } from './operations';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A plain GraphQL client for setting a run up (sign-up, seeding) and for checking answers. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    private readonly accessToken?: string,
  ) {
    assertLoopback(url);
  }

  withToken(accessToken: string): GraphQLClient {
    return new GraphQLClient(this.url, accessToken);
  }

  get headers(): Record<string, string> {
    return this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {};
  }

  /** The raw response text, for comparing two servers' answers byte for byte. */
  async raw(body: string): Promise<string> {
    const answer = await postJson(this.url, body, this.headers);
    if (answer.status !== 200)
      throw new Error(`${this.url} answered ${answer.status}: ${answer.text.slice(0, 500)}`);
    return answer.text;
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const text = await this.raw(requestBody(query, variables));
    const parsed = JSON.parse(text) as GraphQLResponse<T>;
    if (parsed.errors?.length || !parsed.data)
      throw new Error(`GraphQL error from ${this.url}: ${text.slice(0, 500)}`);
    return parsed.data;
  }
}
