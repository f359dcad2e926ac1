async def test_liveness_and_readiness(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    assert (await client.get("/readyz")).json() == {"status": "ok", "database": "ok"}


async def test_unknown_paths_answer_the_error_shape(client):
    answer = await client.get("/api/v1/nothing-here")
    assert answer.status_code == 404
    assert answer.json() == {"code": "NOT_FOUND", "message": "接口不存在", "detail": None}


async def test_every_answer_carries_a_request_id(client):
    answer = await client.get("/healthz", headers={"X-Request-ID": "abc123"})
    assert answer.headers["X-Request-ID"] == "abc123"
