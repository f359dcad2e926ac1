"""`jinyan`: serve, worker, migrate, create-admin, demo, audit head / verify."""

import asyncio
from pathlib import Path
from collections.abc import Awaitable, Callable

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from core import audit, db
from core.errors import DomainError
from core.settings import get_settings

app = typer.Typer(help="金雁安全云 命令行", no_args_is_help=True)
audit_app = typer.Typer(help="审计链")
app.add_typer(audit_app, name="audit")
import_app = typer.Typer(help="批量导入")
app.add_typer(import_app, name="import")
console = Console()


def _run_with_db(work: Callable[[], Awaitable]) -> object:
    async def wrapped():
        await db.open_database()
        try:
            return await work()
        finally:
            await db.close_database()

    try:
        return asyncio.run(wrapped())
    except DomainError as exc:
        console.print(f"[red]{exc.message}[/red] ({exc.code})")
        raise typer.Exit(1) from exc


def _migrate() -> None:
    def progress(event: str, app_label: str, name: str) -> None:
        if event == "apply_done":
            console.print(f"  已应用迁移 {app_label}.{name}")

    asyncio.run(db.apply_migrations(progress=progress))
    if _run_with_db(audit.ensure_keyed):
        console.print("  审计链已启用密钥签名(AUDIT_CHAIN_KEY)")
    _load_check_library()


def _load_check_library() -> None:
    """The preset check items and templates are data, loaded after the schema (missing ones only)."""
    from inspections import library

    loaded = _run_with_db(library.load_presets)
    if loaded["items"] or loaded["templates"]:
        console.print(f"  已载入预置检查项 {loaded['items']} 条、检查表模板 {loaded['templates']} 个")
    if loaded["retargeted"]:
        console.print(f"  已按预置数据更新 {loaded['retargeted']} 个检查项或模板的适用范围")
    if loaded["rebased"]:
        console.print(f"  已按预置数据更新 {loaded['rebased']} 个检查项的法律依据")


@app.command()
def migrate() -> None:
    """应用数据库迁移。"""
    get_settings().check_startable()
    _migrate()
    console.print("[green]数据库已是最新结构[/green]")


MANAGERS_LISTED = 3  # the demo has one manager per enterprise: list a few, then name the range


def _print_logins(logins) -> None:
    from demo.street import DEMO_PASSWORD

    table = Table(title=f"演示账号(网页登录密码均为 {DEMO_PASSWORD};小程序登录用微信 code)")
    for column in ("角色", "姓名", "用户名", "微信 code"):
        table.add_column(column)
    managers = [login for login in logins if login.username is None]
    shown = MANAGERS_LISTED
    for login in [*(login for login in logins if login.username), *managers[:shown]]:
        table.add_row(login.role, login.name, login.username or "-", login.wechat_code)
    console.print(table)
    if len(managers) > shown:
        console.print(f"另有 {len(managers) - shown} 个企业安全员账号:微信 code {managers[shown].wechat_code} … "
                      f"{managers[-1].wechat_code}")


def _print_figures(figures: dict) -> None:
    console.print("演示街道:{enterprises} 家企业;街道电子检查单 {checklists} 份,推送隐患 {hazards_pushed} 项,已整改销号 "
                  "{hazards_closed} 项(整改率 {rectified_percent}%),待复查 {awaiting_verification} 项(超过整改期限 "
                  "{awaiting_past_deadline} 项),逾期未整改 {hazards_overdue} 项,整改被退回 {fixes_rejected} 次;企业自查 "
                  "{self_inspections} 次,自查发现隐患 {self_hazards} 项(已整改 {self_hazards_closed} 项);日常报送 "
                  "{daily_reports} 份;风险颜色 绿 {green} 黄 {yellow} 红 {red}".format(**figures))


def _seed_demo() -> None:
    from tortoise.transactions import in_transaction

    from demo import history, street

    async def work():
        if await street.is_seeded():
            return await street.demo_logins(), None, await street.door_codes()
        with Progress(console=console) as progress:
            task = progress.add_task("生成演示街道并模拟三个月的检查与整改",
                                     total=len(street.ENTERPRISES) + history.SIM_DAYS)
            advance = lambda n: progress.advance(task, n)  # noqa: E731
            async with in_transaction():  # all or nothing: a second run finds the street or an empty database
                logins = await street.seed(progress=advance)
                figures = await history.seed(progress=advance)
        return logins, figures, await street.door_codes()

    logins, figures, door_codes = _run_with_db(work)
    _print_logins(logins)
    if figures:
        _print_figures(figures)
    for code in door_codes:
        console.print(f"身份码 企业{code.enterprise_id} {code.name}:/q/{code.token}  "
                      f"(接口 /api/v1/scan/{code.token})", soft_wrap=True)


@app.command()
def demo() -> None:
    """生成演示街道(已有数据时只列出演示账号)。"""
    settings = get_settings()
    if settings.env == "production":
        console.print("[red]生产环境不生成演示数据[/red]")
        raise typer.Exit(1)
    _migrate()
    _seed_demo()


def _print_links(settings, host: str, port: int) -> None:
    """The pages this server answers, from the app's own routes (the landing page lists the same)."""
    from api.app import create_app
    from api.routes import pages

    # A wildcard address is not one a browser can open; the machine itself answers on loopback.
    base = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    console.print(f"金雁安全云 首页: {base}/   接口: {base}/api/v1")
    for path, title, _ in pages.served_pages(create_app(settings)):
        console.print(f"  {title}: {base}{path}")


