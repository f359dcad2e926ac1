// schema.d.ts from openapi.json, with the openapi-typescript pinned in miniprogram/package-lock.json (one generator,
// one output: the mini program and the console both import this file). `node generate.mjs --check` exits 1 when the
// committed schema.d.ts is not what openapi.json gives.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const here = new URL("./", import.meta.url);
const require = createRequire(new URL("../../miniprogram/package.json", import.meta.url));
const loaded = await import(pathToFileURL(require.resolve("openapi-typescript")).href);
const openapiTS = loaded.openapiTS || loaded.default?.default || loaded.default;
const astToString = loaded.astToString || loaded.default?.astToString;

export async function generate(spec) {
  const header = "// Generated from openapi.json by generate.mjs (openapi-typescript). Do not edit: run `make api-types`.\n";
  return header + astToString(await openapiTS(spec, { alphabetize: false }));
}

const spec = JSON.parse(readFileSync(new URL("openapi.json", here), "utf-8"));
const output = new URL("schema.d.ts", here);
const text = await generate(spec);
if (process.argv.includes("--check")) {
  if (readFileSync(output, "utf-8") !== text) {
    console.error("frontend/api-types/schema.d.ts is stale: run `make api-types`");
    process.exit(1);
  }
} else {
  writeFileSync(output, text);
  console.log("wrote frontend/api-types/schema.d.ts");
}
