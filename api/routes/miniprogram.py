"""GET /m/: the mini program's H5 build (miniprogram/, built by `make run` when Node is present), served like /command:
a strict CSP (no inline script, no eval, nothing from elsewhere), hashed files cached for a year. Not in the OpenAPI.

Only the files the build wrote are served, looked up by their relative path in a table made once per process: no path
is walked. Without a build the page says how to make one."""

import functools
import mimetypes
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from api import static_assets
from api.routes.command import cached_response
from core.errors import NotFound
from core.settings import Settings

router = APIRouter(include_in_schema=False)

H5_DIR = Path(__file__).resolve().parents[2] / "miniprogram" / "dist" / "build" / "h5"
# style-src: uni-app sets styles through the CSSOM (allowed), never inline <style> or style="" markup.
# img-src/connect-src data: and blob: are the photos the phone keeps until they are uploaded.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                           "connect-src 'self' data: blob:; font-src 'self' data:; base-uri 'none'; "
                           "form-action 'none'; frame-ancestors 'none'")
_PAGE_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                 "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}
_IMMUTABLE = "public, max-age=31536000, immutable"
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".html": "text/html; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml"}
_NOT_BUILT = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>移动端尚未构建</title></head>
<body><h1>移动端(H5)尚未构建</h1><p>安装 Node.js 20 后运行 <code>make run</code>,即构建 miniprogram/ 并在此处提供。</p>
</body></html>"""


@functools.cache
def built_files(root: Path = H5_DIR) -> dict[str, static_assets.Asset]:
    """Relative path → the file, for every file of the build under `root` (empty when there is no build)."""
    if not (root / "index.html").is_file():
        return {}
    table = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            name = path.relative_to(root).as_posix()
            media_type = _TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            table[name] = static_assets.asset_of(path.read_bytes(), media_type)
    return table


def h5_root(settings: Settings) -> Path:
    """Where this process serves the H5 build from: H5_DIR in the environment (the image's), else the checkout's."""
    return Path(settings.h5_dir) if settings.h5_dir else H5_DIR


@router.get("/m/")
async def index(request: Request) -> Response:
    """The app's page; without a build, a page saying how to make one (the address exists either way)."""
    page = built_files(h5_root(request.app.state.settings)).get("index.html")
    if page is None:
        return HTMLResponse(_NOT_BUILT, headers=_PAGE_HEADERS)
    return cached_response(request, page, _PAGE_HEADERS)


@router.get("/m/{name:path}")
async def built_file(name: str, request: Request) -> Response:
    if name == "index.html":
        return await index(request)
    asset = built_files(h5_root(request.app.state.settings)).get(name)
    if asset is None:
        raise NotFound()
    # Vite names the files under assets/ by their content hash; anything else is revalidated each time.
    cache_control = _IMMUTABLE if name.startswith("assets/") else "no-cache"
    return cached_response(request, asset, {**_PAGE_HEADERS, "Cache-Control": cache_control})
