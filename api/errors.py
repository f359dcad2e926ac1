"""The one table from domain exceptions to HTTP status, and the one JSON error shape {code, message, detail}."""

import logging

import pymysql

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from tortoise.exceptions import DBConnectionError, OperationalError

from core import db, errors

log = logging.getLogger("jinyan.api")

STATUS_BY_ERROR: dict[type[errors.DomainError], int] = {
    errors.NotAuthenticated: 401,
    errors.PermissionDenied: 403,
    errors.NotFound: 404,
    errors.Conflict: 409,
    errors.Gone: 410,
    errors.PayloadTooLarge: 413,
    errors.UnsupportedMediaType: 415,
    errors.InvalidInput: 422,
    errors.RateLimited: 429,
    errors.ServiceUnavailable: 503,
    errors.InsufficientStorage: 507,
}

def error_body(code: str, message: str, detail=None) -> dict:
    return {"code": code, "message": message, "detail": detail}


def status_of(exc: errors.DomainError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[cls]
    return 400


def _field_errors(exc: RequestValidationError) -> list[dict]:
    return [{"field": ".".join(str(p) for p in err.get("loc", ())),
             "message": errors.VALIDATION_MESSAGES.get(err.get("type", ""), "格式不正确")}
            for err in exc.errors()]


def install(app: FastAPI) -> None:
    @app.exception_handler(errors.DomainError)
    async def domain_error(request: Request, exc: errors.DomainError) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if isinstance(exc, errors.RateLimited) else None
        return JSONResponse(error_body(exc.code, exc.message, exc.detail), status_code=status_of(exc),
                            headers=headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body("VALIDATION_FAILED", "提交的内容有误,请检查标出的字段", _field_errors(exc)),
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = {400: ("BAD_REQUEST", "请求内容无法解析,请检查格式"), 404: ("NOT_FOUND", "接口不存在"),
                         405: ("METHOD_NOT_ALLOWED", "不支持该请求方法")}.get(
            exc.status_code, ("HTTP_ERROR", "请求有误"))
        return JSONResponse(error_body(code, message), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(DBConnectionError)
    @app.exception_handler(OperationalError)
    @app.exception_handler(ConnectionError)
    # The MySQL driver's own errors where Tortoise does not wrap them: a COMMIT or a pool checkout on a lost server.
    @app.exception_handler(pymysql.err.OperationalError)
    @app.exception_handler(pymysql.err.InterfaceError)
    async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        if db.is_lock_conflict(exc):
            # A deadlock or lock wait the use case did not retry (or lost every retry): busy, not down.
            log.warning("lock conflict on %s %s: %s", request.method, request.url.path, exc)
            return JSONResponse(error_body("LOCK_CONFLICT", "与其他操作同时进行,未能完成,请重试"), status_code=409,
                                headers={"Retry-After": "1"})
        log.error("database unavailable: %s", exc)
        return JSONResponse(error_body("DATABASE_UNAVAILABLE", "数据库暂时不可用,请稍后重试"), status_code=503,
                            headers={"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("INTERNAL_ERROR", "服务器内部错误,请稍后重试"), status_code=500)
