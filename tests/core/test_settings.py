import pytest

from api.app import create_app
from pydantic import SecretStr

from core.settings import Settings

GOOD_SECRET = "x" * 40
GOOD_METRICS_TOKEN = "m" * 24


def test_production_refuses_the_default_secret():
    settings = Settings(env="production", wechat_appid="wx1", wechat_secret="s", database_url="mysql://a@b/c")
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(settings)


def test_production_refuses_the_fake_wechat():
    settings = Settings(env="production", secret_key=GOOD_SECRET, database_url="mysql://a@b/c")
    with pytest.raises(RuntimeError, match="模拟微信"):
        create_app(settings)


def test_production_refuses_the_default_audit_chain_key():
    settings = Settings(env="production", secret_key=GOOD_SECRET, wechat_appid="wx1", wechat_secret="s",
                        database_url="mysql://a@b/c", metrics_token=GOOD_METRICS_TOKEN)
    with pytest.raises(RuntimeError, match="AUDIT_CHAIN_KEY"):
        create_app(settings)
    same = settings.model_copy(update={"audit_chain_key": SecretStr(GOOD_SECRET)})
    with pytest.raises(RuntimeError, match="AUDIT_CHAIN_KEY"):
        create_app(same)


def test_production_starts_when_configured():
    settings = Settings(env="production", secret_key=GOOD_SECRET, wechat_appid="wx1", wechat_secret="s",
                        database_url="mysql://a@b/c", audit_chain_key=SecretStr("c" * 40),
                        metrics_token=GOOD_METRICS_TOKEN)
    assert create_app(settings).state.wechat.appid == "wx1"


@pytest.mark.parametrize("token", ["", "short"])
def test_production_refuses_to_start_without_a_metrics_token(token):
    settings = Settings(env="production", secret_key=GOOD_SECRET, wechat_appid="wx1", wechat_secret="s",
                        database_url="mysql://a@b/c", audit_chain_key=SecretStr("c" * 40), metrics_token=token)
    with pytest.raises(RuntimeError, match="METRICS_TOKEN"):
        create_app(settings)


def test_settings_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("PUBLIC_BASE_URL", "https://aq.example.cn")
    settings = Settings()
    assert settings.public_base_url == "https://aq.example.cn"
    assert settings.resolved_database_url == f"sqlite://{tmp_path}/jinyan.sqlite3"
    assert settings.uses_fake_wechat
