// A list page's filters kept in its URL (utils/listQuery.ts). The page starts from its URL alone,
// so a menu click opens it fresh; a new URL of the same page (a menu click or a link while it is
// open) resets the form to that URL and shows the list again.
import { onMounted, reactive, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { filtersFrom, queryOf, sameQuery, type Filters } from './listQuery';

export function useListQuery<F extends Filters>(blank: () => F, show: (filters: F) => void) {
  const route = useRoute();
  const router = useRouter();
  const path = route.path;
  const form = reactive(filtersFrom(blank(), route.query)) as F;
  // The filters as the URL has them (what the list shows).
  const applied = () => filtersFrom(blank(), route.query);

  watch(() => route.query, () => {
    if (route.path !== path) return;  // leaving the page
    Object.assign(form, applied());
    show(applied());
  });
  onMounted(() => show(applied()));

  // Writes the form to the URL; the same filters again show the list again.
  function apply() {
    const q = queryOf(form);
    if (sameQuery(q, queryOf(applied()))) show(applied());
    else router.replace({ path, query: q });
  }
  function reset() {
    Object.assign(form, blank());
    apply();
  }
  return { form, apply, reset, applied };
}
