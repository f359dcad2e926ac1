"""Field types shared by the schemas of every domain."""

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictFloat, StrictInt, field_validator
from pydantic_core import PydanticCustomError

# Primary keys are 32-bit signed integers in MySQL: a larger id is invalid input (422), never a database error.
MAX_ID = 2**31 - 1
# The outbox, the inbox and the audit trail count in 64 bits.
MAX_BIG_ID = 2**63 - 1
# Strict: JSON `true` is not the number 1.
DbId = Annotated[StrictInt, Field(ge=1, le=MAX_ID)]
Count = Annotated[StrictInt, Field(ge=0, le=1_000_000)]
Degrees = StrictFloat


# C0 control characters other than tab, newline and carriage return: they are invisible, break exports
# (openpyxl refuses them) and are never what a person typed.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _refuse_control_characters(value: Any) -> Any:
    if isinstance(value, str):
        if CONTROL_CHARACTERS.search(value):
            raise PydanticCustomError("control_character", "含有不可见的控制字符")
    elif isinstance(value, (list, tuple)):
        for element in value:
            _refuse_control_characters(element)
    elif isinstance(value, dict):
        for key, element in value.items():
            _refuse_control_characters(key)
            _refuse_control_characters(element)
    return value


# For text that arrives outside a JSON body (query strings): the same refusal as WriteModel's.
NoControlCharacters = AfterValidator(_refuse_control_characters)


class WriteModel(BaseModel):
    """The base of every request body: a field the schema does not know is refused (422 naming it), not
    silently ignored, and no text may carry control characters."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        return _refuse_control_characters(value)
