// A file the API answers (fetched with the token) saved under a name: exports, templates, posters, records.

/** Fetch `path` (with `query`) and save it as `name`; the object URL is let go once the download has begun. */
export async function download(api, path, query, name) {
  const url = await api.blobUrl(path, query);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
