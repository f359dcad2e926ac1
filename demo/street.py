"""金雁街道 written into the database: regions, staff, enterprises with their documents, personnel and hazard
points, one manager login per enterprise. The layout itself is data in demo/layout.py.

Logins are printed by `jinyan serve --demo` and `jinyan demo`; the password is for a dev machine only."""

from dataclasses import dataclass
from datetime import timedelta

from core import audit, clock, security
from enterprises import boundaries, public_reports
from enterprises.schemas import StreetConfigUpdate
from enterprises.models import Enterprise, HazardPoint, Region, RegionLevel, SafetyDocument, SafetyPerson, User
from core.identity import SYSTEM_PRINCIPAL, Role
from enterprises.qr import new_qr_token
from demo import history, layout

DEMO_PASSWORD = "jinyan-demo-2026"
ENTERPRISES = layout.enterprises()
CONTROL_MEASURES = ["岗位责任人每日巡查", "警示标志齐全", "应急器材到位"]


@dataclass(frozen=True)
class DemoLogin:
    role: str
    name: str
    username: str | None
    wechat_code: str


async def is_seeded() -> bool:
    return await Region.exists()


async def seed(progress=None) -> list[DemoLogin]:
    """Create the demo street, registered the day before the simulated quarter (demo/history.py) begins; returns
    the logins to print. The caller owns the transaction."""
    history.set_day(-1)
    try:
        return await _seed(progress)
    finally:
        clock.reset()


async def _seed(progress) -> list[DemoLogin]:
    district = await _region(layout.DISTRICT, RegionLevel.DISTRICT, None)
    street = await _region(layout.STREET, RegionLevel.STREET, district)
    communities, grids = {layout.DISTRICT: district, layout.STREET: street}, {}
    for community_name, (grid_names, _) in layout.COMMUNITIES.items():
        community = communities[community_name] = await _region(community_name, RegionLevel.COMMUNITY, street)
        for grid_name in grid_names:
            grids[grid_name] = await _region(grid_name, RegionLevel.GRID, community)
    # All staff share one password: hash it once (argon2 costs a few hundred milliseconds a time).
    password_hash = security.hash_password(DEMO_PASSWORD)
    logins = [await _staff(spec, communities[spec.region], password_hash) for spec in layout.STAFF]
    for spec in ENTERPRISES:
        enterprise = await _enterprise(spec, grids[spec.grid])
        logins.append(await _enterprise_manager(enterprise, spec.number))
        if progress:
            progress(1)
    await _outline(street, communities, grids)
    # The demo street takes reports from the public card (docs/decisions/084), so `make run` shows the form.
    await public_reports.set_street_config(SYSTEM_PRINCIPAL, StreetConfigUpdate(public_reports_enabled=True))
    return logins


# Margins around the enterprises (metres): a grid is a few blocks, a community a little wider, the street wider
# still, so each outline sits around the one below it.
_MARGINS = {RegionLevel.GRID: 180, RegionLevel.COMMUNITY: 320, RegionLevel.STREET: 520}


async def _outline(street: Region, communities: dict[str, Region], grids: dict[str, Region]) -> None:
    """Plausible outlines for the street, its communities and its grids: around their enterprises (the real
    boundaries are the street's to draw, PUT /regions/{id}/boundary). The command screen draws them under the dots."""
    points: dict[int, list[tuple[float, float]]] = {}
    for spec in ENTERPRISES:
        grid = grids[spec.grid]
        for region in (grid, communities[spec.community], street):
            points.setdefault(region.id, []).append((spec.lng, spec.lat))
    for region in [street, *communities.values(), *grids.values()]:
        if region.level not in _MARGINS or region.id not in points:
            continue
        region.boundary = boundaries.around(points[region.id], _MARGINS[region.level])
        await region.save(update_fields=["boundary"])
        await audit.record(audit.SYSTEM, "region.boundary_set", "region", region.id,
                           after={"source": "demo", "points": sum(len(r) for r in region.boundary["coordinates"])})


async def _region(name: str, level: RegionLevel, parent: Region | None) -> Region:
    region = await Region.create(name=name, level=level, parent=parent)
    region.path = f"{parent.path if parent else '/'}{region.id}/"
    await region.save(update_fields=["path"])
    await audit.record(audit.SYSTEM, "region.created", "region", region.id, after={"name": name, "source": "demo"})
    return region


