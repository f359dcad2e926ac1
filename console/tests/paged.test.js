import { describe, expect, it } from "vitest";
import { reactive, ref } from "vue";

import { usePagedList, whileBusy } from "../src/lib/paged.js";

describe("a flag while a request runs", () => {
  it("is up during the work, down after it, and a failure is said, not thrown", async () => {
    const flag = ref(false);
    const said = [];
    let during;
    expect(await whileBusy(flag, async () => { during = flag.value; return 7; }, (m) => said.push(m))).toBe(7);
    expect([during, flag.value]).toEqual([true, false]);
    expect(await whileBusy(flag, async () => { throw new Error("网络不可用"); }, (m) => said.push(m))).toBe(undefined);
    expect([flag.value, said]).toEqual([false, ["网络不可用"]]);
  });
});

describe("a server-paged list", () => {
  function list(fail = false) {
    const asked = [];
    const filters = reactive({ status: "open", q: "化工" });
    const said = [];
    const paged = usePagedList(async (current, size) => {
      asked.push([current, size, { ...filters }]);
      if (fail) throw new Error("服务暂不可用");
      return { items: [current], total: 41 };
    }, { filters, blank: () => ({ status: "", q: "" }), size: ref(10), report: (m) => said.push(m) });
    return { paged, asked, filters, said };
  }

  it("loads the page asked for, goes back to the first on a search, and empties its filters on a reset", async () => {
    const { paged, asked, filters } = list();
    paged.current.value = 3;
    await paged.load();
    expect(paged.page.value).toEqual({ items: [3], total: 41 });
    await paged.search();
    await paged.reset();
    expect(asked).toEqual([[3, 10, { status: "open", q: "化工" }], [1, 10, { status: "open", q: "化工" }],
                           [1, 10, { status: "", q: "" }]]);
    expect([filters.status, paged.loading.value]).toEqual(["", false]);
  });

  it("keeps the last page it had when a load fails, and says why", async () => {
    const { paged, said } = list(true);
    await paged.load();
    expect([paged.page.value, paged.loading.value, said]).toEqual([{ items: [], total: 0 }, false, ["服务暂不可用"]]);
  });
});
