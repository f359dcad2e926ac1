from fastapi import APIRouter
from fastapi.responses import JSONResponse
from tortoise import connections

router = APIRouter(tags=["运维"])


@router.get("/healthz")
async def healthz() -> dict:
    """存活检查:进程在运行。"""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "数据库不可用"}})
async def readyz() -> JSONResponse:
    """就绪检查:能访问数据库。"""
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception as exc:  # any failure means not ready; the reason goes to the body, not a 500
        return JSONResponse({"status": "unavailable", "database": type(exc).__name__}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})
