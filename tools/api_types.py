"""The API types both front ends import (docs/decisions/045): `frontend/api-types/openapi.json` is the app's
/openapi.json, written here from the app itself, and `frontend/api-types/schema.d.ts` is generated from it by
openapi-typescript (frontend/api-types/generate.mjs, with the mini program's pinned copy). Both are committed;
tests/test_api_types.py fails when the API changed and this was not run again.

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


def current_spec() -> dict:
    from api.app import create_app
    from core.settings import Settings

    with tempfile.TemporaryDirectory() as data_dir:
        settings = Settings(env="dev", secret_key="api-types-" + "x" * 40, data_dir=data_dir,
                            run_worker_in_process=False)
        return create_app(settings, manage_database=False).openapi()


def render(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    SPEC.write_text(render(current_spec()), encoding="utf-8")
    print(f"wrote {SPEC.relative_to(ROOT)}")
    subprocess.run(["node", str(OUTPUT / "generate.mjs")], check=True)


if __name__ == "__main__":
    main()
