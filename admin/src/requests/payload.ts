import { localInputToIso } from '../common/dates';
import { ELECTION_KINDS, isRegime } from '../common/legal';
import { requesterPayload } from '../requesters/identity';

/**
 * The regime fields of the API (register, classify, accept a web submission): general, or election information with
 * Pemilu/Pemilihan, the election's name and stage (blank ones left out). Nothing when no regime was chosen.
 */
export function regimePayload(data: Record<string, unknown>): Record<string, unknown> {
  if (!isRegime(data.regime)) return {};
  const body: Record<string, unknown> = { regime: data.regime };
  if (data.regime !== 'election') return body;
  if ((ELECTION_KINDS as readonly unknown[]).includes(data.electionKind)) body.electionKind = data.electionKind;
  for (const key of ['electionName', 'electionStage']) {
    const value = typeof data[key] === 'string' ? (data[key] as string).trim() : '';
    if (value) body[key] = value;
  }
  return body;
}

/**
 * The body of POST /api/requests from the intake form: a registered requester by id, or the new
 * requester's fields for its type; when the form was opened (SOP step 1 starts then); receivedAt only
 * for letters, emails, faxes… that arrived earlier; the regime the desk chose.
 */
export function requestPayload(
  data: Record<string, unknown>,
  step1StartedAt: string,
  /** the office's zone: when a letter, an e-mail or a call was received, on the office's clock */
  timeZone?: string,
): Record<string, unknown> {
  const channel = String(data.channel ?? 'in_person');
  const body: Record<string, unknown> = {
    channel,
    informationRequested: String(data.informationRequested ?? '').trim(),
    purpose: String(data.purpose ?? '').trim(),
    obtainMethods: Array.isArray(data.obtainMethods) ? data.obtainMethods : [],
    deliveryMethods: Array.isArray(data.deliveryMethods) ? data.deliveryMethods : [],
    step1StartedAt,
    ...regimePayload(data),
  };
  if (data.requesterId !== undefined && data.requesterId !== null && data.requesterId !== '') {
    body.requesterId = Number(data.requesterId);
  } else {
    const requester = (data.requester as Record<string, unknown>) ?? {};
    body.requester = requesterPayload(requester);
    // the desk confirmed that a NIK registered under another name is this same person (after the server's 409)
    if (requester.sameAsRegistered === true) (body.requester as Record<string, unknown>).sameAsRegistered = true;
  }
  const receivedAt =
    channel === 'in_person' ? undefined : localInputToIso(data.receivedAt as string | undefined, timeZone);
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
