"""Password hashing (argon2 via pwdlib) and our own JWT access tokens (PyJWT, HS256)."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from pwdlib import PasswordHash

from core.errors import NotAuthenticated

_hasher = PasswordHash.recommended()
# Verified against when the username is unknown, so both paths cost one argon2 check.
_DUMMY_HASH = _hasher.hash("no-such-user-" + secrets.token_hex(8))
ALGORITHM = "HS256"
# No 0/O/1/I/L: invite codes are read aloud and typed on phones.
_INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if not password_hash:
        _hasher.verify(password, _DUMMY_HASH)
        return False
    return _hasher.verify(password, password_hash)


@dataclass(frozen=True)
class TokenClaims:
    user_id: int
    token_version: int
    signed_in_at: int  # epoch seconds of the login this token descends from (renewals keep it)


def issue_access_token(user_id: int, token_version: int, secret: str, now: datetime, ttl: timedelta,
                       signed_in_at: int | None = None) -> str:
    """`signed_in_at` carries a renewed token's original login time, so renewals cannot outlast the session cap."""
    claims = {"sub": str(user_id), "ver": token_version, "iat": int(now.timestamp()),
              "exp": int((now + ttl).timestamp()), "auth": signed_in_at or int(now.timestamp())}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read_access_token(token: str, secrets: str | list[str], now: datetime) -> TokenClaims:
    """Accepts a token signed with any of `secrets` (the current key first, then the one being rotated out)."""
    keys = [secrets] if isinstance(secrets, str) else [key for key in secrets if key]
    for key in keys:
        try:
            claims = jwt.decode(token, key, algorithms=[ALGORITHM],
                                options={"verify_exp": False, "verify_iat": False,  # the service clock judges
                                         "require": ["sub", "exp", "ver"]})
        except jwt.InvalidSignatureError:
            continue
        except (jwt.PyJWTError, ValueError, TypeError) as exc:
            raise NotAuthenticated("登录凭证无效,请重新登录", code="TOKEN_INVALID") from exc
        if claims["exp"] <= now.timestamp():
            raise NotAuthenticated("登录已过期,请重新登录", code="TOKEN_EXPIRED")
        try:
            return TokenClaims(user_id=int(claims["sub"]), token_version=int(claims["ver"]),
                               signed_in_at=int(claims.get("auth", claims.get("iat", 0))))
        except (ValueError, TypeError) as exc:
            raise NotAuthenticated("登录凭证无效,请重新登录", code="TOKEN_INVALID") from exc
    raise NotAuthenticated("登录凭证无效,请重新登录", code="TOKEN_INVALID")


def new_invite_code() -> str:
    return "".join(secrets.choice(_INVITE_ALPHABET) for _ in range(10))


def digest(value: str) -> str:
    """Invite codes are stored as digests: a leaked table does not hand out accounts."""
    return hashlib.sha256(value.strip().upper().encode()).hexdigest()


def new_ticket() -> str:
    """A bearer secret for one short use (the live feed's ticket): 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def ticket_digest(ticket: str) -> str:
    """Tickets are stored as digests, exactly as sent (they are case-sensitive, unlike invite codes)."""
    return hashlib.sha256(ticket.encode()).hexdigest()
