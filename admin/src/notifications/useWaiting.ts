import { useQuery } from '@tanstack/react-query';
import type { Waiting, WaitingItem } from '../api/types';
import { useLenteraDataProvider } from '../common/mutations';

/** A minute between looks: the bell and the home panel follow the day's work without a reload. */
const EVERY = 60_000;

/** The work waiting for the signed-in user (`GET /api/notifications/waiting`); `all` adds the kinds at 0. */
export function useWaiting(all = false) {
  const dataProvider = useLenteraDataProvider();
  return useQuery({
    // under its resource, so every step taken in the console (useInvalidate) refreshes the bell and the panel
    queryKey: ['notifications', 'waiting', all],
    queryFn: ({ signal }) => dataProvider.read<Waiting>(`notifications/waiting${all ? '?all=true' : ''}`, signal),
    refetchInterval: EVERY,
    refetchOnWindowFocus: true,
  });
}

/** The console list that shows an item's work: its resource with the same filter the count used. */
export function waitingLink(item: WaitingItem): { pathname: string; search: string } {
  return { pathname: `/${item.resource}`, search: `?filter=${encodeURIComponent(JSON.stringify(item.filter))}` };
}

export type { Waiting, WaitingItem };
