"""The HTML pages (the command center, the API docs, the landing page) and their static files, shipped as package
data under api/static/ or, for Swagger UI and ReDoc, by the fastapi-offline package (docs/decisions/040).

Files are read once per process. Each is addressed by a content hash (`?v=`), so a URL names one version and can
be cached for a year; a new release changes the hash in the page and browsers fetch the new file at once."""

import functools
import gzip
import hashlib
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

STATIC_DIR = Path(__file__).parent / "static"
STATIC_URL = "/static"
_DOCS_UI_DIR = Path(str(files("fastapi_offline") / "static"))

_CSS, _JS = "text/css; charset=utf-8", "text/javascript; charset=utf-8"
# URL name → (file under api/static, media type). Only these are served, under flat names: no path to walk.
_SERVED = {
    "command.css": ("command/command.css", _CSS),
    "command.js": ("command/command.js", _JS),
    "echarts.min.js": ("vendor/echarts/echarts.min.js", _JS),
    "pages.css": ("pages/pages.css", _CSS),
    "swagger-init.js": ("pages/swagger-init.js", _JS),
    "redoc-init.js": ("pages/redoc-init.js", _JS),
    # An absolute path stays itself under STATIC_DIR / path.
    "swagger-ui-bundle.js": (str(_DOCS_UI_DIR / "swagger-ui-bundle.js"), _JS),
    "swagger-ui.css": (str(_DOCS_UI_DIR / "swagger-ui.css"), _CSS),
    "redoc.standalone.js": (str(_DOCS_UI_DIR / "redoc.standalone.js"), _JS),
}
_ASSET_REFERENCE = re.compile(r"\{\{asset:([\w.-]+)\}\}")


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes  # compressed once per process: ECharts goes from 1.1 MB to about a third on the wire
    media_type: str
    digest: str  # the first 16 hex digits of the sha256: the ?v= and the ETag

    @property
    def etag(self) -> str:
        return f'"{self.digest}"'

    @property
    def gzip_etag(self) -> str:
        """The compressed bytes are another representation, so they get their own validator (RFC 9110 8.8.3)."""
        return f'"{self.digest}-gzip"'


def asset_of(body: bytes, media_type: str) -> Asset:
    return Asset(body=body, gzipped=gzip.compress(body, compresslevel=9, mtime=0), media_type=media_type,
                 digest=hashlib.sha256(body).hexdigest()[:16])


def accepts_gzip(accept_encoding: str | None) -> bool:
    """Whether an Accept-Encoding header admits gzip: listed (or `*`) without q=0."""
    for part in (accept_encoding or "").split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "*"):
            q = params.strip().lower().removeprefix("q=")
            return not (params.strip() and _is_zero(q))
    return False


def _is_zero(quality: str) -> bool:
    try:
        return float(quality) == 0
    except ValueError:
        return False


SERVED_NAMES = tuple(_SERVED)


def source_path(name: str) -> Path:
    return STATIC_DIR / _SERVED[name][0]


@functools.cache
def static_asset(name: str) -> Asset | None:
    """The file served as /static/`name`, or None when there is none."""
    if name not in _SERVED:
        return None
    return asset_of(source_path(name).read_bytes(), _SERVED[name][1])


def asset_url(name: str) -> str:
    asset = static_asset(name)
    if asset is None:
        raise KeyError(f"{name} is not a served static file")
    return f"{STATIC_URL}/{name}?v={asset.digest}"


@functools.cache
def html_page(template: str, **values: str) -> Asset:
    """api/static/`template` with each `{{asset:NAME}}` replaced by that file's hashed URL and each `{{NAME}}` by
    `values[NAME]` (already escaped HTML)."""
    html = (STATIC_DIR / template).read_text(encoding="utf-8")
    html = _ASSET_REFERENCE.sub(lambda match: asset_url(match.group(1)), html)
    html = re.sub(r"\{\{(\w+)\}\}", lambda match: values[match.group(1)], html)
    return asset_of(html.encode("utf-8"), "text/html; charset=utf-8")


def command_page() -> Asset:
    return html_page("command/index.html")
