"""The committed migrations form one line per app: a cycle makes building a database loop forever (growing to
gigabytes), and two leaves mean two helpers' migrations were merged without being chained."""

import importlib
import pkgutil

import migrations


def _graph() -> dict[tuple[str, str], list[tuple[str, str]]]:
    graph = {}
    for app in (found for found in pkgutil.iter_modules(migrations.__path__) if found.ispkg):
        package = importlib.import_module(f"migrations.{app.name}")
        for module in pkgutil.iter_modules(package.__path__):
            migration = importlib.import_module(f"migrations.{app.name}.{module.name}").Migration
            graph[(app.name, module.name)] = [tuple(dependency) for dependency in migration.dependencies]
    return graph


def test_every_dependency_exists_and_nothing_runs_in_a_circle():
    graph = _graph()
    missing = sorted((node, dep) for node, deps in graph.items() for dep in deps if dep not in graph)
    assert missing == []
    done, on_path = set(), []

    def visit(node):
        assert node not in on_path, "a cycle: " + " → ".join("/".join(n) for n in [*on_path, node])
        if node in done:
            return
        on_path.append(node)
        for dependency in graph[node]:
            visit(dependency)
        on_path.pop()
        done.add(node)

    for node in graph:
        visit(node)


def test_each_app_has_one_newest_migration():
    graph = _graph()
    depended_on = {dep for deps in graph.values() for dep in deps}
    leaves: dict[str, list[str]] = {}
    for app, name in graph:
        if (app, name) not in depended_on:
            leaves.setdefault(app, []).append(name)
    assert {app: names for app, names in leaves.items() if len(names) > 1} == {}
