"""Field types shared by the schemas of every domain."""

from typing import Annotated

from pydantic import Field, StrictFloat, StrictInt

# Primary keys are 32-bit signed integers in MySQL: a larger id is invalid input (422), never a database error.
MAX_ID = 2**31 - 1
# Strict: JSON `true` is not the number 1.
DbId = Annotated[StrictInt, Field(ge=1, le=MAX_ID)]
Count = Annotated[StrictInt, Field(ge=0, le=1_000_000)]
Degrees = StrictFloat
