"""Shared bench harness: start the real server in a subprocess, drive it with concurrent httpx clients."""

import asyncio
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import tempfile
import sys
import time
from dataclasses import dataclass

import httpx


def default_to_temporary_sqlite() -> None:
    """Benches run on SQLite in a temporary directory unless DATABASE_URL names a database."""
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATA_DIR"] = tempfile.mkdtemp(prefix="jinyan-bench-")
        os.environ["DATABASE_URL"] = f"sqlite://{os.environ['DATA_DIR']}/bench.sqlite3"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A bench is many users behind one loopback IP: the per-user and per-IP limits would measure the 429s.
NO_RATE_LIMITS = {f"{kind}_RATE_PER_{who}": "1000000/second" for kind in ("SCAN", "UPLOAD") for who in ("USER", "IP")}


def start_server(factory: str, env: dict) -> tuple[subprocess.Popen, str]:
    """One uvicorn process serving `factory`; the in-process outbox worker and jobs stay off (their rounds would
    land on whichever run is being measured)."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", factory, "--factory", "--port", str(port),
                                "--log-level", "warning", "--no-access-log"],
                               env={**os.environ, **NO_RATE_LIMITS, "RUN_WORKER_IN_PROCESS": "false", **env})
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if httpx.get(f"{base}/healthz").status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]
    # CPU seconds over the run (measured_load): the server process, the database server, the load generator.
    server_cpu: float = float("nan")
    database_cpu: float = float("nan")
    generator_cpu: float = float("nan")

    def cpu_ms(self, seconds: float) -> float:
        """CPU per request in milliseconds."""
        return seconds / self.requests * 1000 if self.requests else float("nan")

    @property
    def generator_cores(self) -> float:
        return self.generator_cpu / self.seconds

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    @property
    def p99_ms(self) -> float:
        if len(self.latencies) == 1:
            return self.latencies[0] * 1000
        return statistics.quantiles(self.latencies, n=100)[98] * 1000 if len(self.latencies) > 100 else float("nan")


async def drive(base: str, paths: list[str], headers: dict | None = None, seconds: float = 5.0,
                concurrency: int = 32) -> LoadResult:
    """Closed-loop load: `concurrency` clients each send the next request as soon as the last one answers."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient, offset: int) -> None:
        nonlocal errors
        i = offset
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            response = await client.get(paths[i % len(paths)], headers=headers)
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                errors += 1
            i += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client, n) for n in range(concurrency)))
        elapsed = time.perf_counter() - started
    return LoadResult(len(latencies), errors, elapsed, latencies)


_WRK_SCRIPT = """
paths = {%s}
i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1], {%s})
end
"""


def _wrk_units(value: str, unit: str) -> float:
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def drive_wrk(base: str, paths: list[str], headers: dict | None = None, seconds: int = 5,
              concurrency: int = 32) -> LoadResult:
    """wrk (C, one thread) keeps the load generator from being the bottleneck on a 2-core machine."""
    import tempfile

    header_lua = ", ".join(f'["{k}"] = "{v}"' for k, v in (headers or {}).items())
    script = _WRK_SCRIPT % (", ".join(f'"{p}"' for p in paths), header_lua)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    out = subprocess.run(["wrk", "-t1", f"-c{concurrency}", f"-d{seconds}s", "--latency", "-s", f.name, base],
                         capture_output=True, text=True, check=True).stdout
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s|m)", out)
    p99_seconds = _wrk_units(*p99.groups()) if p99 else float("nan")
    # wrk reports percentiles, not samples; keep p99 in a one-element list so LoadResult can answer for it.
    return LoadResult(total, int(non_2xx.group(1)) if non_2xx else 0, float(seconds), [p99_seconds])


async def load(base: str, paths: list[str], headers: dict | None = None, seconds: int = 5) -> LoadResult:
    if shutil.which("wrk"):
        return await asyncio.to_thread(drive_wrk, base, paths, headers, seconds)
    return await drive(base, paths, headers, seconds)


def _cpu_seconds(process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def database_process():
    """The local MariaDB server, if there is one (its CPU counts as the request's too)."""
    import psutil

    for process in psutil.process_iter(["name"]):
        if process.info["name"] in ("mariadbd", "mysqld"):
            return process
    return None


async def measured_load(base: str, paths: list[str], server_pid: int, headers: dict | None = None,
                        seconds: int = 5) -> LoadResult:
    """`load`, with the CPU seconds the server process, the database and the load generator spent meanwhile
    (from /proc: CPU per request hardly moves with the neighbours' load, throughput does)."""
    import psutil

    server, database = psutil.Process(server_pid), database_process()
    generator = psutil.Process()

    def generators() -> float:  # this process and its finished children (wrk)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return _cpu_seconds(generator) + children.ru_utime + children.ru_stime

    def servers() -> float:
        return sum(_cpu_seconds(p) for p in [server, *server.children(recursive=True)])

    before = servers(), _cpu_seconds(database) if database else float("nan"), generators()
    result = await load(base, paths, headers, seconds)
    result.server_cpu = servers() - before[0]
    result.database_cpu = (_cpu_seconds(database) if database else float("nan")) - before[1]
    result.generator_cpu = generators() - before[2]
    return result


# The load generator near a core of its own on a 2-core machine: the server is not what limits the throughput.
GENERATOR_BOUND_CORES = 0.85


def report(name: str, result: LoadResult) -> None:
    line = f"{name:<28} {result.rps:8.0f} req/s   p99 {result.p99_ms:7.1f} ms   errors {result.errors}"
    if result.server_cpu == result.server_cpu:  # measured
        line += (f"   cpu/req server {result.cpu_ms(result.server_cpu):.2f} ms"
                 f" db {result.cpu_ms(result.database_cpu):.2f} ms   generator {result.generator_cores:.2f} cores")
    print(line)


def load_average() -> str:
    """The machine's 1/5/15-minute load, printed beside every ratio: other work on a 2-core machine moves them."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def paired(ratios: list[float]) -> str:
    """Median and spread of the ratios of alternating baseline/subject pairs."""
    return f"median {statistics.median(ratios):.2f}  spread {min(ratios):.2f}-{max(ratios):.2f} over {len(ratios)} pairs"
