"""Sub-resources of an enterprise's profile: /personnel, /documents, /hazard-points (list, add, edit, delete)."""

from fastapi import APIRouter, Response

from api.deps import CurrentUser, PathId
from api.responses import errors
from enterprises import profile
from enterprises.schemas import (DocumentCreate, DocumentRead, DocumentUpdate, DocumentVerify, HazardPointCreate, HazardPointRead,
                                 HazardPointUpdate, PersonCreate, PersonRead, PersonUpdate)

router = APIRouter(tags=["企业档案"])

SCHEMAS = {
    "personnel": (PersonCreate, PersonUpdate, PersonRead, "安全管理人员"),
    "documents": (DocumentCreate, DocumentUpdate, DocumentRead, "安全制度与预案"),
    "hazard-points": (HazardPointCreate, HazardPointUpdate, HazardPointRead, "风险点位"),
}


def _add_routes(path: str) -> None:
    create_schema, update_schema, read_schema, title = SCHEMAS[path]
    kind = profile.KINDS[path]
    base = f"/enterprises/{{enterprise_id}}/{path}"

    async def list_items(enterprise_id: PathId, principal: CurrentUser):
        return [read_schema.model_validate(i) for i in await profile.list_items(principal, enterprise_id, kind)]

    async def add_item(enterprise_id: PathId, body: create_schema, principal: CurrentUser):
        return read_schema.model_validate(await profile.add_item(principal, enterprise_id, kind, body))

    async def update_item(enterprise_id: PathId, item_id: PathId, body: update_schema, principal: CurrentUser):
        item = await profile.update_item(principal, enterprise_id, kind, item_id, body)
        return read_schema.model_validate(item)

    async def delete_item(enterprise_id: PathId, item_id: PathId, principal: CurrentUser):
        await profile.delete_item(principal, enterprise_id, kind, item_id)
        return Response(status_code=204)

    name = path.replace("-", "_")
    router.add_api_route(base, list_items, methods=["GET"], response_model=list[read_schema],
                         summary=f"{title}列表", name=f"list_{name}", responses=errors(401, 404))
    router.add_api_route(base, add_item, methods=["POST"], response_model=read_schema, status_code=201,
                         summary=f"新增{title}", name=f"add_{name}", responses=errors(401, 403, 404, 409))
    router.add_api_route(f"{base}/{{item_id}}", update_item, methods=["PATCH"], response_model=read_schema,
                         summary=f"修改{title}", name=f"update_{name}", responses=errors(401, 403, 404))
    router.add_api_route(f"{base}/{{item_id}}", delete_item, methods=["DELETE"], status_code=204,
                         summary=f"删除{title}", name=f"delete_{name}", responses=errors(401, 403, 404),
                         response_class=Response)


for _path in SCHEMAS:
    _add_routes(_path)


@router.post("/enterprises/{enterprise_id}/documents/{document_id}/verify", response_model=DocumentRead,
             summary="核验安全制度文件", responses=errors(401, 403, 404, 422))
async def verify_document(enterprise_id: PathId, document_id: PathId, body: DocumentVerify, principal: CurrentUser):
    """辖区检查员或管理员核验企业上传的文件:通过,或不通过并说明原因。未核验的文件按评分规则折算计分。"""
    document = await profile.verify_document(principal, enterprise_id, document_id, body.approved, body.note)
    return DocumentRead.model_validate(document)
