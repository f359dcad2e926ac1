"""GET /admin/: the street's management console (console/, Vue 3 + Element Plus, built by `make run` when Node is
present; docs/decisions/060), served the way /m/ is (api/routes/miniprogram.py): only the files the build wrote, a
strict CSP (no inline script, no eval, nothing from elsewhere), hashed files cached for a year. Not in the OpenAPI.

Element Plus sets its styles through Vue's style bindings, which go through the CSSOM (el.style.x = …) and are not
governed by style-src; the build's CSS is one file. So style-src stays 'self' with no 'unsafe-inline', and the browser
test (tests/api/test_console.py) fails on any CSP violation the console triggers."""

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from api.routes.command import cached_response
from api.routes.miniprogram import built_files
from core.errors import NotFound
from core.settings import Settings

router = APIRouter(include_in_schema=False)

DIST_DIR = Path(__file__).resolve().parents[2] / "console" / "dist"
# img-src blob: is a poster or code image fetched with the token and shown from memory; data: are Element's icons.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                           "connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; "
                           "frame-ancestors 'none'")
_PAGE_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                 "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}
_IMMUTABLE = "public, max-age=31536000, immutable"
_NOT_BUILT = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>管理端尚未构建</title></head>
<body><h1>街道管理端尚未构建</h1><p>安装 Node.js 20 后运行 <code>make run</code>,即构建 console/ 并在此处提供。</p>
</body></html>"""


def console_root(settings: Settings) -> Path:
    """Where this process serves the console from: CONSOLE_DIR in the environment (the image's), else the checkout's."""
    return Path(settings.console_dir) if settings.console_dir else DIST_DIR


@router.get("/admin/")
async def index(request: Request) -> Response:
    page = built_files(console_root(request.app.state.settings)).get("index.html")
    if page is None:
        return HTMLResponse(_NOT_BUILT, status_code=404, headers=_PAGE_HEADERS)
    return cached_response(request, page, _PAGE_HEADERS)


@router.get("/admin/{name:path}")
async def built_file(name: str, request: Request) -> Response:
    asset = built_files(console_root(request.app.state.settings)).get(name)
    if asset is None or name == "index.html":
        raise NotFound()
    # Vite names the files under assets/ by their content hash; anything else is revalidated each time.
    cache_control = _IMMUTABLE if name.startswith("assets/") else "no-cache"
    return cached_response(request, asset, {**_PAGE_HEADERS, "Cache-Control": cache_control})
