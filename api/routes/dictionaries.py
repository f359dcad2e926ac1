from fastapi import APIRouter

from api.deps import CurrentUser
from api.responses import errors
from enterprises import dictionary
from enterprises.schemas import DictionaryEntryRead

router = APIRouter(tags=["字典"])


def _read(kind: dictionary.Kind) -> list[DictionaryEntryRead]:
    return [DictionaryEntryRead(code=e.code, name=e.name, synonyms=list(e.synonyms), section=e.section or None,
                                section_name=e.section_name or None) for e in dictionary.entries(kind)]


@router.get("/dictionaries/industries", response_model=list[DictionaryEntryRead], responses=errors(401))
async def industries(_: CurrentUser) -> list[DictionaryEntryRead]:
    """行业字典(GB/T 4754-2017 门类):登记、导入、通知和专项任务的行业可填编码、名称或同义词,保存为名称。"""
    return _read(dictionary.Kind.INDUSTRY)


@router.get("/dictionaries/categories", response_model=list[DictionaryEntryRead], responses=errors(401))
async def categories(_: CurrentUser) -> list[DictionaryEntryRead]:
    """企业类别字典:规上 / 规下 / 九小场所。"""
    return _read(dictionary.Kind.CATEGORY)
