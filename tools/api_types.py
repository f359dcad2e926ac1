"""The API types both front ends import (docs/decisions/045): `frontend/api-types/openapi.json` is the app's
/openapi.json, written here from the app itself, and `frontend/api-types/schema.d.ts` is generated from it by
openapi-typescript (frontend/api-types/generate.mjs, with the mini program's pinned copy). Both are committed;
`docs/api.md` is the index of every operation made from the same spec (the contract in ../shared/api-contract.md
names what the front ends rely on; this is everything the app answers). tests/test_api_types.py fails when the API
changed and this was not run again.

    .venv/bin/python tools/api_types.py          (or `make api-types`)
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUTPUT = ROOT / "frontend" / "api-types"
SPEC = OUTPUT / "openapi.json"
INDEX = ROOT / "docs" / "api.md"
METHODS = ("get", "post", "put", "patch", "delete")


def current_spec() -> dict:
    from api.app import create_app
    from core.settings import Settings

    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(env="dev", secret_key="api-types-" + "x" * 40, data_dir=data_dir,
                            run_worker_in_process=False)
        return create_app(settings, manage_database=False).openapi()


def render(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, indent=1) + "\n"


def render_index(spec: dict) -> str:
    """One table per tag, in the order the app declares its routes: method, path, the description's first line."""
    tables: dict[str, list[str]] = {}
    for path, operations in spec["paths"].items():
        for method in METHODS:
            if method in operations:
                operation = operations[method]
                what = (operation.get("description") or operation.get("summary") or "").strip().splitlines()[0]
                what = what.replace("|", "\\|")
                tag = (operation.get("tags") or ["其他"])[0]
                tables.setdefault(tag, []).append(f"| {method.upper()} | `{path}` | {what} |")
    lines = ["# The API, every operation", "",
             "Generated from the app's `/openapi.json` by `tools/api_types.py` (`make api-types`); do not edit by hand.",
             "The contract the front ends are written against is `../shared/api-contract.md`; this index is everything",
             "the app answers, including what was added since (each addition has its decision record).", ""]
    for tag, rows in tables.items():
        lines += [f"## {tag}", "", "| method | path | what |", "|---|---|---|", *rows, ""]
    return "\n".join(lines)


def main() -> None:
    spec = current_spec()
    SPEC.write_text(render(spec), encoding="utf-8")
    INDEX.write_text(render_index(spec), encoding="utf-8")
    print(f"wrote {SPEC.relative_to(ROOT)} and {INDEX.relative_to(ROOT)}")
    subprocess.run(["node", str(OUTPUT / "generate.mjs")], check=True)


if __name__ == "__main__":
    main()
