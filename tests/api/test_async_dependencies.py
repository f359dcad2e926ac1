"""Every dependency of every route is a coroutine: FastAPI runs a plain `def` dependency in the threadpool, which
cost 0.4-0.7 ms per scan for work that never blocks (issue 19). A dependency that really blocks belongs in a
thread explicitly, not by accident of how it was declared."""

import inspect

from api.app import create_app


def _routes(routes):
    for route in routes:
        if hasattr(route, "original_router"):  # FastAPI >= 0.16x keeps included routers whole
            yield from _routes(route.original_router.routes)
        else:
            yield route


def _sync_dependencies(dependant, found: set[str]) -> set[str]:
    for dependency in dependant.dependencies:
        call = dependency.call
        entry = call if inspect.isfunction(call) else getattr(call, "__call__", None)
        if not (inspect.iscoroutinefunction(call) or inspect.iscoroutinefunction(entry)):
            found.add(f"{call.__module__}.{getattr(call, '__qualname__', call)}")
        _sync_dependencies(dependency, found)
    return found


def test_every_route_dependency_is_async():
    routes = [route for route in _routes(create_app().routes) if hasattr(route, "dependant")]
    assert len(routes) > 100  # the walk reaches the included routers
    found: set[str] = set()
    for route in routes:
        _sync_dependencies(route.dependant, found)
    assert found == set(), f"these dependencies run in the threadpool: {sorted(found)}"
