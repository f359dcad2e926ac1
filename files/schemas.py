from datetime import datetime

from pydantic import BaseModel

from files.content import UploadKind


class UploadRead(BaseModel):
    id: int
    url: str
    # Images only: a JPEG at most 320 px on its longest side.
    thumb_url: str | None = None
    sha256: str
    size: int
    media_type: str
    kind: UploadKind
    width: int | None = None
    height: int | None = None
    captured_at: datetime | None = None
