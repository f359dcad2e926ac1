"""Migration operations of our own, for what Tortoise's cannot say."""

from tortoise.migrations import operations as ops


class AlterFieldState(ops.AlterField):
    """A field change that lives in Python only (a default, auto_now): the migration state changes, the table does
    not. Tortoise's AlterField would rebuild the table on SQLite, dropping its indexes, for a column that is the
    same."""

    async def database_forward(self, *args, **kwargs) -> None:
        return None

    async def database_backward(self, *args, **kwargs) -> None:
        return None


class AddFieldState(ops.AddField):
    """A column a migration adds by hand (RunPython beside it): the state changes here, the table there."""

    async def database_forward(self, *args, **kwargs) -> None:
        return None

    async def database_backward(self, *args, **kwargs) -> None:
        return None
