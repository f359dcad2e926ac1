"""金雁街道: a small street with communities, grids, staff and a handful of enterprises.

Logins are printed by `jinyan serve --demo` and `jinyan demo`; the passwords are for a dev machine only."""

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from core import audit, clock, security
from enterprises.credit_code import complete
from enterprises.qr import new_qr_token
from enterprises.models import Enterprise, Region, RegionLevel, Role, User

DEMO_PASSWORD = "jinyan-demo-2026"
# Towns around 37.46N 121.44E; GCJ-02 like the mini program's wx.getLocation.
CENTER = (37.4638, 121.4479)

COMMUNITIES = {
    "雁南社区": ["雁南第一网格", "雁南第二网格"],
    "雁北社区": ["雁北第一网格", "雁北第二网格"],
    "金港社区": ["金港第一网格", "金港第二网格"],
}

ENTERPRISES = [
    ("金雁机械制造有限公司", "机械", "规上", "雁南第一网格", 0.004, 0.003),
    ("雁南五金加工厂", "机械", "规下", "雁南第一网格", 0.006, -0.002),
    ("金港食品有限公司", "食品", "规上", "金港第一网格", -0.005, 0.006),
    ("雁北家具厂", "木材加工", "规下", "雁北第一网格", 0.011, 0.004),
    ("金港物流仓储有限公司", "仓储物流", "规上", "金港第二网格", -0.008, 0.010),
    ("雁北小餐馆", "餐饮", "九小场所", "雁北第二网格", 0.013, -0.006),
]


@dataclass(frozen=True)
class DemoLogin:
    role: str
    name: str
    username: str | None
    wechat_code: str


async def is_seeded() -> bool:
    return await Region.exists()


async def seed(progress=None) -> list[DemoLogin]:
    """Create the demo street in one transaction; returns the logins to print."""
    async with in_transaction():
        district = await _region("金湾区", RegionLevel.DISTRICT, None)
        street = await _region("金雁街道", RegionLevel.STREET, district)
        grids: dict[str, Region] = {}
        communities: dict[str, Region] = {}
        for community_name, grid_names in COMMUNITIES.items():
            community = communities[community_name] = await _region(community_name, RegionLevel.COMMUNITY, street)
            for grid_name in grid_names:
                grids[grid_name] = await _region(grid_name, RegionLevel.GRID, community)
        logins = [
            await _staff("街道管理员", Role.ADMIN, street, "admin"),
            await _staff("指挥中心值班员", Role.COMMAND, street, "command"),
            await _staff("张检查(雁南)", Role.INSPECTOR, communities["雁南社区"], "inspector1"),
            await _staff("李检查(雁北、金港)", Role.INSPECTOR, street, "inspector2"),
        ]
        for index, (name, industry, category, grid_name, dlat, dlng) in enumerate(ENTERPRISES, start=1):
            enterprise = await Enterprise.create(
                name=name, credit_code=complete(f"91370602MA{index:07d}"), address=f"金雁街道{grid_name}{index}号",
                lat=round(CENTER[0] + dlat, 6), lng=round(CENTER[1] + dlng, 6), region=grids[grid_name],
                industry=industry, category=category, contact_name=f"联系人{index}",
                contact_phone=f"1380000{index:04d}", qr_token=new_qr_token(), qr_issued_at=clock.now())
            await audit.record(audit.SYSTEM, "enterprise.created", "enterprise", enterprise.id,
                               after={"name": name, "source": "demo"})
            logins.append(await _enterprise_manager(enterprise, f"ent{index}"))
            if progress:
                progress(1)
    return logins


async def _region(name: str, level: RegionLevel, parent: Region | None) -> Region:
    region = await Region.create(name=name, level=level, parent=parent)
    region.path = f"{parent.path if parent else '/'}{region.id}/"
    await region.save(update_fields=["path"])
    await audit.record(audit.SYSTEM, "region.created", "region", region.id, after={"name": name, "source": "demo"})
    return region


async def _staff(name: str, role: Role, region: Region, username: str) -> DemoLogin:
    user = await User.create(name=name, role=role, region=region, username=username,
                             password_hash=security.hash_password(DEMO_PASSWORD), openid=f"o-demo-{username}")
    await audit.record(audit.SYSTEM, "user.created", "user", user.id, after={"name": name, "source": "demo"})
    return DemoLogin(role.value, name, username, f"demo-{username}")


async def _enterprise_manager(enterprise: Enterprise, login: str) -> DemoLogin:
    user = await User.create(name=f"{enterprise.name}安全员", role=Role.ENTERPRISE, enterprise=enterprise,
                             openid=f"o-demo-{login}")
    await audit.record(audit.SYSTEM, "user.created", "user", user.id, after={"name": user.name, "source": "demo"})
    return DemoLogin(Role.ENTERPRISE.value, user.name, None, f"demo-{login}")


async def demo_logins() -> list[DemoLogin]:
    users = await User.filter(openid__startswith="o-demo-").order_by("id")
    return [DemoLogin(u.role, u.name, u.username, "demo-" + u.openid.removeprefix("o-demo-")) for u in users]
