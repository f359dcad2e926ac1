"""How many WeChat messages are sent twice when outbox workers are killed (SIGKILL) during delivery.

    .venv/bin/python bench/outbox_crash.py [--messages 505] [--kills 2] [--db-url mysql://root:@127.0.0.1:3306/jinyan_bench_crash]

Seeds one `message.requested` event per subscribed user, starts `jinyan worker` against the fake WeChat (its own
process, loopback HTTP), kills the worker with SIGKILL once the fake has received a share of the sends, starts a
fresh one, and so on `--kills` times; the last worker finishes the rest. Prints lost (must be 0) and duplicated:
every duplicate spent one of the user's one-time grants. The database given is dropped and recreated."""

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.outbox import fresh_database, record_events, seed, serve_fake_on_loopback  # noqa: E402
from core import db  # noqa: E402
from core.models import OutboxDelivery, OutboxEvent, OutboxStatus  # noqa: E402
from wechat.fake import FakeWeChat  # noqa: E402

DEFAULT_DB = os.environ.get("BENCH_DB_URL", "mysql://root:@127.0.0.1:3306/jinyan_bench_crash")
JINYAN = str(Path(sys.executable).parent / "jinyan")
LEASE_SECONDS = 3


def start_worker(db_url: str, wechat_base: str) -> subprocess.Popen:
    fake = FakeWeChat()
    env = {**os.environ, "DATABASE_URL": db_url, "WECHAT_API_BASE": wechat_base, "WECHAT_APPID": fake.appid,
           "WECHAT_SECRET": fake.secret, "OUTBOX_LEASE_SECONDS": str(LEASE_SECONDS), "ENV": "dev"}
    return subprocess.Popen([JINYAN, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=ROOT)


def sent_so_far(base_url: str) -> list[dict]:
    return httpx.get(f"{base_url}/__control/sent", timeout=30).json()


async def unfinished() -> int:
    not_fanned = await OutboxEvent.filter(dispatched_at__isnull=True).count()
    return not_fanned + await OutboxDelivery.exclude(status=OutboxStatus.DONE).count()


async def main(messages: int, kills: int, db_url: str) -> int:
    base_url, server = serve_fake_on_loopback()
    await fresh_database(db_url)
    await db.open_database(db_url)
    users = await seed(messages, "crash")
    await record_events(users)
    try:
        for kill in range(1, kills + 1):
            worker = start_worker(db_url, base_url)
            target = messages * kill // (kills + 2)
            deadline = time.monotonic() + 120
            while len(sent_so_far(base_url)) < target and time.monotonic() < deadline:
                await asyncio.sleep(0.01)
            worker.send_signal(signal.SIGKILL)
            worker.wait()
            print(f"killed worker {kill} after {len(sent_so_far(base_url))} sends")
            await asyncio.sleep(LEASE_SECONDS + 0.5)  # its leases run out
        worker = start_worker(db_url, base_url)
        deadline = time.monotonic() + 300
        while await unfinished() and time.monotonic() < deadline:
            await asyncio.sleep(0.5)
        worker.terminate()
        worker.wait(timeout=30)
        sent = sent_so_far(base_url)
    finally:
        server.terminate()
        server.wait(timeout=10)
    per_user = Counter(s["touser"] for s in sent)
    expected = {u.openid for u in users}
    duplicated = sum(count - 1 for count in per_user.values())
    lost = len(expected - set(per_user))
    left = await unfinished()
    await db.close_database()
    print(f"database      {urlsplit(db_url).scheme}, {kills} workers killed with SIGKILL mid-delivery")
    print(f"messages      {messages}")
    print(f"lost          {lost}  (deliveries not done: {left})")
    print(f"duplicated    {duplicated}  ({duplicated / messages:.1%} of the messages)")
    return 0 if lost == left == 0 else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=505)
    parser.add_argument("--kills", type=int, default=2)
    parser.add_argument("--db-url", default=DEFAULT_DB)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.messages, args.kills, args.db_url)))
