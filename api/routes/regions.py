from fastapi import APIRouter

from api.deps import AdminUser, CurrentUser
from api.responses import errors
from enterprises import regions
from enterprises.schemas import RegionCreate, RegionRead

router = APIRouter(tags=["区域"])


@router.get("/regions", response_model=list[RegionRead], responses=errors(401))
async def list_regions(principal: CurrentUser) -> list[RegionRead]:
    """辖区树(区县 → 街道 → 社区 → 网格);工作人员只看到自己负责的子树。"""
    return [RegionRead.model_validate(r) for r in await regions.list_regions(principal)]


@router.post("/regions", response_model=RegionRead, status_code=201, responses=errors(401, 403, 404, 409))
async def create_region(body: RegionCreate, principal: AdminUser) -> RegionRead:
    region = await regions.create_region(principal, body.name, body.level, body.parent_id)
    return RegionRead.model_validate(region)
