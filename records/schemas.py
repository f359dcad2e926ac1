from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.types import MAX_ID, WriteModel
from records.rules import DocumentKind, SignerRole, SigningStage


class SignatureCreate(WriteModel):
    """A handwritten signature captured on the phone's canvas (uploaded first through POST /uploads as a PNG), or a
    refusal to sign (拒签) before a witness."""

    stage: SigningStage = Field(description="inspection:提交检查时(检查记录、整改通知书);review:复查时(复查意见书)")
    signer_role: SignerRole = Field(description="inspector:检查人员本人;enterprise:被检查单位负责人或在场人员")
    signer_name: str = Field(default="", max_length=40, description="签字人姓名;检查人员取其账号姓名")
    signer_title: str = Field(default="", max_length=40, description="职务,如 负责人、安全管理员")
    upload_id: int | None = Field(default=None, ge=1, le=MAX_ID, description="签名图片(拒签时不填)")
    refused: bool = Field(default=False, description="拒签")
    witness_name: str = Field(default="", max_length=40, description="拒签时的见证人姓名")
    lat: float | None = Field(default=None, ge=-90, le=90, description="签字时手机位置(GCJ-02)")
    lng: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def _both_coordinates_or_neither(self):
        if (self.lat is None) != (self.lng is None):
            raise ValueError("lat 与 lng 须同时提供")
        return self


class SignatureRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    inspection_id: int
    stage: SigningStage
    signer_role: SignerRole
    signer_name: str
    signer_title: str
    signer_user_id: int | None
    upload_id: int | None
    refused: bool
    witness_name: str
    signed_at: datetime
    lat: float | None
    lng: float | None
    recorded_by_id: int


class DocumentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    kind: DocumentKind
    title: str
    available: bool = Field(description="该文书是否已可出具(检查已提交;有隐患才有整改通知书;有复查过的隐患才有复查意见书)")
    url: str = Field(description="PDF 地址(/api/v1 下,需登录)")
    number: str | None = Field(description="文号;首次打印时生成")
    verify_url: str | None = Field(description="公开核验页地址;首次打印时生成")
