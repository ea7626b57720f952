/** The API's largest page for most lists (server: common/list-query.ts, maxPageSize). */
export const MAX_PAGE = 100;

/** Distinct ids in pages the API accepts. */
export function idChunks<T>(ids: readonly T[], size = MAX_PAGE): T[][] {
  const unique = [...new Set(ids)];
  const chunks: T[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  return chunks;
}
