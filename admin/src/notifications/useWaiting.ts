import { useQuery } from '@tanstack/react-query';
import type { Waiting, WaitingItem } from '../api/types';
import { useLenteraDataProvider } from '../common/mutations';

/** A minute between looks: the bell and the home panel follow the day's work without a reload. */
const EVERY = 60_000;

/**
 * The work waiting for the signed-in user (`GET /api/notifications/waiting?all=true`: every kind of the role, those at
 * 0 included). One query for the bell (which shows the kinds with work) and the home panel (which shows them all).
 */
export function useWaiting() {
  const dataProvider = useLenteraDataProvider();
  return useQuery({
    // under its resource, so every step taken in the console (useInvalidate) refreshes the bell and the panel
    queryKey: ['notifications', 'waiting'],
    queryFn: ({ signal }) => dataProvider.read<Waiting>('notifications/waiting?all=true', signal),
    refetchInterval: EVERY,
    refetchOnWindowFocus: true,
  });
}

/** The console list that shows an item's work: its resource with the same filter the count used. */
export function waitingLink(item: WaitingItem): { pathname: string; search: string } {
  return { pathname: `/${item.resource}`, search: `?filter=${encodeURIComponent(JSON.stringify(item.filter))}` };
}

export type { Waiting, WaitingItem };
