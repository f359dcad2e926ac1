"""/metrics speaks the Prometheus text format with the figures operators watch."""

import json
import logging
from datetime import time

from prometheus_client.parser import text_string_to_metric_families

from core import logs, schedule
from core.models import DailyJobRun
from tests import builders


def _samples(text: str) -> dict:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


async def test_metrics_report_routes_outbox_and_colours(client):
    tree = await builders.region_tree()
    await builders.enterprise(tree["north_grid"], risk_color="red")
    await builders.enterprise(tree["north_grid"])
    enterprise = await builders.enterprise(tree["north_grid"], risk_color="red")
    await client.get(f"/api/v1/scan/{enterprise.qr_token}")
    answer = await client.get("/metrics")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    samples = _samples(answer.text)
    assert samples[("jinyan_enterprises_by_risk_color", (("color", "red"),))] == 2
    assert samples[("jinyan_enterprises_by_risk_color", (("color", "unscored"),))] == 1
    assert ("jinyan_outbox_backlog", ()) in samples and ("jinyan_outbox_dead_letters", ()) in samples
    scan_route = ("jinyan_http_request_duration_seconds_count",
                  (("method", "GET"), ("route", "/api/v1/scan/{token}"), ("status", "200")))
    assert samples[scan_route] >= 1


async def test_metrics_tell_when_the_nightly_rescore_last_finished(client):
    async def nothing():
        return None

    assert await schedule.run_daily("rescore", time(0, 0), nothing)
    finished = (await DailyJobRun.get(name="rescore")).finished_at
    samples = _samples((await client.get("/metrics")).text)
    stamp = samples[("jinyan_daily_job_last_finished_timestamp_seconds", (("job", "rescore"),))]
    assert abs(stamp - finished.timestamp()) < 1


async def test_metrics_can_require_a_token(client, settings):
    settings.metrics_token = "m" * 20
    assert (await client.get("/metrics")).status_code == 401
    assert (await client.get("/metrics", headers={"Authorization": f"Bearer {'m' * 20}"})).status_code == 200


async def test_wechat_errors_are_counted(client, fake_wechat):
    fake_wechat.inject_fault("/sns/jscode2session", errcode=40029)
    await client.post("/api/v1/auth/wechat", json={"code": "x"})
    samples = _samples((await client.get("/metrics")).text)
    assert samples[("jinyan_wechat_errors_total", (("errcode", "40029"), ("path", "/sns/jscode2session")))] >= 1


def test_json_log_lines_carry_the_request_id(capsys):
    record = logging.LogRecord("jinyan.test", logging.INFO, __file__, 1, "已处理 %s", ("检查",), None)
    token = logs.current_request_id.set("req-42")
    try:
        logs.RequestIdFilter().filter(record)
        line = json.loads(logs.JsonFormatter().format(record))
    finally:
        logs.current_request_id.reset(token)
    assert line["message"] == "已处理 检查" and line["request_id"] == "req-42" and line["level"] == "INFO"
    assert line["at"].endswith("+08:00")
