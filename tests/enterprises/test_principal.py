"""The caller of every request (decision 066): one primary-key read of the user's row and no join, the region's
path from the per-process label cache, so a revocation written by any process fails the very next request."""

from core.identity import Role
from enterprises import accounts
from enterprises.models import User
from tests import builders
from tests.querycount import count_queries


async def test_a_row_changed_behind_the_apps_back_counts_at_the_next_request(client, db_clean):
    """Written straight to the table, as another worker process would: nothing cached hides it."""
    tree = await builders.region_tree()
    inspector = await builders.user(Role.INSPECTOR, tree["north_grid"])
    headers = builders.auth(inspector)
    assert (await client.get("/api/v1/me", headers=headers)).status_code == 200  # the label is cached now
    await User.filter(id=inspector.id).update(is_active=False)
    answer = await client.get("/api/v1/me", headers=headers)
    assert (answer.status_code, answer.json()["code"]) == (401, "TOKEN_REVOKED")
    await User.filter(id=inspector.id).update(is_active=True, token_version=inspector.token_version + 1)
    answer = await client.get("/api/v1/me", headers=headers)  # the old token's version is behind
    assert (answer.status_code, answer.json()["code"]) == (401, "TOKEN_REVOKED")


async def test_the_scope_follows_the_users_region_at_once(db_clean, settings):
    """The region id comes from the row read each request; only the path of a region (which never changes) is
    cached, so a move written without a token bump still shows at once."""
    tree = await builders.region_tree()
    inspector = await builders.user(Role.INSPECTOR, tree["north_grid"])
    token = builders.token_for(inspector)
    assert (await accounts.load_principal(token, settings)).region_path == tree["north_grid"].path
    await User.filter(id=inspector.id).update(region_id=tree["south_grid"].id)
    assert (await accounts.load_principal(token, settings)).region_path == tree["south_grid"].path
    await User.filter(id=inspector.id).update(region_id=None, role=Role.ADMIN)
    principal = await accounts.load_principal(token, settings)
    assert (principal.region_path, principal.role) == (None, Role.ADMIN)


async def test_one_statement_per_request_once_the_region_is_known(db_clean, settings):
    tree = await builders.region_tree()
    inspector = await builders.user(Role.INSPECTOR, tree["north_grid"])
    token = builders.token_for(inspector)
    await accounts.load_principal(token, settings)
    with count_queries() as statements:
        principal = await accounts.load_principal(token, settings)
    assert principal.user_id == inspector.id
    assert len(statements) == 1 and "JOIN" not in statements[0].upper(), statements
