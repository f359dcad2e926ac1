"""Targeted notices from the street: recipients resolved when published, read receipts per enterprise."""

from dataclasses import dataclass

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import InvalidInput, NotFound, PermissionDenied
from enterprises import dictionary
from enterprises.models import Enterprise, EnterpriseStatus, Region
from core.identity import Principal, Role
from enterprises import service as enterprises_service
from enterprises.service import bounding_box, distance_m
from files import service as files_service
from notify.events import NoticePublished
from notify.models import Notice, NoticeRecipient
from notify.schemas import NoticeCreate, NoticeTarget

async def _region_paths(principal: Principal, region_ids: list[int]) -> list[str]:
    regions = await Region.filter(id__in=region_ids).values_list("id", "path")
    paths = dict(regions)
    outside = [rid for rid in region_ids if rid not in paths or not access.in_region(principal, paths[rid])]
    if outside:
        raise NotFound("区域不存在", code="REGION_NOT_FOUND", detail={"region_ids": outside})
    return list(paths.values())


async def resolve_recipients(principal: Principal, target: NoticeTarget) -> list[int]:
    """Active enterprises in the publisher's subtree matching every criterion given (an empty target: all); named
    enterprises narrow like any other criterion."""
    query = Enterprise.filter(status=EnterpriseStatus.ACTIVE, **access.scope(principal))
    if target.enterprise_ids:
        await enterprises_service.check_named_enterprises(principal, target.enterprise_ids, "NOTICE")
        query = query.filter(id__in=target.enterprise_ids)
    if target.industries:
        query = query.filter(industry__in=target.industries)
    if target.categories:
        query = query.filter(category__in=target.categories)
    if target.region_ids:
        paths = await _region_paths(principal, target.region_ids)
        query = query.filter(Q(*[Q(**access.subtree(path)) for path in paths], join_type="OR"))
    if target.near is None:
        return await query.order_by("id").values_list("id", flat=True)
    near = target.near
    # A bounding box in SQL first (the coordinate index), then the exact circle.
    south, north, west, east = bounding_box(near.lat, near.lng, near.radius_m)
    rows = await query.filter(lat__gte=south, lat__lte=north, lng__gte=west,
                              lng__lte=east).order_by("id").values_list("id", "lat", "lng")
    return [eid for eid, lat, lng in rows if distance_m(near.lat, near.lng, lat, lng) <= near.radius_m]


async def preview_recipients(principal: Principal, target: NoticeTarget) -> int:
    """How many enterprises a notice with this target would reach now (the console shows it before publishing).
    Only admins publish, so only they preview; nothing is written."""
    if principal.role is not Role.ADMIN:
        raise PermissionDenied("只有管理员可以发布通知", code="ROLE_FORBIDDEN")
    target = target.model_copy(update=dictionary.target_names(target))
    return len(await resolve_recipients(principal, target))


async def publish_notice(principal: Principal, body: NoticeCreate) -> Notice:
    """An admin publishes a notice: the matched enterprises are fixed now and told through the outbox."""
    if body.attachment_upload_id is not None:
        await files_service.get_readable_upload(principal, body.attachment_upload_id)
    # Codes and synonyms are welcome; the stored target and the match use the dictionary's names.
    body = body.model_copy(update={"target": body.target.model_copy(update=dictionary.target_names(body.target))})
    enterprise_ids = await resolve_recipients(principal, body.target)
    if not enterprise_ids:
        raise InvalidInput("没有符合条件的企业", code="NOTICE_NO_RECIPIENTS")
    target = body.target.model_dump(exclude_none=True)
    async with in_transaction():
        notice = await Notice.create(title=body.title, body=body.body, target=target,
                                     region_id=principal.region_id, region_path=principal.region_path or "/",
                                     created_by_id=principal.user_id,
                                     attachment_upload_id=body.attachment_upload_id, published_at=clock.now())
        await NoticeRecipient.bulk_create([NoticeRecipient(notice_id=notice.id, enterprise_id=eid)
                                           for eid in enterprise_ids])
        if body.attachment_upload_id is not None:
            await files_service.grant_to_enterprises(body.attachment_upload_id, enterprise_ids)
        await audit.record(principal.actor, "notice.published", "notice", notice.id,
                           after={"title": notice.title, "target": target, "recipients": len(enterprise_ids)})
        await outbox.record(NoticePublished(notice.id))
    return notice


