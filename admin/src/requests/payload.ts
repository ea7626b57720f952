import { localInputToIso } from '../common/dates';
import { requesterPayload } from '../requesters/identity';

/**
 * The body of POST /api/requests from the intake form: a registered requester by id, or the new
 * requester's fields for its type; when the form was opened (SOP step 1 starts then); receivedAt only
 * for letters, emails, faxes… that arrived earlier.
 */
export function requestPayload(data: Record<string, unknown>, step1StartedAt: string): Record<string, unknown> {
  const channel = String(data.channel ?? 'in_person');
  const body: Record<string, unknown> = {
    channel,
    informationRequested: String(data.informationRequested ?? '').trim(),
    purpose: String(data.purpose ?? '').trim(),
    obtainMethods: Array.isArray(data.obtainMethods) ? data.obtainMethods : [],
    deliveryMethods: Array.isArray(data.deliveryMethods) ? data.deliveryMethods : [],
    step1StartedAt,
  };
  if (data.requesterId !== undefined && data.requesterId !== null && data.requesterId !== '') {
    body.requesterId = Number(data.requesterId);
  } else {
    body.requester = requesterPayload((data.requester as Record<string, unknown>) ?? {});
  }
  const receivedAt = channel === 'in_person' ? undefined : localInputToIso(data.receivedAt as string | undefined);
  if (receivedAt) body.receivedAt = receivedAt;
  return body;
}

/** What the search box holds: a NIK (16 digits), an email, or nothing usable yet. */
export function requesterSearchFilter(query: string): { nik: string } | { email: string } | null {
  const q = query.trim();
  if (/^\d{16}$/.test(q)) return { nik: q };
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(q)) return { email: q };
  return null;
}
