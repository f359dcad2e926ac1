"""Identity-QR tokens: the opaque random part of `{PUBLIC_BASE_URL}/q/{token}` printed at each enterprise's door.

Lower-case base32 of 16 random bytes (128 bits, 26 characters). Why not `secrets.token_urlsafe(16)` (22 characters):
MariaDB tables use `utf8mb4_general_ci`, so a case-sensitive token would be looked up case-insensitively (fewer
effective bits, and two tokens differing only in case collide on the unique index). Lower-case base32 means the same in
every collation, is a subset of both the mini-program scene alphabet (wechat-api.md §4a, at most 32 characters) and
RFC 3986's unreserved characters (no escaping in a URL path), and leaves 6 scene characters free for a prefix.
"""

import base64
import re
import secrets

TOKEN_BYTES = 16
TOKEN_LENGTH = 26
# 128 bits in 26 base32 characters: the last character carries 3 bits, the low 2 of them zero.
_TOKEN_PATTERN = re.compile(r"[a-z2-7]{25}[aeimquy4]")
# Characters WeChat allows in the `scene` of getwxacodeunlimit (wechat-api.md §4a).
SCENE_ALPHABET = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$&'()*+,/:;=?@-._~")
SCENE_MAX_LENGTH = 32


def new_qr_token() -> str:
    """A fresh identity-QR token: 128 bits from the OS CSPRNG, unguessable, so a printed code reveals nothing else."""
    return base64.b32encode(secrets.token_bytes(TOKEN_BYTES)).decode("ascii").rstrip("=").lower()


def is_well_formed_token(token: str) -> bool:
    """Could `token` have come from new_qr_token()? A cheap check so garbage never reaches the database."""
    return isinstance(token, str) and len(token) == TOKEN_LENGTH and _TOKEN_PATTERN.fullmatch(token) is not None


def is_valid_scene(scene: str) -> bool:
    """Would WeChat accept `scene` for a mini-program code (1-32 characters of the allowed set)?"""
    return 0 < len(scene) <= SCENE_MAX_LENGTH and set(scene) <= SCENE_ALPHABET


def scan_url(public_base_url: str, token: str) -> str:
    """The ordinary https link printed in the identity QR; WeChat opens it in the mini program (wechat-api.md §4c)."""
    if not is_well_formed_token(token):
        raise ValueError(f"not an identity-QR token: {token!r}")
    return f"{public_base_url.rstrip('/')}/q/{token}"