async def _visible_notice(principal: Principal, notice_id: int) -> Notice:
    notice = await Notice.filter(id=notice_id).first()
    if notice is not None:
        received = principal.enterprise_id is not None and await NoticeRecipient.exists(
            notice_id=notice_id, enterprise_id=principal.enterprise_id)
        if access.may_see_notice(principal, notice.region_path, received):
            return notice
    raise NotFound("通知不存在", code="NOTICE_NOT_FOUND")


@dataclass
class NoticeView:
    notice: Notice
    recipients: int
    read: int
    own_read_at: object = None
    receipts: list[dict] | None = None


async def _counts(notice_ids: list[int]) -> dict[int, tuple[int, int]]:
    rows = await NoticeRecipient.filter(notice_id__in=notice_ids).values_list("notice_id", "read_at")
    counts: dict[int, list[int]] = {nid: [0, 0] for nid in notice_ids}
    for notice_id, read_at in rows:
        counts[notice_id][0] += 1
        counts[notice_id][1] += read_at is not None
    return {nid: (total, read) for nid, (total, read) in counts.items()}


async def list_notices(principal: Principal, page: int, size: int) -> tuple[list[NoticeView], int]:
    """Staff see the notices published in their subtree; an enterprise sees those sent to it."""
    rows = access.scope(principal, path_field="region_path")
    query = Notice.filter(**(rows if rows is not None else {"recipients__enterprise_id": principal.enterprise_id or 0}))
    total = await query.count()
    notices = await query.order_by("-id").offset((page - 1) * size).limit(size)
    counts = await _counts([n.id for n in notices])
    own = {}
    if principal.enterprise_id:
        own = dict(await NoticeRecipient.filter(notice_id__in=[n.id for n in notices],
                                                enterprise_id=principal.enterprise_id)
                   .values_list("notice_id", "read_at"))
    return [NoticeView(n, *counts[n.id], own_read_at=own.get(n.id)) for n in notices], total


async def notice_detail(principal: Principal, notice_id: int) -> NoticeView:
    """A notice; staff also get who has and has not read it, an enterprise only its own receipt."""
    notice = await _visible_notice(principal, notice_id)
    total, read = (await _counts([notice.id]))[notice.id]
    view = NoticeView(notice, total, read)
    if principal.is_staff:
        view.receipts = await (NoticeRecipient.filter(notice_id=notice.id).order_by("enterprise_id")
                               .values("enterprise_id", "read_at", read_by="read_by_id",
                                       enterprise_name="enterprise__name"))
    else:
        own = await NoticeRecipient.filter(notice_id=notice.id, enterprise_id=principal.enterprise_id).first()
        view.own_read_at = own.read_at if own else None
    return view


async def record_read(principal: Principal, notice_id: int) -> bool:
    """The first reader of an enterprise sets its receipt; later reads change nothing. Call inside a transaction."""
    now = clock.now()
    updated = await NoticeRecipient.filter(notice_id=notice_id, enterprise_id=principal.enterprise_id,
                                           read_at__isnull=True).update(read_at=now, read_by_id=principal.user_id)
    return updated > 0


async def read_notice(principal: Principal, notice_id: int) -> NoticeView:
    """An enterprise user confirms reading a notice sent to their enterprise."""
    await _visible_notice(principal, notice_id)
    if not principal.enterprise_id:
        raise NotFound("通知不存在", code="NOTICE_NOT_FOUND")
    async with in_transaction():
        if await record_read(principal, notice_id):
            await audit.record(principal.actor, "notice.read", "notice", notice_id,
                               after={"enterprise_id": principal.enterprise_id})
    return await notice_detail(principal, notice_id)
