import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, fetchUtils, type DataProvider, type Identifier } from 'react-admin';
import { changedFields, withoutBlanks } from './common/changedFields';
import { idChunks } from './common/ids';
import { API_URL, authFetch, baseHeaders, toHttpError, withAuth } from './session';

/** fetchJson with the bearer token and Accept-Language, one refresh-and-retry on 401, and the server's error shape. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  withAuth(async (token) => {
    const headers = baseHeaders(options.headers as HeadersInit | undefined);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    try {
      return await fetchUtils.fetchJson(url, { ...options, headers });
    } catch (error) {
      if (error instanceof HttpError) throw toHttpError(error.status, error.body, error.message);
      throw error;
    }
  });

const base = simpleRestProvider(API_URL, httpClient);

/**
 * The narrower rows a list offers (`?view=`, e.g. the request list's `list`: only what its page shows), asked for with
 * `meta: { view }`. The meta also keeps those rows out of react-admin's getOne cache, which a list fills with its
 * records: a page opened from the list reads the whole record, never a list row standing in for it.
 */
const views = new Map(
  ['list'].map((view) => [
    view,
    simpleRestProvider(API_URL, (u, options) => httpClient(`${u}${u.includes('?') ? '&' : '?'}view=${view}`, options)),
  ]),
);

const url = (path: string) => `${API_URL}/${path.replace(/^\//, '')}`;

/**
 * react-admin's data provider with the domain's own methods (as react-admin's CRM example adds its own): the lifecycle
 * steps, the pages that are not lists, uploads. Components call them through react-query (`useMutation`,
 * common/mutations.ts) so a step invalidates the records it changed instead of reloading every query.
 */
export interface LenteraDataProvider extends DataProvider {
  /** POST /{resource}/{id}/{action}: one lifecycle step (decide, extend, sign, countersign, publish, classify…). */
  recordAction<T = unknown>(resource: string, id: Identifier, action: string, body?: unknown): Promise<T>;
  /** POST/PUT/PATCH JSON to a path that is not a plain record update (steps, settings, a report to prepare). */
  send<T = unknown>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
  /** GET a path whose answer is not a list of records (queue board, daily sheet, metrics, timeline). */
  read<T = unknown>(path: string, signal?: AbortSignal): Promise<T>;
  /** Multipart upload of one file in field `file` (plus text fields); the browser sets the boundary. */
  upload<T = unknown>(path: string, file: File, fields?: Record<string, string>, method?: 'POST' | 'PUT'): Promise<T>;
}

async function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const { json } = await httpClient(url(path), {
    method,
    ...(method === 'DELETE' && body === undefined ? {} : { body: JSON.stringify(body ?? {}) }),
  });
  return json as T;
}

export const dataProvider: LenteraDataProvider = {
  ...base,

  recordAction: <T>(resource: string, id: Identifier, action: string, body?: unknown) =>
    send<T>('POST', `${resource}/${encodeURIComponent(id)}/${action}`, body),

  send,

  async read<T>(path: string, signal?: AbortSignal): Promise<T> {
    const { json } = await httpClient(url(path), { signal });
    return json as T;
  },

  async upload<T>(path: string, file: File, fields: Record<string, string> = {}, method: 'POST' | 'PUT' = 'POST') {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', file);
    const response = await authFetch(url(path), { method, body: form });
    return (await response.json()) as T;
  },

  getList: (resource, params) => (views.get(params.meta?.view) ?? base).getList(resource, params),

  // ra-data-simple-rest's getMany sends `filter={"id":[…]}` without a range, and the API then answers its
  // default page of 25 rows: ask for exactly the ids, in pages the API accepts.
  async getMany(resource, params) {
    const pages = await Promise.all(
      idChunks(params.ids).map((ids) =>
        base.getList(resource, {
          filter: { id: ids },
          pagination: { page: 1, perPage: ids.length },
          sort: { field: 'id', order: 'ASC' },
          signal: params.signal,
        }),
      ),
    );
    return { data: pages.flatMap((page) => page.data) };
  },

  create: (resource, params) => base.create(resource, { ...params, data: withoutBlanks(params.data) }),

  async update(resource, params) {
    const patch = changedFields(params.data, params.previousData);
    if (Object.keys(patch).length === 0) return { data: params.previousData };
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(params.id)}`, {
      method: 'PATCH',
      body: JSON.stringify(patch),
    });
    return { data: json };
  },

  async updateMany(resource, params) {
    const patch = withoutBlanks(params.data);
    await Promise.all(
      params.ids.map((id) =>
        httpClient(`${API_URL}/${resource}/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          body: JSON.stringify(patch),
        }),
      ),
    );
    return { data: params.ids };
  },
};
