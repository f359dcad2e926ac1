async def test_liveness_and_readiness(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = (await client.get("/readyz")).json()
    jobs = ready.pop("jobs")
    assert ready == {"status": "ok", "database": "ok", "worker": "missing", "live_workers": 0}
    # The tests' app runs no worker in-process: every job is the worker's (tests/notify/test_worker.py: in dev).
    assert {name: job["runs"] for name, job in jobs.items()} == {name: "worker" for name in jobs}
    assert {"outbox", "hazard_reminders", "rescore", "campaign_reminders", "report_reminders"} <= set(jobs)


async def test_readiness_shows_a_live_worker_and_forgets_a_stale_one(client):
    from datetime import timedelta

    from core import clock, heartbeat

    await heartbeat.beat()
    assert (await client.get("/readyz")).json()["worker"] == "ok"
    clock.travel(timedelta(minutes=1))
    assert (await client.get("/readyz")).json()["worker"] == "missing"


async def test_unknown_paths_answer_the_error_shape(client):
    answer = await client.get("/api/v1/nothing-here")
    assert answer.status_code == 404
    assert answer.json() == {"code": "NOT_FOUND", "message": "接口不存在", "detail": None}


async def test_every_answer_carries_a_request_id(client):
    answer = await client.get("/healthz", headers={"X-Request-ID": "abc123"})
    assert answer.headers["X-Request-ID"] == "abc123"


async def test_ids_beyond_the_database_range_are_422_not_500(client):
    from core.identity import Role
    from tests import builders

    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    huge = 2**70
    for method, url, body in (("GET", f"/api/v1/enterprises/{huge}", None),
                              ("GET", f"/api/v1/enterprises?region_id={huge}", None),
                              ("GET", f"/api/v1/enterprises/1/personnel/{huge}", None),
                              ("POST", "/api/v1/regions", {"name": "x", "level": "grid", "parent_id": huge}),
                              ("POST", "/api/v1/users", {"name": "x", "role": "command", "region_id": huge})):
        answer = await client.request(method, url, json=body, headers=builders.auth(admin))
        assert answer.status_code in (405, 422), (url, answer.status_code)
