"""Entry points for uvicorn."""

from fastapi import FastAPI

from api.app import create_app
from core import logs
from core.settings import get_settings


def create_served_app() -> FastAPI:
    # `jinyan serve` applied migrations once before starting the processes.
    settings = get_settings().model_copy(update={"auto_migrate": False})
    logs.configure(json_lines=settings.env == "production")
    return create_app(settings)