@app.command()
def serve(host: str = typer.Option(None), port: int = typer.Option(None),
          workers: int = typer.Option(1, help="API 工作进程数(各自监听同一端口,内核分配连接)"),
          with_demo: bool = typer.Option(False, "--demo", help="首次启动时生成演示街道并打印演示账号")) -> None:
    """启动 API 服务。"""
    import uvicorn

    settings = get_settings()
    settings.check_startable()
    if settings.auto_migrate:
        _migrate()
    if with_demo and settings.env != "production":
        _seed_demo()
    host, port = host or settings.host, port or settings.port
    _print_links(settings, host, port)
    # Migrations ran above, once; the worker processes only connect.
    # Our own log configuration (JSON lines in production) is set in each worker process by the factory.
    # A stop waits at most 10 s for requests in flight (a stuck one, a live feed), as docker stop's grace does.
    options = dict(app="api.main:create_served_app", factory=True, host=host, port=port, log_config=None,
                   log_level="info", timeout_graceful_shutdown=10, **proxy_options(settings))
    if workers > 1:
        # A socket per process (SO_REUSEPORT): the kernel spreads connections, not whichever process wakes first.
        from api.serving import serve_workers

        raise typer.Exit(serve_workers(workers, **options))
    uvicorn.run(**options)


def proxy_options(settings) -> dict:
    """uvicorn believes X-Forwarded-For/-Proto only from FORWARDED_ALLOW_IPS (the reverse proxy); from anybody
    else the socket's peer is the client, so a forged header cannot dodge a per-IP limit or fake an audit IP."""
    return {"proxy_headers": bool(settings.forwarded_allow_ips),
            "forwarded_allow_ips": settings.forwarded_allow_ips or None}


@app.command()
def worker() -> None:
    """运行后台任务进程(发件箱、提醒)。"""
    from api.worker import event_loop_runner, run_worker

    settings = get_settings()
    settings.check_startable()
    _, run = event_loop_runner()
    run(run_worker(settings))


@app.command("create-admin")
def create_admin(username: str, password: str = typer.Option(..., prompt=True, hide_input=True),
                 region_id: int = typer.Option(None, help="管理的区域;不填则管理全部")) -> None:
    """创建管理员账号。"""
    from enterprises import accounts

    get_settings().check_startable()
    _migrate()
    user = _run_with_db(lambda: accounts.create_admin(username, password, region_id))
    console.print(f"[green]已创建管理员 {user.username} (id={user.id})[/green]")


@audit_app.command("head")
def audit_head() -> None:
    """打印审计链末端(序号:哈希),请保存在数据库之外,日后用 verify --expect 核对。"""
    console.print(_run_with_db(audit.chain_head), highlight=False, soft_wrap=True)


@audit_app.command("verify")
def audit_verify(expect: str = typer.Option(None, help="此前用 audit head 保存的“序号:哈希”:核对该记录未被改写")) -> None:
    """校验审计链:发现被修改、删除或截断的记录,以及(给定 --expect)锚定点之前被整体改写的历史。"""
    if expect is not None:
        try:
            audit.parse_anchor(expect)
        except ValueError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(2) from exc

    async def work():
        total = await audit.count_entries()
        with Progress(console=console) as progress:
            task = progress.add_task("校验审计链", total=total)
            return await audit.verify_chain(progress=lambda n: progress.advance(task, n), expect=expect)

    report = _run_with_db(work)
    if report.ok:
        console.print(f"[green]审计链完好,共 {report.checked} 条[/green]")
        return
    for problem in report.problems:
        console.print(f"[red]{problem}[/red]")
    raise typer.Exit(1)


@import_app.command("enterprises")
def import_enterprises(path: Path = typer.Argument(..., exists=True, dir_okay=False, help="按模板填写的 .xlsx"),
                       admin: str = typer.Option(None, help="以该管理员的身份和辖区导入;不填则以系统身份导入全部辖区")) -> None:
    """从 Excel 批量导入企业。"""
    from enterprises import accounts, importing

    data = path.read_bytes()

    async def work():
        principal = await accounts.principal_for_cli(admin)
        with Progress(console=console) as progress:
            task = progress.add_task("导入企业", total=None)
            return await importing.import_enterprises(principal, data,
                                                      progress=lambda n: progress.advance(task, n))

    result = _run_with_db(work)
    console.print(f"[green]新增 {result.created} 家,更新 {result.updated} 家[/green]")
    for error in result.errors:
        console.print(f"[red]第 {error.row} 行 {error.field}: {error.message}[/red]")
    if result.errors:
        raise typer.Exit(1)


@app.command()
def rescore() -> None:
    """立即重新计算全部企业的风险码(与每晚的定时任务相同)。"""
    from scoring import service as scoring_service

    async def work():
        with Progress(console=console) as progress:
            task = progress.add_task("重新评分", total=None)
            return await scoring_service.rescore_all(
                progress=lambda done, total: progress.update(task, completed=done, total=total))

    counts = _run_with_db(work)
    console.print(f"[green]已评分 {counts['scored']} 家,变化 {counts['changed']} 家[/green]")


def main() -> None:
    app()
