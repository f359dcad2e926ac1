"""How many messages per second one outbox worker delivers to the fake WeChat over loopback HTTP, against the floor.

    .venv/bin/python bench/outbox.py [--messages 2000] [--pairs 3] [--db-url mysql://root:@127.0.0.1:3306/jinyan_bench_outbox]

Each message is one `message.requested` event for one subscribed user, run through the deployment's handler
table (bootstrap/): an inbox row, one grant spent and one subscribeMessage.send. The fake WeChat runs in its own
process (uvicorn), as the real one is remote.

The baseline is the floor of the same work: the batched SQL the worker makes per batch (fan-out, claim, inbox
insert, grant and delivery records, the sent results, settle), written by hand through bare aiomysql, plus the same
number of sends with the same concurrency through a bare keep-alive aiohttp session. Baseline and subject alternate
in `--pairs` pairs on fresh rows; the bench prints each run, the median ratio (subject rate / floor rate) and its
spread, the machine load, the CPU per message of the worker (this process, which runs the dispatcher and nothing
else meanwhile) and of the fake WeChat, and says when the fake is the bottleneck (its CPU near a core). Delivered,
duplicated and lost are checked for every subject run (the last two must be 0). Last line:
`ratio=N msg_per_s=N` (medians). The database given is dropped and recreated; the default is a scratch MariaDB
database (issue 19 sets the goal there: 1,500/s, ≤ 0.6 ms of worker CPU per message)."""

import argparse
import asyncio
import json
import os
import socket
import statistics
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
from api.worker import event_loop_runner  # noqa: E402
from core import clock, db  # noqa: E402
from core.identity import Role  # noqa: E402
from core.models import OutboxDelivery, OutboxEvent, OutboxStatus  # noqa: E402
from notify.fields import shape_data  # noqa: E402
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


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
BOTTLENECK = 0.85  # of a core: the fake WeChat at or above this limits the rate, not the worker


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