async def _staff(spec: layout.StaffSpec, region: Region, password_hash: str) -> DemoLogin:
    user = await User.create(name=spec.name, role=Role(spec.role), region=region, username=spec.username,
                             password_hash=password_hash, openid=f"o-demo-{spec.username}")
    await audit.record(audit.SYSTEM, "user.created", "user", user.id, after={"name": spec.name, "source": "demo"})
    return DemoLogin(spec.role, spec.name, spec.username, f"demo-{spec.username}")


async def _enterprise(spec: layout.EnterpriseSpec, grid: Region) -> Enterprise:
    today = clock.now().date()
    enterprise = await Enterprise.create(
        name=spec.name, credit_code=spec.credit_code, address=spec.address, lat=spec.lat, lng=spec.lng, region=grid,
        industry=spec.industry, category=spec.category, employee_count=spec.employee_count,
        contact_name=spec.contact_name, contact_phone=spec.contact_phone, main_products=spec.main_products,
        processes=spec.processes, hazardous_materials=list(spec.hazardous_materials),
        special_equipment=list(spec.special_equipment), **{work: True for work in spec.work},
        qr_token=new_qr_token(), qr_issued_at=clock.now())
    await SafetyDocument.bulk_create([
        SafetyDocument(enterprise_id=enterprise.id, doc_type=doc_type, title=layout.DOCUMENT_TITLES[doc_type],
                       issued_date=today - timedelta(days=200), valid_until_date=today + timedelta(days=900))
        for doc_type in spec.documents])
    await SafetyPerson.bulk_create([
        SafetyPerson(enterprise_id=enterprise.id, name=p.name, role=p.role, certificate_type=p.certificate_type,
                     certificate_no=p.certificate_no, certificate_expires_date=today + timedelta(days=700))
        for p in spec.personnel])
    await HazardPoint.bulk_create([
        HazardPoint(enterprise_id=enterprise.id, name=name, place=place, risk_level=level,
                    control_measures=CONTROL_MEASURES, responsible_person=spec.contact_name)
        for name, place, level in spec.hazard_points])
    # One audit entry for the enterprise and its profile as the demo created them.
    await audit.record(audit.SYSTEM, "enterprise.created", "enterprise", enterprise.id,
                       after={"name": spec.name, "source": "demo", "documents": list(spec.documents),
                              "personnel": len(spec.personnel), "hazard_points": len(spec.hazard_points)})
    return enterprise


async def _enterprise_manager(enterprise: Enterprise, number: int) -> DemoLogin:
    user = await User.create(name=f"{enterprise.contact_name}({enterprise.name})"[:40], role=Role.ENTERPRISE,
                             enterprise=enterprise, phone=enterprise.contact_phone, openid=f"o-demo-ent{number}")
    await audit.record(audit.SYSTEM, "user.created", "user", user.id, after={"name": user.name, "source": "demo"})
    return DemoLogin(Role.ENTERPRISE.value, user.name, None, f"demo-ent{number}")


@dataclass(frozen=True)
class DoorCode:
    """An enterprise's identity code as the banner prints it, so a newcomer can scan without decoding a PNG."""

    enterprise_id: int
    name: str
    token: str


async def door_codes(limit: int = 3) -> list[DoorCode]:
    """The first enterprises' identity-code tokens (random per seed)."""
    rows = await Enterprise.all().order_by("id").limit(limit).values_list("id", "name", "qr_token")
    return [DoorCode(*row) for row in rows]


async def demo_logins() -> list[DemoLogin]:
    """The seeded logins, in seed()'s order. Anyone else who logged in on the fake WeChat with some `demo-<name>`
    code also has an `o-demo-` openid, but is no demo login."""
    openids = [f"o-demo-{spec.username}" for spec in layout.STAFF] + [f"o-demo-ent{spec.number}" for spec in ENTERPRISES]
    users = {user.openid: user for user in await User.filter(openid__in=openids)}
    return [DemoLogin(user.role.value, user.name, user.username, "demo-" + openid.removeprefix("o-demo-"))
            for openid in openids if (user := users.get(openid))]
