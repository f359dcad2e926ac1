"""How many messages per second one outbox worker delivers to the fake WeChat over loopback HTTP.

    .venv/bin/python bench/outbox.py [--messages 2000] [--db-url mysql://root:@127.0.0.1:3306/jinyan_bench_outbox]

Each message is one `message.requested` event for one subscribed user, run through the deployment's handler
table (bootstrap/): an inbox row, one grant spent and one
subscribeMessage.send. It prints delivered, duplicated and lost (the last two must be 0), and the rate as a ratio
of a bare baseline measured in the same run on the same database (an inbox insert plus a delivery-row update per
message, with the same concurrency), since absolute numbers vary with the machine. The database given is
dropped and recreated; the default is a scratch MariaDB database (issue 6 sets the goal, 500/s, there)."""

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

import bootstrap  # noqa: E402
from core import db  # noqa: E402
from core.identity import Role  # noqa: E402
from core.models import OutboxDelivery, OutboxEvent, OutboxStatus  # noqa: E402
from core.settings import Settings  # noqa: E402
from enterprises.models import User  # noqa: E402
from notify.events import MessageRequested  # noqa: E402
from notify.models import InboxMessage, SubscriptionQuota  # noqa: E402
from wechat.client import WeChatClient  # noqa: E402
from wechat.fake import FakeWeChat  # noqa: E402

DEFAULT_DB = os.environ.get("BENCH_DB_URL", "mysql://root:@127.0.0.1:3306/jinyan_bench_outbox")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


