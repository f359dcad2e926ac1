"""Identity QR tokens (pure): opaque, random, short enough for a mini-program code's 32-character scene."""

import re
import secrets

_TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{22}$")


def new_qr_token() -> str:
    # 16 random bytes = 128 bits; URL-safe base64 without padding is 22 characters, all allowed in a scene.
    return secrets.token_urlsafe(16)


def is_well_formed_token(token: str) -> bool:
    return bool(_TOKEN_PATTERN.match(token))


def scan_url(public_base_url: str, token: str) -> str:
    return f"{public_base_url.rstrip('/')}/q/{token}"
