"""GET /command: the command-center big screen (综合调度平台) and its static files. Not part of the API's OpenAPI."""

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api import static_assets
from core.errors import NotFound
from enterprises.qr_images import etag_matches

router = APIRouter(include_in_schema=False)

# No inline script or style anywhere: the page loads its own files and talks to its own origin only.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
_PAGE_HEADERS = {"Content-Security-Policy": CONTENT_SECURITY_POLICY, "X-Content-Type-Options": "nosniff",
                 "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}
_IMMUTABLE = "public, max-age=31536000, immutable"


def cached_response(request: Request, asset: static_assets.Asset, headers: dict[str, str]) -> Response:
    compressed = static_assets.accepts_gzip(request.headers.get("accept-encoding"))
    etag = asset.gzip_etag if compressed else asset.etag
    headers = {**headers, "ETag": etag, "Vary": "Accept-Encoding"}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    if compressed:
        return Response(asset.gzipped, media_type=asset.media_type, headers={**headers, "Content-Encoding": "gzip"})
    return Response(asset.body, media_type=asset.media_type, headers=headers)


@router.get("/command")
async def command_page(request: Request) -> Response:
    """The page itself is public; every number on it comes from the API after the password login."""
    return cached_response(request, static_assets.command_page(), _PAGE_HEADERS)


@router.get(static_assets.STATIC_URL + "/{name}")
async def static_file(name: str, request: Request, v: str | None = None) -> Response:
    asset = static_assets.static_asset(name)
    if asset is None:
        raise NotFound()
    # A URL with the current hash names these exact bytes forever; any other is revalidated each time.
    cache_control = _IMMUTABLE if v == asset.digest else "public, no-cache"
    return cached_response(request, asset, {"Cache-Control": cache_control, "X-Content-Type-Options": "nosniff"})
