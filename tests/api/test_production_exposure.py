"""What production shows to the internet: no route map unless asked for, metrics only with their token."""

import pytest
from pydantic import SecretStr

from api.app import create_app
from core.settings import Settings
from tests.conftest import TEST_SECRET, asgi_client

METRICS_TOKEN = "metrics-token-long-enough"
DOCS = ("/docs", "/redoc", "/openapi.json")


def production(tmp_path, **overrides) -> Settings:
    return Settings(env="production", secret_key=TEST_SECRET, data_dir=tmp_path, wechat_appid="wx-prod",
                    wechat_secret="prod-secret", database_url="mysql://a@b/c", metrics_token=METRICS_TOKEN,
                    audit_chain_key=SecretStr("c" * 40),
                    run_worker_in_process=False, **overrides)


@pytest.mark.parametrize("enabled, status", [(None, 404), (False, 404), (True, 200)])
async def test_production_serves_the_api_docs_only_when_enabled(tmp_path, enabled, status):
    app = create_app(production(tmp_path, docs_enabled=enabled), manage_database=False)
    async with asgi_client(app) as http:
        assert [(await http.get(path)).status_code for path in DOCS] == [status] * 3


async def test_dev_serves_them_by_default(client):
    assert [(await client.get(path)).status_code for path in DOCS] == [200] * 3


async def test_production_metrics_ask_for_the_token(tmp_path, db_clean):
    app = create_app(production(tmp_path), manage_database=False)
    async with asgi_client(app) as http:
        assert (await http.get("/metrics")).status_code == 401
        assert (await http.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 401
        answer = await http.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"})
    assert answer.status_code == 200 and "jinyan_" in answer.text
