"""Which deadline a request gets (the frozen-database test in tests/test_database_outage.py shows it acting)."""

from api.deadline import SLOW_BODY_FACTOR, deadline_for

PREFIX = "/api/v1"


def test_the_live_feed_has_no_deadline_and_slow_bodies_a_longer_one(settings):
    settings.request_timeout_seconds = 30
    assert deadline_for("/api/v1/dashboard/stream", settings, PREFIX) is None
    assert deadline_for("/api/v1/uploads", settings, PREFIX) == 30 * SLOW_BODY_FACTOR
    assert deadline_for("/api/v1/enterprises/import/", settings, PREFIX) == 30 * SLOW_BODY_FACTOR
    assert deadline_for("/api/v1/scoring/simulate", settings, PREFIX) == 30 * SLOW_BODY_FACTOR  # a street's sweep
    assert deadline_for("/api/v1/regions", settings, PREFIX) == 30
    assert deadline_for("/command", settings, PREFIX) == 30