FAKE_SERVER = """
import sys, uvicorn
from core.settings import Settings
from wechat.fake import FakeWeChat
fake = FakeWeChat(unlimited_quota=True)
fake.register_templates({t.template_id: t.fields.values() for t in Settings().wechat_templates.values()})
uvicorn.run(fake.app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""


def serve_fake_on_loopback() -> tuple[str, subprocess.Popen]:
    """The fake WeChat in its own process, as the real one is: the worker pays for real HTTP on loopback."""
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", FAKE_SERVER, str(port)], cwd=ROOT)
    base_url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(f"{base_url}/__control/sent")
            return base_url, process
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the fake WeChat did not start")


async def fresh_database(url: str) -> None:
    if url.startswith("mysql://"):
        import aiomysql

        parts = urlsplit(url)
        name = parts.path.lstrip("/")
        conn = await aiomysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                                      password=parts.password or "", autocommit=True)
        async with conn.cursor() as cursor:
            await cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
            await cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
        conn.close()
    elif url.startswith("sqlite://"):
        Path(url.removeprefix("sqlite://")).unlink(missing_ok=True)
    await db.apply_migrations(url)


async def seed(n: int, tag: str) -> list[User]:
    await User.bulk_create([User(name=f"压测用户{i}", role=Role.PUBLIC, openid=f"o-bench-{tag}-{i}")
                            for i in range(n)], batch_size=1000)
    users = await User.filter(openid__startswith=f"o-bench-{tag}-").order_by("id")
    await SubscriptionQuota.bulk_create([SubscriptionQuota(user_id=u.id, kind="risk_changed", remaining=1)
                                         for u in users], batch_size=1000)
    return users


async def record_events(users: list[User]) -> None:
    from core import clock

    now = clock.now()
    await OutboxEvent.bulk_create([
        OutboxEvent(name=MessageRequested.name, available_at=now,
                    payload=MessageRequested(kind="risk_changed", user_ids=(u.id,), title="风险码变化", body="已变为红色",
                                             values={"enterprise": "压测企业", "status": "红色",
                                                     "time": now.isoformat()}).payload())
        for u in users], batch_size=1000)


async def baseline(n: int, concurrency: int) -> float:
    """The bare database work of a delivery: insert an inbox row, mark a delivery row, same concurrency."""
    from core import clock

    users = await User.all().order_by("id").limit(1)
    events = await (OutboxEvent.filter(dispatched_at__isnull=True).order_by("id").limit(n)
                    .values_list("id", flat=True))
    await OutboxDelivery.bulk_create([OutboxDelivery(event_id=e, handler="baseline", available_at=clock.now())
                                      for e in events], batch_size=1000)
    await OutboxEvent.filter(id__in=list(events)).update(dispatched_at=clock.now())
    limit = asyncio.Semaphore(concurrency)

    async def one(event_id: int) -> None:
        async with limit:
            await InboxMessage.create(user_id=users[0].id, kind="baseline", title="t", body="b",
                                      dedup_key=f"baseline:{event_id}")
            await OutboxDelivery.filter(event_id=event_id).update(status=OutboxStatus.DONE)

    started = time.perf_counter()
    await asyncio.gather(*(one(e) for e in events))
    elapsed = time.perf_counter() - started
    await InboxMessage.filter(kind="baseline").delete()
    await OutboxDelivery.filter(event_id__in=list(events)).delete()
    await OutboxEvent.filter(id__in=list(events)).delete()
    return len(events) / elapsed


async def main(messages: int, db_url: str, concurrency: int | None) -> int:
    settings = Settings(database_url=db_url, wechat_appid="wx-fake-app", wechat_secret="fake-secret",
                        outbox_batch_size=200)
    if concurrency:
        settings = settings.model_copy(update={"outbox_concurrency": concurrency})
    base_url, server = serve_fake_on_loopback()
    await fresh_database(db_url)
    await db.open_database(db_url)
    fake = FakeWeChat()  # only for its credentials: the one that answers runs in its own process
    client = WeChatClient(fake.appid, fake.secret, base_url=base_url)
    try:
        await record_events(await seed(messages, "base"))
        concurrency = settings.outbox_concurrency if db_url.startswith("mysql://") else 1
        bare_rate = await baseline(messages, concurrency)

        users = await seed(messages, "run")
        await record_events(users)
        dispatcher = bootstrap.dispatcher(settings, client, worker_id="bench")  # the deployment's handler table
        await client.access_token()  # the token fetch is not what is measured
        started = time.perf_counter()
        await dispatcher.drain(max_rounds=100_000)
        elapsed = time.perf_counter() - started
        sent = httpx.get(f"{base_url}/__control/sent", timeout=30).json()
    finally:
        await client.aclose()
        server.terminate()
        server.wait(timeout=10)

    per_user = Counter(s["touser"] for s in sent)
    expected = {u.openid for u in users}
    delivered = len(expected & set(per_user))
    duplicated = sum(count - 1 for count in per_user.values())
    lost = len(expected - set(per_user))
    inbox_dupes = messages - await InboxMessage.filter(kind="risk_changed").count()
    not_done = await OutboxDelivery.exclude(status=OutboxStatus.DONE).count()
    await db.close_database()
    rate = delivered / elapsed
    print(f"database      {urlsplit(db_url).scheme}  (one worker, batch {settings.outbox_batch_size}, "
          f"{settings.outbox_concurrency} sends in flight to the fake WeChat over loopback HTTP)")
    print(f"messages      {messages}")
    print(f"delivered     {delivered}")
    print(f"duplicated    {duplicated}")
    print(f"lost          {lost}  (inbox rows missing: {inbox_dupes}, events not done: {not_done})")
    print(f"elapsed       {elapsed:.2f} s")
    print(f"rate          {rate:.0f} messages/s")
    print(f"baseline      {bare_rate:.0f} bare inbox-insert + outbox-update pairs/s")
    print(f"ratio={rate / bare_rate:.2f}  (of the baseline)")
    return 0 if duplicated == lost == not_done == 0 else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--db-url", default=DEFAULT_DB)
    parser.add_argument("--concurrency", type=int, default=None,
                        help="sends in flight (OUTBOX_CONCURRENCY); on loopback fewer is faster, against the "
                             "real WeChat's latency more are needed")
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.messages, args.db_url, args.concurrency)))
