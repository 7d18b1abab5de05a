// Paged lists in the pages (utils/paging.ts) and list filters in the URL (utils/listQuery.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { pageAt, usePagedList, MAX_OFFSET, deepestJump } = await load('paging');
const { filtersFrom, queryOf, sameQuery } = await load('listQuery');

test('a page is asked by its cursor when known, else by offset down to the server\'s depth', () => {
  const cursors = new Map([[2, 'c2']]);
  assert.deepEqual(pageAt(1, 20, 160, cursors), { limit: 20 });
  assert.deepEqual(pageAt(2, 20, 160, cursors), { limit: 20, cursor: 'c2' });
  assert.deepEqual(pageAt(12, 20, 160, cursors), { limit: 20, offset: 220 });
  assert.equal(pageAt(161, 20, 160, cursors), null);
  assert.equal(pageAt(0, 20, 160, cursors), null);
  assert.equal(MAX_OFFSET, 10000);
  assert.equal(deepestJump(20), 501);
  assert.deepEqual(pageAt(501, 20, 50000, cursors), { limit: 20, offset: 10000 });
  assert.equal(pageAt(502, 20, 50000, cursors), null);
  // Deeper pages reached by 下一页 have their cursors.
  assert.deepEqual(pageAt(600, 20, 50000, new Map([[600, 'c600']])), { limit: 20, cursor: 'c600' });
});

test('a paged list keeps the first page\'s total, goes forward by cursor and jumps by offset', async () => {
  const asked = [];
  let fail = false;
  const list = usePagedList(async (at) => {
    asked.push(at);
    if (fail) throw new Error('断网');
    const start = at.offset ?? (at.cursor ? Number(at.cursor) : 0);
    const items = Array.from({ length: at.limit }, (_, i) => start + i);
    return { items, next_cursor: String(start + at.limit), ...(start === 0 ? { total: 95 } : {}) };
  }, (e) => '列表加载失败：' + e.message, 10);
  await list.restart();
  assert.equal(list.total.value, 95);
  assert.equal(list.pageCount.value, 10);
  assert.equal(await list.go(2), true);
  assert.deepEqual(asked.at(-1), { limit: 10, cursor: '10' });
  assert.equal(list.total.value, 95);
  assert.equal(await list.go(7), true);
  assert.deepEqual(asked.at(-1), { limit: 10, offset: 60 });
  assert.deepEqual(list.items.value.slice(0, 2), [60, 61]);
  assert.equal(await list.go(11), false);
  assert.equal(list.pageNo.value, 7);
  await list.setLimit(50);
  assert.equal(list.pageNo.value, 1);
  assert.deepEqual(asked.at(-1), { limit: 50 });
  fail = true;
  await list.go(2);
  assert.equal(list.error.value, '列表加载失败：断网');
  assert.equal(list.pageNo.value, 1);
  assert.equal(list.loading.value, false);
});

test('filters come from the URL alone, each of its kind, and go back without the blank ones', () => {
  const blank = { unit_id: null, status: '', tag: [], q: '' };
  assert.deepEqual(filtersFrom(blank, {}), blank);
  assert.deepEqual(filtersFrom(blank, { status: 'draft', unit_id: '12', tag: 'direct_fund', other: 'x' }),
    { unit_id: 12, status: 'draft', tag: ['direct_fund'], q: '' });
  assert.deepEqual(filtersFrom(blank, { unit_id: 'abc', tag: ['a', 'b'] }), { ...blank, tag: ['a', 'b'] });
  assert.deepEqual(queryOf({ unit_id: 12, status: '', tag: [], q: ' 学校 ' }), { unit_id: '12', q: '学校' });
  assert.deepEqual(queryOf(blank), {});
  assert.ok(sameQuery({ a: '1', b: ['x'] }, { b: ['x'], a: '1' }));
  assert.ok(!sameQuery({ a: '1' }, {}));
});
