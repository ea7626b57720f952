import type { TestApp } from './test-app';

export const PERSON = {
  type: 'person',
  name: 'Budi Santoso',
  nik: '3602011203850004',
  address: 'Jl. Multatuli No. 5, Rangkasbitung, Lebak',
  phone: '081234567890',
  email: 'budi@example.id',
  occupation: 'Wartawan',
};

export function requestBody(overrides: Record<string, unknown> = {}) {
  return {
    requester: PERSON,
    channel: 'in_person',
    informationRequested: 'Salinan SK penetapan DPT Pemilu 2024 Kabupaten Lebak',
    purpose: 'Bahan liputan',
    obtainMethods: ['softcopy'],
    deliveryMethods: ['email'],
    ...overrides,
  };
}

export async function bearer(t: TestApp, username: string) {
  return { Authorization: `Bearer ${await t.token(username)}` };
}

/** Registers a request as `desk` and returns the response body. */
export async function register(t: TestApp, overrides: Record<string, unknown> = {}, username = 'desk') {
  const res = await t
    .http()
    .post('/api/requests')
    .set(await bearer(t, username))
    .send(requestBody(overrides));
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
