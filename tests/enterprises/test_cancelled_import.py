"""An enterprise import cancelled at any of its calls into the database driver writes all or nothing: three rows,
their audit entries, no half of it. 21 cancel points on SQLite, 20 on MariaDB; about 3 s on either."""

import asyncio

from core.models import AuditEntry
from enterprises.credit_code import complete
from enterprises.models import Enterprise
from core.identity import Role
from tests import builders
from tests.cancelling import assert_chain_verifies, changed_tables, run_cancelled, snapshot
from tests.enterprises.test_importing import _upload, row, xlsx
from tests.inspections.test_cancelled_submit import connections_held


async def test_an_import_cancelled_at_any_driver_call_writes_all_or_nothing(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    codes = [complete(f"91370602MA100010{n}") for n in range(3)]
    sheet = xlsx([row(code, name=f"取消导入{n}") for n, code in enumerate(codes)])

    call, cancelled_in, finished = 0, [], None
    while finished is None:
        call += 1
        before = await snapshot()
        during, outcome = await run_cancelled(lambda: _upload(client, admin, sheet), call)
        if during is None:
            assert outcome.status_code == 200 and outcome.json()["created"] == 3, outcome.text
            finished = "answered"
            break
        cancelled_in.append(during)
        assert isinstance(outcome, asyncio.CancelledError), (during, outcome)
        assert connections_held() == 0, during
        made = await asyncio.wait_for(Enterprise.filter(credit_code__in=codes).count(), 20)
        if made:
            assert made == 3 and "commit" in during.lower(), (during, made)
            finished = "committed as the cancel arrived"
            break
        assert changed_tables(before, await snapshot()) == [], during

    assert any("BEGIN" in during for during in cancelled_in)
    assert await Enterprise.filter(credit_code__in=codes).count() == 3
    assert await AuditEntry.filter(action="enterprise.imported").count() == 3
    await assert_chain_verifies()
    print(f"import cancelled at each of its {len(cancelled_in)} driver calls ({finished})")
