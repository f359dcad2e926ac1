// Regions and the two dictionaries, loaded once per session and shared by every page's filters and forms.
import { reactive } from "vue";

import { regionTree } from "./forms.js";
import { api } from "./session.js";

export const reference = reactive({ loaded: false, regions: [], regionTree: [], regionNames: {},
                                    industries: [], categories: [] });
let loading = null;

export function loadReference() {
  if (!loading) {
    loading = Promise.all([api.get("/regions"), api.get("/dictionaries/industries"),
                           api.get("/dictionaries/categories")])
      .then(([regions, industries, categories]) => {
        reference.regions = regions;
        reference.regionTree = regionTree(regions);
        reference.regionNames = Object.fromEntries(regions.map((r) => [r.id, r.name]));
        reference.industries = industries;
        reference.categories = categories;
        reference.loaded = true;
      })
      .catch((e) => {
        loading = null;
        throw e;
      });
  }
  return loading;
}
