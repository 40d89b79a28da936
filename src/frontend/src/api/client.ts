import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

export const API_URL: string = import.meta.env.VITE_API_URL ?? 'http://localhost:8080';

/**
 * Remembers each GET answer with its ETag and revalidates with If-None-Match, so an unchanged
 * resource costs a 304 and the page reuses the body it has.
 */
const cache = new Map<string, { etag: string; body: string; headers: Headers }>();

const etags: Middleware = {
  onRequest({ request }) {
    const hit = request.method === 'GET' ? cache.get(request.url) : undefined;
    if (hit) {
      request.headers.set('If-None-Match', hit.etag);
    }
    return request;
  },
  async onResponse({ request, response }) {
    if (request.method !== 'GET') {
      return response;
    }
    const hit = cache.get(request.url);
    if (response.status === 304 && hit) {
      const headers = new Headers(hit.headers);
      headers.set('X-Revalidated', 'true');
      return new Response(hit.body, { status: 200, headers });
    }
    const etag = response.headers.get('ETag');
    if (response.ok && etag) {
      cache.set(request.url, { etag, body: await response.clone().text(), headers: new Headers(response.headers) });
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: API_URL });
api.use(etags);

/** Why a page could not be shown; the views turn each kind into a message. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: 'not-found' | 'rate-limited' | 'down' | 'problem',
    readonly problem?: Problem,
    readonly retryAfter?: number,
  ) {
    super(problem?.detail ?? kind);
  }
}

/** The data of an openapi-fetch answer, or an ApiFailure saying what went wrong. */
export async function need<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result;
  try {
    result = await call;
  } catch {
    throw new ApiFailure('down');
  }
  const { data, error, response } = result;
  if (data !== undefined && response.ok) {
    return data;
  }
  const problem = (error ?? undefined) as Problem | undefined;
  if (response.status === 404) {
    throw new ApiFailure('not-found', problem);
  }
  if (response.status === 429) {
    throw new ApiFailure('rate-limited', problem, Number(response.headers.get('Retry-After') ?? '60'));
  }
  if (response.status >= 500) {
    throw new ApiFailure('down', problem);
  }
  throw new ApiFailure('problem', problem);
}
