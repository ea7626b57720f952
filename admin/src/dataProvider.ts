import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, fetchUtils, type DataProvider } from 'react-admin';
import { changedFields, withoutBlanks } from './common/changedFields';
import { idChunks } from './common/ids';
import { API_URL, baseHeaders, toHttpError, withAuth } from './session';

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

export const dataProvider: DataProvider = {
  ...base,

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
