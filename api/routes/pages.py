"""Pages outside the API: the landing page at /, the API docs (/docs, /redoc) from files this server ships, and the
WeChat console's verification files. None of them is part of the OpenAPI."""

import html

from fastapi import APIRouter, FastAPI, Request, routing
from fastapi.responses import PlainTextResponse, Response

from api import static_assets
from api.routes.command import CONTENT_SECURITY_POLICY, cached_response
from core.settings import Settings

# The landing page's links, each shown only when this server serves it (the front ends are optional builds).
PAGES = (
    ("/command", "综合调度指挥中心", "大屏:风险分布、隐患整改与实时动态(值班员账号登录)"),
    ("/admin/", "管理端", "街道和社区管理企业、检查表、隐患、通知与账号"),
    ("/m/", "小程序网页版", "检查员与企业安全员的手机端(H5)"),
    ("/docs", "接口文档", "全部接口(Swagger UI);另有 ReDoc 版 /redoc"),
)
_HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-cache"}
# Swagger UI runs under /command's policy. ReDoc's styled-components inject <style> elements and its search runs in
# a worker made from a blob: that is all it gets beyond that policy. Scripts stay 'self' only.
REDOC_CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                "img-src 'self' data:; connect-src 'self'; worker-src blob:; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'")


def served_pages(app: FastAPI) -> list[tuple[str, str, str]]:
    """The PAGES this app answers: a route or a mount at that path."""
    urls = [route.path for route in routing.iter_route_contexts(app.routes)]
    return [page for page in PAGES
            if any(url.rstrip("/") == page[0].rstrip("/") or url.startswith(page[0]) for url in urls)]


def _links_html(pages) -> str:
    return "\n".join(f'<li><a href="{html.escape(path)}"><strong>{html.escape(title)}</strong>'
                     f'<span>{html.escape(what)}</span></a></li>' for path, title, what in pages)


router = APIRouter(include_in_schema=False)


@router.get("/")
async def landing_page(request: Request) -> Response:
    page = static_assets.html_page("pages/landing.html", links=_links_html(served_pages(request.app)))
    return cached_response(request, page, {**_HEADERS, "Content-Security-Policy": CONTENT_SECURITY_POLICY})


docs_router = APIRouter(include_in_schema=False)


@docs_router.get("/docs")
async def swagger_page(request: Request) -> Response:
    page = static_assets.html_page("pages/swagger.html", openapi_url=html.escape(request.app.openapi_url))
    return cached_response(request, page, {**_HEADERS, "Content-Security-Policy": CONTENT_SECURITY_POLICY})


@docs_router.get("/redoc")
async def redoc_page(request: Request) -> Response:
    page = static_assets.html_page("pages/redoc.html", openapi_url=html.escape(request.app.openapi_url))
    return cached_response(request, page, {**_HEADERS, "Content-Security-Policy": REDOC_CONTENT_SECURITY_POLICY})


# The door code's link is PUBLIC_BASE_URL/q/{token}; the console's rule for it is the prefix …/q/, and WeChat looks
# for the verification file in the rule's last directory (wechat-api.md §4c). The root serves it too.
VERIFY_FILE_DIRECTORIES = ("/", "/q/")


def verify_files_router(settings: Settings) -> APIRouter:
    """One exact route per WECHAT_VERIFY_FILES entry (names are checked by the setting): nothing else is served."""
    verify_router = APIRouter(include_in_schema=False)
    for name, content in settings.wechat_verify_files.items():
        for directory in VERIFY_FILE_DIRECTORIES:
            verify_router.add_api_route(directory + name, _serving(content), methods=["GET"])
    return verify_router


def _serving(content: str):
    async def verify_file() -> PlainTextResponse:
        return PlainTextResponse(content, headers={"Cache-Control": "no-cache"})

    return verify_file