class Floor:
    """The worker's batch, bare: the same statements on the same tables through one aiomysql connection, and the
    same sends through one keep-alive aiohttp session. Nothing of ours runs: no ORM, no client, no handler."""

    def __init__(self, db_url: str, base_url: str, token: str, settings: Settings):
        self.db_url, self.base_url, self.token, self.settings = db_url, base_url, token, settings
        self.template = settings.wechat_templates["risk_changed"]

    async def run(self) -> tuple[int, float]:
        import aiohttp
        import aiomysql

        parts = urlsplit(self.db_url)
        conn = await aiomysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                                      password=parts.password or "", db=parts.path.lstrip("/"), autocommit=False)
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100))
        sent = 0
        started = time.perf_counter()
        try:
            while batch := await self.batch(conn, session):
                sent += batch
        finally:
            elapsed = time.perf_counter() - started
            await session.close()
            conn.close()
        return sent, elapsed

    async def batch(self, conn, session) -> int:
        size, now = self.settings.outbox_batch_size, clock.now().replace(tzinfo=None)
        async with conn.cursor() as cur:
            # fan-out
            await cur.execute("SELECT id, name FROM outbox_entry WHERE dispatched_at IS NULL AND available_at <= %s "
                              "ORDER BY available_at, id LIMIT %s FOR UPDATE SKIP LOCKED", (now, size))
            events = await cur.fetchall()
            if not events:
                await conn.commit()
                return 0
            ids = [e[0] for e in events]
            marks = ", ".join(["%s"] * len(ids))
            await cur.execute("INSERT INTO outbox_delivery (event_id, handler, status, attempts, available_at) VALUES "
                              + ", ".join(["(%s, 'notify', 'pending', 0, %s)"] * len(ids)),
                              [v for i in ids for v in (i, now)])
            await cur.execute(f"UPDATE outbox_entry SET dispatched_at = %s WHERE id IN ({marks})", [now, *ids])
            await conn.commit()
            # claim
            await cur.execute("SELECT id, event_id FROM outbox_delivery WHERE status = 'pending' AND available_at <= %s "
                              "ORDER BY available_at, id LIMIT %s FOR UPDATE SKIP LOCKED", (now, size))
            deliveries = await cur.fetchall()
            delivery_ids = [d[0] for d in deliveries]
            dmarks = ", ".join(["%s"] * len(delivery_ids))
            await cur.execute(f"UPDATE outbox_delivery SET status = 'processing', claimed_by = 'floor', "
                              f"lease_until = %s, attempts = attempts + 1 WHERE id IN ({dmarks})", [now, *delivery_ids])
            await cur.execute(f"SELECT id, payload FROM outbox_entry WHERE id IN ({marks})", ids)
            payloads = {i: json.loads(p) for i, p in await cur.fetchall()}
            await conn.commit()
            # the handler's rows: users, inbox, grants and delivery records
            user_of = {i: payloads[i]["user_ids"][0] for i in ids}
            users = list(user_of.values())
            umarks = ", ".join(["%s"] * len(users))
            await cur.execute(f"SELECT id, openid FROM `user` WHERE id IN ({umarks}) AND is_active", users)
            openids = dict(await cur.fetchall())
            await cur.execute("INSERT IGNORE INTO inbox_message (user_id, kind, title, body, page, dedup_key, "
                              "created_at) VALUES " + ", ".join(["(%s, 'risk_changed', %s, %s, '', %s, %s)"] * len(ids)),
                              [v for i in ids for v in (user_of[i], payloads[i]["title"], payloads[i]["body"],
                                                        f"{i}:{user_of[i]}:risk_changed", now)])
            keys = [f"{i}:{user_of[i]}:risk_changed" for i in ids]
            await cur.execute(f"SELECT id FROM wechat_delivery WHERE dedup_key IN ({', '.join(['%s'] * len(keys))})",
                              keys)
            await cur.fetchall()
            await cur.execute(f"SELECT id, remaining FROM subscription_quota WHERE user_id IN ({umarks}) "
                              "ORDER BY id FOR UPDATE", users)
            quotas = [q[0] for q in await cur.fetchall()]
            await cur.execute(f"UPDATE subscription_quota SET remaining = remaining - 1, last_sent_at = %s "
                              f"WHERE id IN ({', '.join(['%s'] * len(quotas))})", [now, *quotas])
            await cur.execute("INSERT INTO wechat_delivery (dedup_key, user_id, kind, status, quota_spent, attempts, "
                              "created_at, updated_at) VALUES "
                              + ", ".join(["(%s, %s, 'risk_changed', 'sending', 1, 0, %s, %s)"] * len(keys)),
                              [v for i, k in zip(ids, keys, strict=True) for v in (k, user_of[i], now, now)])
            await conn.commit()
            await cur.execute(f"SELECT dedup_key, id FROM wechat_delivery WHERE dedup_key IN "
                              f"({', '.join(['%s'] * len(keys))})", keys)
            record_of = dict(await cur.fetchall())
            # the sends, then their results and the settle
            gate = asyncio.Semaphore(self.settings.outbox_concurrency)
            url = f"{self.base_url}/cgi-bin/message/subscribe/send"

            async def send(i: int) -> tuple[int, str]:
                body = {"touser": openids[user_of[i]], "template_id": self.template.template_id,
                        "data": shape_data(self.template.fields, payloads[i]["values"]),
                        "miniprogram_state": "formal", "lang": "zh_CN", "page": self.template.page}
                async with gate, session.post(url, params={"access_token": self.token},
                                              data=json.dumps(body, ensure_ascii=False).encode(),
                                              headers={"Content-Type": "application/json"}) as answer:
                    return i, str(json.loads(await answer.read())["msgid"])

            msgids = await asyncio.gather(*(send(i) for i in ids))
            sent_ids = [record_of[keys[ids.index(i)]] for i, _ in msgids]
            await cur.execute("UPDATE wechat_delivery SET status = 'sent', attempts = attempts + 1, last_error = NULL, "
                              "updated_at = %s, msgid = CASE id " + " ".join(["WHEN %s THEN %s"] * len(msgids))
                              + f" END WHERE id IN ({', '.join(['%s'] * len(sent_ids))})",
                              [now, *[v for (i, m), r in zip(msgids, sent_ids, strict=True) for v in (r, m)], *sent_ids])
            await cur.execute(f"UPDATE outbox_delivery SET status = 'done', finished_at = %s, lease_until = NULL, "
                              f"last_error = NULL WHERE id IN ({dmarks}) AND claimed_by = 'floor'", [now, *delivery_ids])
            await conn.commit()
        return len(ids)


async def subject(settings: Settings, client: WeChatClient, users: list[User], base_url: str) -> dict:
    """The production worker over the recorded events: the deployment's handler table, drained to the end."""
    dispatcher = bootstrap.dispatcher(settings, client, worker_id="bench")
    cpu, started = time.process_time(), time.perf_counter()
    await dispatcher.drain(max_rounds=100_000)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    sent = httpx.get(f"{base_url}/__control/sent", timeout=30).json()
    expected = {u.openid for u in users}
    per_user = Counter(s["touser"] for s in sent if s["touser"] in expected)
    not_done = await OutboxDelivery.filter(claimed_by="bench").exclude(status=OutboxStatus.DONE).count()
    return {"delivered": len(per_user), "duplicated": sum(n - 1 for n in per_user.values()),
            "lost": len(expected - set(per_user)), "not_done": not_done, "elapsed": elapsed, "cpu": cpu}


