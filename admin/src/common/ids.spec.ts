import { idChunks } from './ids';

describe('idChunks', () => {
  it('asks for each id once, at most 100 a page', () => {
    const ids = Array.from({ length: 230 }, (_, i) => i + 1);
    expect(idChunks([...ids, 1, 2]).map((c) => c.length)).toEqual([100, 100, 30]);
    expect(idChunks([3, 3, 4])).toEqual([[3, 4]]);
    expect(idChunks([])).toEqual([]);
  });
});
