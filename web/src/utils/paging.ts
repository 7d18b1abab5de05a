// Paged lists of the API, as every list page uses them (with components/ListPager.vue): next and
// previous pages by keyset cursor, a jump to page n by `offset` down to the server's depth.
import { computed, ref, type Ref } from 'vue';
import type { Page } from '../api/client';

// The deepest row a jump may skip to (http/query_params.h, kMaxOffset); deeper pages are reached
// by 下一页 from a page before them.
export const MAX_OFFSET = 10000;
export const PAGE_SIZES = [20, 50, 100];

// A page as lists answer it; some count their total on the first page only.
export type PageAnswer<T> = Omit<Page<T>, 'total'> & { total?: number };

// What the pager under a list reads and drives.
export interface Pager {
  total: Ref<number>; pageNo: Ref<number>; limit: Ref<number>;
  go(n: number): Promise<boolean>; setLimit(n: number): Promise<boolean>;
}

// What to ask the API for one page: its size, and its cursor when known, else its offset.
export interface PageAt { limit: number; cursor?: string; offset?: number }

// How page n is asked for, given the cursors that start the pages seen so far; null when it
// cannot be reached (past the last page, or deeper than a jump goes with no cursor to it).
export function pageAt(n: number, limit: number, pageCount: number, cursors: ReadonlyMap<number, string>): PageAt | null {
  if (!Number.isInteger(n) || n < 1) return null;
  if (n === 1) return { limit };
  const cursor = cursors.get(n);
  if (cursor) return { limit, cursor };
  const offset = (n - 1) * limit;
  if (n > pageCount || offset > MAX_OFFSET) return null;
  return { limit, offset };
}

// The last page a jump reaches at this page size.
export const deepestJump = (limit: number) => Math.floor(MAX_OFFSET / limit) + 1;

// A list shown a page at a time: its rows, the whole answer (for totals a list adds), the count
// and position. fetch(at) asks the API for one page; failure(e) words an error.
export function usePagedList<T, P extends PageAnswer<T> = Page<T>>(fetch: (at: PageAt) => Promise<P>,
  failure: (e: unknown) => string, size = PAGE_SIZES[0]) {
  const items = ref([]) as Ref<T[]>;
  const answer = ref(null) as Ref<P | null>;
  const total = ref(0);
  const pageNo = ref(1);
  const limit = ref(size);
  const loading = ref(false);
  const error = ref('');
  const hasNext = ref(false);
  let cursors = new Map<number, string>();
  let requestNo = 0;
  const pageCount = computed(() => Math.max(1, Math.ceil(total.value / limit.value)));

  // Shows page n; false (and nothing asked) when it cannot be reached.
  async function go(n: number): Promise<boolean> {
    const at = pageAt(n, limit.value, pageCount.value, cursors);
    if (!at) return false;
    const no = ++requestNo;
    loading.value = true;
    error.value = '';
    try {
      const page = await fetch(at);
      if (no !== requestNo) return true;
      answer.value = page;
      items.value = page.items;
      pageNo.value = n;
      // Lists that count on the first page only leave the total out of later ones.
      if (page.total !== undefined) total.value = page.total;
      hasNext.value = !!page.next_cursor;
      if (page.next_cursor) cursors.set(n + 1, page.next_cursor);
    } catch (e) {
      if (no !== requestNo) return true;
      error.value = failure(e);
      if (n === 1) { answer.value = null; items.value = []; total.value = 0; }
    } finally {
      if (no === requestNo) loading.value = false;
    }
    return true;
  }
  // The first page of a new query (filters, sort or size changed): the cursors seen are stale.
  function restart() {
    cursors = new Map();
    return go(1);
  }
  function setLimit(n: number) {
    limit.value = n;
    return restart();
  }
  const reload = () => go(pageNo.value);
  return { items, answer, total, pageNo, pageCount, limit, loading, error, hasNext, go, restart, setLimit, reload };
}

