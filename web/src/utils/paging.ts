// Keyset-paged lists of the API, as the pages use them.
import { computed, ref, type Ref } from 'vue';
import type { Page } from '../api/client';

// A list that grows a page at a time (「加载更多」): the rows so far, the total, the cursor of the
// next page, and what went wrong. fetch(cursor) asks the API for one page; failure(e) words an error.
export function useMoreList<T>(fetch: (cursor: string | null) => Promise<Page<T>>,
  failure: (e: unknown) => string) {
  const items = ref([]) as Ref<T[]>;
  const total = ref(0);
  const next = ref<string | null>(null);
  const loading = ref(false);
  const error = ref('');
  // The first page again, or (more) the page after the rows already shown.
  async function load(more = false) {
    loading.value = true;
    error.value = '';
    try {
      const page = await fetch(more ? next.value : null);
      items.value = more ? [...items.value, ...page.items] : page.items;
      total.value = page.total;
      next.value = page.next_cursor;
    } catch (e) {
      error.value = failure(e);
    } finally {
      loading.value = false;
    }
  }
  return { items, total, next, loading, error, load };
}

// The cursors of a list paged forwards and back (keyset pages): one per page shown so far.
export function useCursorStack() {
  const cursors = ref<(string | null)[]>([null]);
  const pageNo = computed(() => cursors.value.length);
  const current = () => cursors.value[cursors.value.length - 1];
  function restart() {
    cursors.value = [null];
  }
  // False when there is no page to go to.
  function forward(next: string | null | undefined) {
    if (!next) return false;
    cursors.value = [...cursors.value, next];
    return true;
  }
  function back() {
    if (cursors.value.length <= 1) return false;
    cursors.value = cursors.value.slice(0, -1);
    return true;
  }
  return { cursors, pageNo, current, restart, forward, back };
}
