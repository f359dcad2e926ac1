// The console's one API client: a 401 (token expired, account deactivated, role changed) goes back to the login page.
import { createApi } from "./api.js";

export const api = createApi({
  onUnauthorized: () => {
    if (!globalThis.location.hash.startsWith("#/login")) globalThis.location.hash = "#/login";
  },
});
