import createClient from 'openapi-fetch';
import { authFetch } from '../session';
import type { paths } from './schema';

/** The request's body, read once so that a retry after a token refresh can send it again. */
async function bodyOf(request: Request): Promise<ArrayBuffer | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const bytes = await request.arrayBuffer();
  return bytes.byteLength ? bytes : undefined;
}

/**
 * The typed API client: paths, parameters, bodies and answers come from the server's OpenAPI document
 * (`npm run api:types` → schema.d.ts), e.g. `await api.GET('/api/requests/{id}', { params: { path: { id } } })`.
 * It speaks with the console's session: the bearer access token from memory, one refresh through the httpOnly cookie
 * and a retry, Accept-Language; an error answer throws react-admin's HttpError with the server's message and field
 * errors, as the data provider does.
 */
export const api = createClient<paths>({
  baseUrl: '',
  fetch: async (request) => {
    const url = new URL(request.url, window.location.origin);
    return authFetch(`${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body: await bodyOf(request),
    });
  },
});
