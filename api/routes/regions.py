from fastapi import APIRouter

from api.deps import AdminUser, CurrentUser, PathId
from api.responses import errors
from enterprises import regions
from enterprises.schemas import RegionBoundaryWrite, RegionCreate, RegionRead

router = APIRouter(tags=["区域"])


@router.get("/regions", response_model=list[RegionRead], responses=errors(401))
async def list_regions(principal: CurrentUser) -> list[RegionRead]:
    """辖区树(区县 → 街道 → 社区 → 网格);工作人员只看到自己负责的子树。每个区域带其边界(如已设置)。"""
    return [RegionRead.model_validate(r) for r in await regions.list_regions(principal)]


@router.post("/regions", response_model=RegionRead, status_code=201, responses=errors(401, 403, 404, 409))
async def create_region(body: RegionCreate, principal: AdminUser) -> RegionRead:
    region = await regions.create_region(principal, body.name, body.level, body.parent_id)
    return RegionRead.model_validate(region)


@router.put("/regions/{region_id}/boundary", response_model=RegionRead, summary="设置区域边界(GeoJSON,GCJ-02)",
            responses=errors(401, 403, 404, 422))
async def set_region_boundary(region_id: PathId, body: RegionBoundaryWrite, principal: AdminUser) -> RegionRead:
    """上级区域或顶层区域的管理员设置(`boundary: null` 清除)该区域的边界,指挥中心大屏以此为底图。"""
    return RegionRead.model_validate(await regions.set_boundary(principal, region_id, body.boundary))
