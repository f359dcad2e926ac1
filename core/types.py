"""Field types shared by the schemas of every domain."""

from typing import Annotated

from pydantic import Field

# Primary keys are 32-bit signed integers in MySQL: a larger id is invalid input (422), never a database error.
MAX_ID = 2**31 - 1
DbId = Annotated[int, Field(ge=1, le=MAX_ID)]
