"""Settings from the environment (and an optional .env file)."""

import re
from functools import lru_cache
from datetime import time
from pathlib import Path
from typing import Literal

from limits import parse as parse_rate
from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET_KEY = "dev-only-insecure-secret-key-change-me-in-production"
DEV_AUDIT_CHAIN_KEY = "dev-only-insecure-audit-chain-key-change-me"
VERIFY_FILE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}\.txt")


class WeChatTemplate(BaseModel):
    """A subscription-message template: its console id, the page it opens, our field name -> its data key."""

    template_id: str
    page: str = ""
    fields: dict[str, str]


def default_wechat_templates() -> dict[str, WeChatTemplate]:
    # The fake WeChat knows these ids; production sets WECHAT_TEMPLATES (JSON) from the mp console.
    layouts = {
        "hazard_reported": ("pages/hazard/detail", {"subject": "thing1", "enterprise": "thing2",
                                                    "deadline": "time3", "status": "phrase4"}),
        "deadline_approaching": ("pages/hazard/detail", {"subject": "thing1", "deadline": "time2", "note": "thing3"}),
        "hazard_overdue": ("pages/hazard/detail", {"subject": "thing1", "deadline": "time2", "status": "phrase3"}),
        "fix_submitted": ("pages/hazard/detail", {"subject": "thing1", "enterprise": "thing2", "time": "time3"}),
        "fix_rejected": ("pages/hazard/detail", {"subject": "thing1", "status": "phrase2", "note": "thing3"}),
        "fix_accepted": ("pages/hazard/detail", {"subject": "thing1", "status": "phrase2", "time": "time3"}),
        "risk_changed": ("pages/enterprise/risk", {"enterprise": "thing1", "status": "phrase2", "time": "time3"}),
        "campaign_published": ("pages/campaign/detail", {"subject": "thing1", "time": "time2", "note": "thing3"}),
        "notice_published": ("pages/notice/detail", {"subject": "thing1", "time": "time2", "note": "thing3"}),
        "inspection_result": ("pages/inspection/detail", {"enterprise": "thing1", "time": "time2",
                                                          "status": "phrase3", "note": "thing4"}),
    }
    return {kind: WeChatTemplate(template_id=f"fake-tmpl-{kind.replace('_', '-')}", page=page, fields=fields)
            for kind, (page, fields) in layouts.items()}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    env: Literal["dev", "production"] = "dev"
    data_dir: Path = Path("data")
    # Empty means the embedded SQLite file under DATA_DIR.
    database_url: str = ""
    # A read replica for the command center's queries; empty means they read the primary.
    database_read_url: str = ""
    secret_key: str = DEV_SECRET_KEY
    # While rotating: the old key still verifies tokens (new ones are signed with SECRET_KEY) until they expire.
    secret_key_previous: str = ""
    # The audit chain's HMAC key: kept outside the database, so write access to it cannot re-sign a rewritten
    # history. Rotating: the new key signs, the old ones (JSON list) still verify the entries they signed.
    audit_chain_key: SecretStr = SecretStr(DEV_AUDIT_CHAIN_KEY)
    audit_chain_previous_keys: list[SecretStr] = Field(default_factory=list)
    public_base_url: str = "http://127.0.0.1:8000"
    wechat_appid: str = ""
    wechat_secret: str = ""
    wechat_api_base: str = "https://api.weixin.qq.com"
    host: str = "127.0.0.1"
    port: int = 8000
    # Production runs migrations as their own step (`jinyan migrate`); dev applies them on start.
    auto_migrate: bool = True
    # One token, no refresh token: revocation is immediate anyway, as every request reads the user's token_version
    # (docs/decisions/035-account-lifecycle-and-tokens.md).
    access_token_ttl_seconds: int = Field(default=7 * 24 * 3600, gt=0)
    # POST /auth/refresh renews a token (a wall screen stays signed in) but never past this many days from the
    # password or WeChat login it descends from: a stolen token cannot be renewed for ever (decision 058).
    session_max_days: int = Field(default=30, ge=1, le=365)
    invite_ttl_seconds: int = Field(default=7 * 24 * 3600, gt=0)
    # An admin's one-time password-reset code.
    password_reset_ttl_seconds: int = Field(default=24 * 3600, gt=0)
    # The command center's live-feed ticket: fetched right before opening the EventSource, used once.
    stream_ticket_ttl_seconds: int = Field(default=30, gt=0)
    # The login guard (docs/decisions/036-login-guard.md). Failures within the window, per (username, IP): each
    # doubles the wait before that pair may try again (1 s, 2 s, 4 s … up to LOGIN_DELAY_MAX_SECONDS), and
    # LOGIN_FAILURES_PER_PAIR lock that pair only. Per username (from anywhere) and per IP (any username): past
    # these, only pairs that logged in successfully before (known origins) may still try.
    login_failure_window_seconds: int = Field(default=15 * 60, gt=0)
    login_failures_per_pair: int = Field(default=10, ge=1)
    login_delay_max_seconds: int = Field(default=60, ge=0)
    login_failures_per_username: int = Field(default=20, ge=1)
    login_failures_per_ip: int = Field(default=30, ge=1)
    login_origin_days: int = Field(default=90, ge=1)
    # Peers whose X-Forwarded-For / X-Forwarded-Proto are believed (comma-separated IPs or CIDRs, "*" for any):
    # the reverse proxy in front of uvicorn. Empty: nobody, the socket's peer is the client.
    forwarded_allow_ips: str = ""
    # Scans and uploads per user and per IP (`limits` notation: "60/minute", "1000/hour"). An IP carries a whole
    # office or a factory's Wi-Fi, so its limits are higher. The counts live in RATE_LIMIT_STORAGE_URL:
    # `async+memory://` per API process, `async+redis://host:6379` shared by all of them.
    scan_rate_per_user: str = "60/minute"
    scan_rate_per_ip: str = "600/minute"
    upload_rate_per_user: str = "30/minute"
    upload_rate_per_ip: str = "300/minute"
    # Public reports from a scanned code (POST /scan/{token}/reports, docs/decisions/084): anybody may send one, so
    # few per hour; an IP is a factory's Wi-Fi or a carrier's NAT, so more.
    report_rate_per_user: str = "10/hour"
    report_rate_per_ip: str = "30/hour"
    rate_limit_storage_url: str = "async+memory://"
    # Longest a request may take before it is cancelled and answered 503 REQUEST_TIMEOUT (uploads and the import
    # get ten times as long; the live feed has none). Mini-program requests give up after 60 s.
    request_timeout_seconds: float = Field(default=30.0, gt=0)
    # Largest request body of any other route (JSON); uploads and the Excel import have their own limits.
    request_max_bytes: int = Field(default=1024 * 1024, gt=0)
    upload_max_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    # Width x height of one image; phones shoot 12-50 MP, more is refused before decoding (decompression bombs).
    upload_max_pixels: int = Field(default=50_000_000, gt=0)
    # Message kind -> subscription template (wechat-api.md §3); JSON in the environment.
    wechat_templates: dict[str, WeChatTemplate] = Field(default_factory=default_wechat_templates)
    wechat_miniprogram_state: Literal["developer", "trial", "formal"] = "formal"
    # /docs, /redoc and /openapi.json; unset means "in dev only" (production turns them on with DOCS_ENABLED=true).
    docs_enabled: bool | None = None
    # File name -> content of the verification files the mini-program console hands out (扫普通链接二维码打开小程序,
    # JSON in the environment), served at the site root and under /q/.
    wechat_verify_files: dict[str, str] = Field(default_factory=dict)
    # When set, /metrics asks for `Authorization: Bearer <token>`; production refuses to start without one.
    metrics_token: str = ""
    # The mini-program page that opens a scanned enterprise code (its `scene` is the identity token).
    wechat_scan_page: str = "pages/scan/index"
    # The outbox worker also runs inside `jinyan serve`; unset means "in dev only".
    run_worker_in_process: bool | None = None
    outbox_max_attempts: int = Field(default=8, ge=1)
    outbox_lease_seconds: int = Field(default=60, gt=0)
    outbox_batch_size: int = Field(default=100, ge=1)
    outbox_concurrency: int = Field(default=16, ge=1)
    outbox_backoff_base_seconds: float = Field(default=2.0, gt=0)
    outbox_backoff_max_seconds: float = Field(default=3600.0, gt=0)
    # Finished outbox events older than this are purged by the worker (dead letters and sweep keys stay).
    outbox_retention_days: float = Field(default=30.0, gt=0)
    # The command center's live feed: how often it reads the outbox, and the comment line keeping proxies open.
    dashboard_stream_poll_seconds: float = Field(default=1.0, gt=0)
    dashboard_stream_ping_seconds: float = Field(default=15.0, gt=0)
    # Largest spreadsheet export, in rows: bigger ones are refused (422) so one request cannot hog the server.
    export_max_rows: int = Field(default=50_000, ge=1)
    # Whether enterprise users see their neighbours' risk colours in `nearby` (staff always do, in their scope).
    nearby_shows_color: bool = False
    # The nightly rescore (Beijing time): one worker of however many runs it once a day from this hour on.
    rescore_at: time = time(2, 0)
    # Hazard reminders (inspections/reminders.py): days before the deadline, and days overdue before escalation.
    hazard_reminder_days: list[int] = Field(default=[3, 1])
    hazard_escalate_after_days: int = Field(default=3, ge=1)
    # Campaign tasks (inspections/campaign_tasks.py): days before the deadline an unfinished task is reminded of;
    # the day after the deadline it is told it missed it.
    campaign_reminder_days: list[int] = Field(default=[3, 1])
    # 日常报送 (inspections/reports.py): enterprises that have not reported by this time (Beijing) get one reminder;
    # a missed day may be reported afterwards within this many days (never before the enterprise was registered).
    report_remind_at: time = time(17, 0)
    report_backfill_days: int = Field(default=7, ge=0, le=366)
    # Printed on the door poster: who issues the codes, and the number to report a hazard to (12350 is the
    # national work-safety reporting line).
    issuing_body: str = Field(default="广汉市金雁街道办事处", min_length=1, max_length=40)
    report_hotline: str = Field(default="12350", min_length=1, max_length=30)
    # A submitted fix waiting longer than this for verification reminds its inspector, once a day.
    verification_remind_after_days: int = Field(default=3, ge=1)
    # The built front ends: the mini program's H5 build (served at /m/) and the console (/admin/). Empty: the
    # checkout's own builds (miniprogram/dist/build/h5, console/dist); the image sets both to the builds it carries
    # (docker/Dockerfile, docs/decisions/085).
    h5_dir: str = ""
    console_dir: str = ""
    # Presence (docs/decisions/029): a street inspection started farther than this from the enterprise's registered
    # location is "far"; `record` only stores it, `warn` also says so in the answer, `refuse` answers 422.
    inspection_max_distance_m: float = Field(default=500.0, gt=0)
    inspection_presence_policy: Literal["record", "warn", "refuse"] = "warn"
    # A draft checklist nobody touched for this many days is cancelled by the worker (audited as the system).
    inspection_draft_expiry_days: int = Field(default=7, ge=1)
    # 45009: WeChat's quota is spent; wait this long before trying that send again.
    wechat_quota_backoff_seconds: float = Field(default=600.0, gt=0)
    # Where uploaded bytes live: DATA_DIR/uploads, or an S3-compatible bucket (MinIO, COS, OSS, Ceph, AWS).
    storage_backend: Literal["disk", "s3"] = "disk"
    # Empty means AWS itself; MinIO or a cloud's S3 endpoint otherwise.
    s3_endpoint_url: str = ""
    s3_bucket: str = ""
    s3_access_key_id: str = ""
    s3_secret_access_key: SecretStr = SecretStr("")
    s3_region: str = "us-east-1"
    # "path" (bucket in the URL path) suits MinIO, Ceph and COS; Aliyun OSS wants "virtual".
    s3_addressing_style: Literal["path", "virtual", "auto"] = "path"

    @field_validator("scan_rate_per_user", "scan_rate_per_ip", "upload_rate_per_user", "upload_rate_per_ip",
                     "report_rate_per_user", "report_rate_per_ip")
    @classmethod
    def _a_rate(cls, value: str) -> str:
        parse_rate(value)  # its ValueError names the value that is not a rate
        return value

    @field_validator("wechat_verify_files")
    @classmethod
    def _plain_file_names(cls, files: dict[str, str]) -> dict[str, str]:
        for name in files:
            if not VERIFY_FILE_NAME.fullmatch(name):
                raise ValueError(f"WECHAT_VERIFY_FILES: {name!r} 不是校验文件名(字母、数字、-、_,以 .txt 结尾)")
        return files

    @property
    def serves_docs(self) -> bool:
        return self.docs_enabled if self.docs_enabled is not None else self.env == "dev"

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite://{self.data_dir / 'jinyan.sqlite3'}"

    @property
    def worker_in_process(self) -> bool:
        if self.run_worker_in_process is not None:
            return self.run_worker_in_process
        return self.env == "dev"

    @property
    def uses_fake_wechat(self) -> bool:
        return not self.wechat_appid

    def production_problems(self) -> list[str]:
        """What makes this configuration unfit for production; empty when it is fit."""
        problems = []
        if self.secret_key == DEV_SECRET_KEY or len(self.secret_key) < 32:
            problems.append("SECRET_KEY 未设置或少于 32 个字符")
        chain_key = self.audit_chain_key.get_secret_value()
        if chain_key == DEV_AUDIT_CHAIN_KEY or len(chain_key) < 32 or chain_key == self.secret_key:
            problems.append("AUDIT_CHAIN_KEY 未设置、少于 32 个字符或与 SECRET_KEY 相同")
        if self.uses_fake_wechat or not self.wechat_secret:
            problems.append("WECHAT_APPID / WECHAT_SECRET 未设置,生产环境不能使用模拟微信")
        if not self.database_url:
            problems.append("DATABASE_URL 未设置,生产环境不使用内嵌 SQLite")
        if len(self.metrics_token) < 16:
            problems.append("METRICS_TOKEN 未设置或少于 16 个字符,生产环境的 /metrics 必须要求令牌")
        if self.storage_backend == "s3" and not self.s3_bucket:
            problems.append("STORAGE_BACKEND=s3 时必须设置 S3_BUCKET")
        return problems

    def check_startable(self) -> None:
        if self.env == "production" and (problems := self.production_problems()):
            raise RuntimeError("拒绝以生产模式启动: " + "; ".join(problems))


@lru_cache
def get_settings() -> Settings:
    return Settings()
