"""`jinyan serve --workers N`: N uvicorn processes, each listening on its own socket bound with SO_REUSEPORT, so the
kernel spreads incoming connections across them (docs/decisions/097).

uvicorn's own `--workers` binds one socket in the parent and hands it to every child. All children then wait on the
same accept queue; whichever event loop wakes first accepts everything queued (asyncio accepts up to the backlog in
one go), so a burst of keep-alive connections lands on one process: in the city-day bench one of two workers took
94 % of the requests. With a socket per process and SO_REUSEPORT the kernel picks the socket for each new
connection by a hash of its addresses and ports, before any process wakes.

The supervisor keeps uvicorn's behaviour where it matters: SIGINT/SIGTERM stop every worker gracefully (each
worker's own `timeout_graceful_shutdown`), a worker that dies is started again, and a worker that fails during
start-up (exit code 3, uvicorn's STARTUP_FAILURE: a broken app or a port taken) stops the whole server instead of
restarting forever."""

import logging
import multiprocessing
import os
import signal
import socket
import threading

import uvicorn
from uvicorn.config import STARTUP_FAILURE

logger = logging.getLogger("uvicorn.error")


def reuse_port_socket(host: str, port: int, backlog: int = 2048) -> socket.socket:
    """A listening TCP socket that other processes may bind to the same address as well (SO_REUSEPORT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
        sock.listen(backlog)
    except OSError:
        sock.close()
        raise
    return sock


def _serve_one(options: dict) -> None:
    """One worker process: its own SO_REUSEPORT socket, one uvicorn server on it."""
    config = uvicorn.Config(**options)
    try:
        sock = reuse_port_socket(config.host, config.port, config.backlog)
    except OSError as exc:
        logger.error("无法监听 %s:%s:%s", config.host, config.port, exc)
        raise SystemExit(STARTUP_FAILURE) from exc
    uvicorn.Server(config).run(sockets=[sock])


def serve_workers(workers: int, **options) -> int:
    """Run `workers` processes of `uvicorn.Config(**options)` until SIGINT or SIGTERM; the exit status."""
    spawn = multiprocessing.get_context("spawn")
    stop = threading.Event()
    failed = False

    def start() -> multiprocessing.Process:
        process = spawn.Process(target=_serve_one, args=(options,), name="jinyan-api")
        process.start()
        return process

    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    processes = [start() for _ in range(workers)]
    logger.info("已启动 %d 个 API 工作进程(各自监听,SO_REUSEPORT):%s", workers,
                ", ".join(str(p.pid) for p in processes))
    try:
        while not stop.wait(0.5):
            for index, process in enumerate(processes):
                if process.is_alive():
                    continue
                if process.exitcode == STARTUP_FAILURE:
                    logger.error("工作进程 %s 启动失败,停止服务", process.pid)
                    failed = True
                    stop.set()
                    break
                logger.warning("工作进程 %s 已退出(%s),重新启动", process.pid, process.exitcode)
                processes[index] = start()
    finally:
        for process in processes:
            if process.is_alive():
                os.kill(process.pid, signal.SIGTERM)
        for process in processes:
            process.join()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return STARTUP_FAILURE if failed else 0
