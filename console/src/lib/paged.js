// The list pages' common shape: a flag that is true while a request runs and a failure said as a message, and a
// server-paged list whose search goes back to page 1 and whose reset refills its filters.
import { ElMessage } from "element-plus";
import { ref } from "vue";

/** Runs `work` with `flag` true; a failure is said through `report` (the page's message) and answers undefined. */
export async function whileBusy(flag, work, report = (message) => ElMessage.error(message)) {
  flag.value = true;
  try {
    return await work();
  } catch (e) {
    report(e.message);
    return undefined;
  } finally {
    flag.value = false;
  }
}

/**
 * A list the server pages: `fetchPage(current, size)` answers `{ items, total, … }`. `current` and `size` may be
 * the caller's refs (a page kept across visits); `filters` and `blank()` make `reset`.
 */
export function usePagedList(fetchPage, { current = ref(1), size = ref(20), filters = {}, blank = () => ({}),
                                          report } = {}) {
  const page = ref({ items: [], total: 0 });
  const loading = ref(false);
  const load = () => whileBusy(loading, async () => { page.value = await fetchPage(current.value, size.value); },
                               report);
  const search = () => {
    current.value = 1;
    return load();
  };
  const reset = () => {
    Object.assign(filters, blank());
    return search();
  };
  return { page, loading, current, size, load, search, reset };
}
