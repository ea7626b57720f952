import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useDataProvider, useNotify, useTranslate, type Identifier } from 'react-admin';
import type { LenteraDataProvider } from '../dataProvider';

export const useLenteraDataProvider = () => useDataProvider<LenteraDataProvider>();

/**
 * What a change to one resource may also change on screen: an assignment creates tasks, an answer moves its request,
 * a decision moves the queue board, the daily sheet and the figures, an objection shows on its request's page.
 */
const ALSO: Record<string, readonly string[]> = {
  requests: ['tasks', 'daily-sheets', 'metrics', 'objections', 'requesters'],
  tasks: ['requests', 'daily-sheets'],
  submissions: ['requests', 'requesters'],
  objections: ['requests', 'metrics'],
  requesters: ['requests', 'objections'],
  'dip-entries': ['dip-versions'],
  'dip-versions': ['dip-entries'],
  'monthly-reports': ['metrics'],
  'annual-reports': ['liaison-reports'],
  'liaison-reports': ['annual-reports'],
  settings: ['rule-sets', 'metrics', 'requests'],
  'rule-sets': ['settings', 'requests', 'objections'],
  holidays: ['requests', 'objections', 'daily-sheets'],
};

/** The resource a path of the API belongs to: `requests/5/events` → requests, `daily-sheets?date=…` → daily-sheets. */
export const resourceOf = (path: string) => path.replace(/^\//, '').split(/[/?]/)[0];

/**
 * Marks every query of the resources stale (react-admin keys its queries `[resource, method, params]`, and the
 * queries of common/mutations.ts `[resource, 'read', path]`): the ones on screen refetch, the others on their next
 * mount. Replaces react-admin's `refresh()`, which reloads every query of the console.
 */
export function useInvalidate() {
  const queryClient = useQueryClient();
  return useCallback(
    (...resources: string[]) => {
      // any step may change the work waiting for someone: the bell and the home panel ask again too
      const all = new Set([...resources.flatMap((resource) => [resource, ...(ALSO[resource] ?? [])]), 'notifications']);
      return Promise.all([...all].map((resource) => queryClient.invalidateQueries({ queryKey: [resource] })));
    },
    [queryClient],
  );
}

export interface ActionVariables {
  action: string;
  body?: unknown;
  /** the record, when the hook was not given one (a record saved just before) */
  id?: Identifier;
}

/**
 * One lifecycle step of a record (POST /{resource}/{id}/{action}) through react-query: on success a notification
 * naming the step (`done` with `%{action}`) and the record, its lists and what it touches invalidated. The error
 * (the server's 409 reason or 400 fields) is left to the caller, which shows it where the step was asked.
 */
export function useRecordAction<T = unknown>(
  resource: string,
  id: Identifier | undefined,
  options: { done?: (variables: ActionVariables, answer: T) => { message: string; args?: object } | null } = {},
) {
  const dataProvider = useLenteraDataProvider();
  const invalidate = useInvalidate();
  const notify = useNotify();
  const { done } = options;
  return useMutation<T, Error, ActionVariables>({
    mutationKey: [resource, 'action', id],
    mutationFn: ({ action, body, id: given }) => {
      const target = given ?? id;
      if (target === undefined) throw new Error(`${resource}: no record`);
      return dataProvider.recordAction<T>(resource, target, action, body);
    },
    onSuccess: async (answer, variables) => {
      const note = done?.(variables, answer);
      if (note) notify(note.message, { type: 'success', messageArgs: note.args });
      await invalidate(resource);
    },
    // a 409 says the record is not where this page thought it was: show it as it is now
    onError: (error) => {
      if ((error as { status?: number }).status === 409) void invalidate(resource);
    },
  });
}

/**
 * The success note of a step, as a sentence naming what happened to which record: `<prefix>.done_of.<action>` with
 * `args` (the record's number…), or where a step has no sentence of its own `<prefix>.done` with the step's label.
 */
export function useDoneNote(
  prefix: string,
  labelOf: (action: string) => string = (a) => `${prefix}.${a}`,
  args: Record<string, unknown> = {},
) {
  const translate = useTranslate();
  const key = JSON.stringify(args);
  return useCallback(
    ({ action }: ActionVariables) => {
      const own = `${prefix}.done_of.${action}`;
      const sentence = translate(own, { ...args, _: '' });
      return sentence && sentence !== own
        ? { message: sentence }
        : { message: `${prefix}.done`, args: { action: translate(labelOf(action)) } };
    },
    // args by value: a literal object each render must not make a new callback
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [translate, prefix, labelOf, key],
  );
}

/**
 * Any other change (PUT a step's times, PATCH the settings, POST a new version, an upload) through react-query:
 * `fn` gets the data provider; on success the named resources (and what they touch) are invalidated.
 */
export function useApiMutation<V, T = unknown>(
  fn: (dataProvider: LenteraDataProvider, variables: V) => Promise<T>,
  invalidates: readonly string[],
) {
  const dataProvider = useLenteraDataProvider();
  const invalidate = useInvalidate();
  return useMutation<T, Error, V>({
    mutationFn: (variables) => fn(dataProvider, variables),
    onSuccess: () => invalidate(...invalidates),
  });
}

export interface ApiState<T> {
  /** the last answer (kept while a new one loads, so the page does not flash) */
  data: T | undefined;
  error: (Error & { status?: number; body?: unknown }) | undefined;
  /** true until the answer for the current path arrived */
  loading: boolean;
  /** true while any answer is on its way (the first or a refetch) */
  fetching: boolean;
  /** ask again now */
  refetch: () => void;
}

/**
 * GET a path of the API that is not a list of records (the queue board, a day's sheet, the figures, a timeline);
 * null asks nothing. Cached under its resource, so a step on that resource refreshes it.
 */
export function useApi<T>(path: string | null, reload = 0): ApiState<T> {
  const dataProvider = useLenteraDataProvider();
  const query = useQuery<T, ApiState<T>['error'] & Error>({
    queryKey: [path === null ? '' : resourceOf(path), 'read', path, reload],
    queryFn: ({ signal }) => dataProvider.read<T>(path!, signal),
    enabled: path !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  return {
    data: query.data,
    error: query.isPlaceholderData ? undefined : (query.error ?? undefined),
    loading: path !== null && (query.isPending || query.isPlaceholderData),
    fetching: query.isFetching,
    refetch: () => void query.refetch(),
  };
}