async def main(messages: int, db_url: str, concurrency: int | None, pairs: int) -> int:
    if not db_url.startswith("mysql://"):
        raise SystemExit("the floor is written for MariaDB/MySQL: give a mysql:// --db-url")
    settings = Settings(database_url=db_url, wechat_appid="wx-fake-app", wechat_secret="fake-secret",
                        outbox_batch_size=200)
    if concurrency:
        settings = settings.model_copy(update={"outbox_concurrency": concurrency})
    base_url, server = serve_fake_on_loopback()
    await fresh_database(db_url)
    await db.open_database(db_url)
    fake = FakeWeChat()  # only for its credentials: the one that answers runs in its own process
    client = WeChatClient(fake.appid, fake.secret, base_url=base_url)
    token = await client.access_token()  # the token fetch is not what is measured
    runs: list[dict] = []
    failed = False
    loop_name = type(asyncio.get_running_loop()).__module__.split(".")[0]
    print(f"database mysql, one worker on {loop_name}, batch {settings.outbox_batch_size}, "
          f"{settings.outbox_concurrency} sends in flight, {messages} messages a run, fake WeChat pid {server.pid}")
    try:
        for pair in range(pairs):
            for kind in ("floor", "subject"):
                users = await seed(messages, f"{kind}{pair}")
                await record_events(users)
                load, fake_cpu = loadavg(), process_cpu(server.pid)
                if kind == "floor":
                    cpu = time.process_time()
                    delivered, elapsed = await Floor(db_url, base_url, token, settings).run()
                    run = {"delivered": delivered, "elapsed": elapsed, "cpu": time.process_time() - cpu,
                           "duplicated": 0, "lost": messages - delivered, "not_done": 0}
                else:
                    run = await subject(settings, client, users, base_url)
                    failed |= bool(run["duplicated"] or run["lost"] or run["not_done"])
                run.update(kind=kind, pair=pair + 1, load=load, rate=run["delivered"] / run["elapsed"],
                           fake_core=(process_cpu(server.pid) - fake_cpu) / run["elapsed"])
                runs.append(run)
                print(f"pair {pair + 1} {kind:8} {run['rate']:6.0f} msg/s  {run['elapsed']:5.2f} s  "
                      f"CPU/msg {run['cpu'] / run['delivered'] * 1000:.3f} ms (worker)  "
                      f"fake WeChat {run['fake_core']:.2f} core  delivered {run['delivered']} "
                      f"duplicated {run['duplicated']} lost {run['lost']} not done {run['not_done']}  load {load}",
                      flush=True)
    finally:
        await client.aclose()
        server.terminate()
        server.wait(timeout=10)
        await db.close_database()

    floors = [r for r in runs if r["kind"] == "floor"]
    subjects = [r for r in runs if r["kind"] == "subject"]
    ratios = [s["rate"] / f["rate"] for f, s in zip(floors, subjects, strict=True)]
    rates = [s["rate"] for s in subjects]
    cpu_per_msg = [s["cpu"] / s["delivered"] * 1000 for s in subjects]
    floor_cpu = [f["cpu"] / f["delivered"] * 1000 for f in floors]
    print(f"subject   {statistics.median(rates):.0f} msg/s median ({min(rates):.0f}-{max(rates):.0f}); "
          f"worker CPU {statistics.median(cpu_per_msg):.3f} ms/msg ({min(cpu_per_msg):.3f}-{max(cpu_per_msg):.3f})")
    print(f"floor     {statistics.median(f['rate'] for f in floors):.0f} msg/s median; "
          f"CPU {statistics.median(floor_cpu):.3f} ms/msg ({min(floor_cpu):.3f}-{max(floor_cpu):.3f})")
    print(f"ratio     {statistics.median(ratios):.2f} median ({min(ratios):.2f}-{max(ratios):.2f}); "
          f"load at the runs' starts {', '.join(r['load'].split()[0] for r in runs)}")
    busy = [r for r in runs if r["fake_core"] >= BOTTLENECK]
    if busy:
        print(f"the fake WeChat was the bottleneck in {len(busy)} of {len(runs)} runs (≥ {BOTTLENECK:.2f} of a core): "
              "those rates are the fake's, not the worker's")
    print(f"{'FAILED: messages lost or duplicated' if failed else 'no message lost or duplicated'}")
    print(f"ratio={statistics.median(ratios):.2f} msg_per_s={statistics.median(rates):.0f}")
    return 1 if failed else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--db-url", default=DEFAULT_DB)
    parser.add_argument("--concurrency", type=int, default=None,
                        help="sends in flight (OUTBOX_CONCURRENCY); on loopback fewer is faster, against the "
                             "real WeChat's latency more are needed")
    args = parser.parse_args()
    _, run = event_loop_runner()  # the worker's loop: uvloop where installed
    sys.exit(run(main(args.messages, args.db_url, args.concurrency, args.pairs)))
