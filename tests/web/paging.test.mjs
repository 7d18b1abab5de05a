// Keyset-paged lists in the pages: the cursor stack of paged lists and the list that grows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './build.mjs';

const { useCursorStack, useMoreList } = await load('paging');

test('the cursor stack goes forward only to a next page and back only from a later one', () => {
  const s = useCursorStack();
  assert.equal(s.pageNo.value, 1);
  assert.equal(s.current(), null);
  assert.equal(s.back(), false);
  assert.equal(s.forward(null), false);
  assert.equal(s.forward('c2'), true);
  assert.equal(s.forward('c3'), true);
  assert.equal(s.pageNo.value, 3);
  assert.equal(s.current(), 'c3');
  assert.equal(s.back(), true);
  assert.equal(s.current(), 'c2');
  s.restart();
  assert.equal(s.pageNo.value, 1);
  assert.equal(s.current(), null);
});

test('a growing list appends the next page, and a failure keeps the rows with a message', async () => {
  const pages = { null: { items: [1, 2], next_cursor: 'n2', total: 3 }, n2: { items: [3], next_cursor: null, total: 3 } };
  const asked = [];
  let fail = false;
  const list = useMoreList(async (cursor) => {
    asked.push(cursor);
    if (fail) throw new Error('断网');
    return pages[cursor];
  }, (e) => '列表加载失败：' + e.message);
  await list.load();
  assert.deepEqual(list.items.value, [1, 2]);
  assert.equal(list.next.value, 'n2');
  await list.load(true);
  assert.deepEqual(list.items.value, [1, 2, 3]);
  assert.equal(list.next.value, null);
  assert.equal(list.total.value, 3);
  assert.equal(list.loading.value, false);
  fail = true;
  await list.load();
  assert.equal(list.error.value, '列表加载失败：断网');
  assert.deepEqual(list.items.value, [1, 2, 3]);
  await list.load();
  assert.deepEqual(asked, [null, 'n2', null, null]);
});
