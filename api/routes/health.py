from fastapi import APIRouter
from fastapi.responses import JSONResponse
from tortoise import connections

import bootstrap
from api.deps import SettingsDep
from core import clock, heartbeat

router = APIRouter(tags=["运维"])


@router.get("/healthz")
async def healthz() -> dict:
    """存活检查:进程在运行。"""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "数据库不可用"}})
async def readyz(settings: SettingsDep) -> JSONResponse:
    """就绪检查:能访问数据库;并报告后台任务进程是否在运行(不影响 API 是否就绪),以及每个后台任务在哪里运行
    (jobs:in-process 为本进程内,worker 为 jinyan worker 进程)。"""
    try:
        await connections.get("default").execute_query("SELECT 1")
        workers = await heartbeat.live_workers(clock.now())
    except Exception as exc:  # any failure means not ready; the reason goes to the body, not a 500
        return JSONResponse({"status": "unavailable", "database": type(exc).__name__}, status_code=503)
    worker = "in-process" if settings.worker_in_process else ("ok" if workers else "missing")
    return JSONResponse({"status": "ok", "database": "ok", "worker": worker, "live_workers": workers,
                         "jobs": bootstrap.job_placement(settings)})
