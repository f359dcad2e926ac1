"""Who may call each route: the expected policy of tests/test_authz_matrix.py, one line per route.

The matrix calls every route of the app as each of the roles below, on objects that belong to enterprise A (in the
north grid), and expects 2xx from the roles listed here, 401 from an anonymous caller and 403 or 404 from every
other role. A route missing from this table fails the matrix: add its line (and, if it needs a body or ids the
generic call cannot guess, its call in tests/test_authz_matrix.py).
"""

ANONYMOUS = "anonymous"
PUBLIC = "public"  # a WeChat user with no other role
ENTERPRISE_A = "enterprise_a"  # a user of enterprise A, which owns the objects called
ENTERPRISE_B = "enterprise_b"  # a user of enterprise B, in the other community
INSPECTOR_IN = "inspector_in"  # an inspector of A's grid
INSPECTOR_OUT = "inspector_out"  # an inspector of B's grid
COMMAND = "command"  # command-center staff of the street
# Four admins, so a rule that only the top of the tree may change fails a cell when it leaks downwards:
ADMIN = "admin"  # an admin of the street, which lies under a district: below the top of the tree
REGION_ADMIN = "region_admin"  # an admin of A's community (a sub-region of the street, not the street)
TOP_ADMIN = "top_admin"  # an admin of the district, the top of the tree (the demo's 安监办 admin sits at the top)
SYSTEM_ADMIN = "system_admin"  # an admin without a region: the whole system
# A WeChat user who registered enterprise P (pending, in A's grid): to A's objects a public user; what they see of
# P is PENDING_POLICY below (docs/decisions/091-registrant-sees-pending-enterprise.md).
REGISTRANT = "registrant"

ROLES = (ANONYMOUS, PUBLIC, REGISTRANT, ENTERPRISE_A, ENTERPRISE_B, INSPECTOR_IN, INSPECTOR_OUT, COMMAND, ADMIN,
         REGION_ADMIN, TOP_ADMIN, SYSTEM_ADMIN)

EVERYONE = frozenset(ROLES)
SIGNED_IN = EVERYONE - {ANONYMOUS}
ENTERPRISES = frozenset({ENTERPRISE_A, ENTERPRISE_B})
ADMINS = frozenset({ADMIN, REGION_ADMIN, TOP_ADMIN, SYSTEM_ADMIN})  # every admin whose scope holds A
# Street-wide configuration (core/access.py may_configure_street): the top of the tree and the system only.
CONFIGURERS = frozenset({TOP_ADMIN, SYSTEM_ADMIN})
# Operations (core/access.py may_operate): admins whose scope holds every region; the world's tree has one top region,
# so its admin is one of them (docs/decisions/073).
OPERATORS = frozenset({TOP_ADMIN, SYSTEM_ADMIN})
STAFF = frozenset({INSPECTOR_IN, INSPECTOR_OUT, COMMAND}) | ADMINS
STAFF_OF_A = frozenset({INSPECTOR_IN, COMMAND}) | ADMINS
A_AND_ITS_STAFF = STAFF_OF_A | {ENTERPRISE_A}
OWNER_AND_ADMINS = ADMINS | {ENTERPRISE_A}
NOBODY = frozenset()

POLICY: dict[str, frozenset[str]] = {
    # -- operations and public pages --
    "GET /healthz": EVERYONE,
    "GET /readyz": EVERYONE,
    "GET /metrics": EVERYONE,  # METRICS_TOKEN unset, as in dev
    "GET /q/{token}": EVERYONE,
    "GET /command": EVERYONE,  # the command-center page; its numbers need a staff login
    # The console's built files, the same to everyone (its data need a staff login); without a build every role
    # gets 404 (tests/test_authz_matrix.py UNBUILT_PAGES).
    "GET /admin/": EVERYONE,
    "GET /admin/{name:path}": EVERYONE,
    "GET /static/{name}": EVERYONE,  # the page's scripts and styles
    "GET /m/": EVERYONE,  # the mini program's H5 build; its data needs a login
    "GET /m/{name:path}": EVERYONE,  # the build's files
    "GET /": EVERYONE,  # the landing page
    "GET /verify/{code}": EVERYONE,  # a printed record's public check
    "GET /docs": EVERYONE,  # the API docs, in dev (in production only with DOCS_ENABLED=true)
    "GET /redoc": EVERYONE,
    # -- login and accounts --
    "POST /api/v1/auth/wechat": EVERYONE,
    "POST /api/v1/auth/password": EVERYONE,
    "POST /api/v1/auth/password/reset": EVERYONE,  # with a fresh one-time code
    "POST /api/v1/auth/refresh": SIGNED_IN,  # renews the caller's own token
    "POST /api/v1/auth/logout": SIGNED_IN,  # called as a copy of the role's user (it revokes the caller's tokens)
    "GET /api/v1/me": SIGNED_IN,
    "POST /api/v1/me/password": SIGNED_IN,  # as a copy of the role's user, with a password
    "POST /api/v1/users": ADMINS,
    "GET /api/v1/users": ADMINS | ENTERPRISES,  # admins their scope's accounts, enterprise users their colleagues
    # The account called is an inspector of A's grid, or (deactivate) a colleague of A's user.
    "PATCH /api/v1/users/{user_id}": ADMINS,
    "POST /api/v1/users/{user_id}/deactivate": OWNER_AND_ADMINS,
    "POST /api/v1/users/{user_id}/reactivate": ADMINS,
    "POST /api/v1/users/{user_id}/unbind-wechat": ADMINS,
    "POST /api/v1/users/{user_id}/reset-password": ADMINS,
    "POST /api/v1/users/{user_id}/invite": ADMINS,  # an inspector of A's grid without a WeChat
    "GET /api/v1/regions": SIGNED_IN,
    "POST /api/v1/regions": ADMINS,
    # A's grid lies below every admin's own region (core/access.py may_draw_region).
    "PUT /api/v1/regions/{region_id}/boundary": ADMINS,
    # The registration form needs them, so a WeChat user with no role yet reads them too.
    "GET /api/v1/dictionaries/industries": SIGNED_IN,
    "GET /api/v1/dictionaries/categories": SIGNED_IN,
    # -- enterprises: the registry --
    # WeChat users register pending enterprises (the registrant may register another); admins in scope, active.
    "POST /api/v1/enterprises": frozenset({PUBLIC, REGISTRANT, ENTERPRISE_A, ENTERPRISE_B}) | ADMINS,
    "GET /api/v1/enterprises": STAFF,  # each sees their subtree
    "GET /api/v1/enterprises/{enterprise_id}": A_AND_ITS_STAFF,
    "PATCH /api/v1/enterprises/{enterprise_id}": OWNER_AND_ADMINS,
    "POST /api/v1/enterprises/{enterprise_id}/approve": ADMINS,
    "POST /api/v1/enterprises/{enterprise_id}/reject": ADMINS,
    "GET /api/v1/enterprises/{enterprise_id}/nearby": A_AND_ITS_STAFF,
    "POST /api/v1/enterprises/{enterprise_id}/code/reissue": ADMINS,
    "GET /api/v1/enterprises/{enterprise_id}/scans": STAFF_OF_A,  # an access log: not the enterprise's (076)
    "POST /api/v1/enterprises/import": ADMINS,
    "GET /api/v1/enterprises/import/template.xlsx": ADMINS,
    # -- enterprises: the profile (the enterprise and admins write, its staff read) --
    "GET /api/v1/enterprises/{enterprise_id}/personnel": A_AND_ITS_STAFF,
    "POST /api/v1/enterprises/{enterprise_id}/personnel": OWNER_AND_ADMINS,
    "PATCH /api/v1/enterprises/{enterprise_id}/personnel/{item_id}": OWNER_AND_ADMINS,
    "DELETE /api/v1/enterprises/{enterprise_id}/personnel/{item_id}": OWNER_AND_ADMINS,
    "GET /api/v1/enterprises/{enterprise_id}/documents": A_AND_ITS_STAFF,
    "POST /api/v1/enterprises/{enterprise_id}/documents": OWNER_AND_ADMINS,
    "PATCH /api/v1/enterprises/{enterprise_id}/documents/{item_id}": OWNER_AND_ADMINS,
    "DELETE /api/v1/enterprises/{enterprise_id}/documents/{item_id}": OWNER_AND_ADMINS,
    # Inspectors and admins in scope check documents and record facts; command-center viewers only read.
    "POST /api/v1/enterprises/{enterprise_id}/documents/{document_id}/verify": ADMINS | {INSPECTOR_IN},
    "GET /api/v1/enterprises/{enterprise_id}/hazard-points": A_AND_ITS_STAFF,
    "POST /api/v1/enterprises/{enterprise_id}/hazard-points": OWNER_AND_ADMINS,
    "PATCH /api/v1/enterprises/{enterprise_id}/hazard-points/{item_id}": OWNER_AND_ADMINS,
    "DELETE /api/v1/enterprises/{enterprise_id}/hazard-points/{item_id}": OWNER_AND_ADMINS,
    # -- identity codes and scans --
    "GET /api/v1/enterprises/{enterprise_id}/code.png": A_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/poster.png": A_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/risk-code.png": A_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/wxacode.png": A_AND_ITS_STAFF,
    "GET /api/v1/scan/{token}": EVERYONE,  # the view differs by role (tests/enterprises/test_scans_api.py)
    # -- public reports from a scanned code (docs/decisions/084; the street has them on): anybody reports, the
    # enterprise's staff read them, inspectors and admins in scope close them, the enterprise sees none --
    "POST /api/v1/scan/{token}/reports": EVERYONE,
    "GET /api/v1/public-reports": STAFF,  # each their subtree's
    "GET /api/v1/public-reports/{report_id}": STAFF_OF_A,
    "GET /api/v1/public-reports/{report_id}/photo": STAFF_OF_A,
    "POST /api/v1/public-reports/{report_id}/close": ADMINS | {INSPECTOR_IN},
    "GET /api/v1/street-config": STAFF,
    "PATCH /api/v1/street-config": CONFIGURERS,
    # -- uploads (A's user uploaded the file) --
    "POST /api/v1/uploads": SIGNED_IN,
    "GET /api/v1/uploads/{upload_id}": A_AND_ITS_STAFF,
    "GET /api/v1/uploads/{upload_id}/thumb": A_AND_ITS_STAFF,
    # -- inbox, subscriptions, dead letters, notices --
    "GET /api/v1/inbox": SIGNED_IN,  # each their own
    "POST /api/v1/inbox/{message_id}/read": frozenset({ENTERPRISE_A}),  # the message is A's user's
    "GET /api/v1/notify/subscriptions": SIGNED_IN,
    "POST /api/v1/notify/subscriptions": SIGNED_IN,
    "GET /api/v1/notify/dead-letters": OPERATORS,  # payloads of every region
    "POST /api/v1/notify/dead-letters/{delivery_id}/replay": OPERATORS,
    # -- operations: the audit trail and the jobs' status (rows of every region) --
    "GET /api/v1/audit": OPERATORS,
    "GET /api/v1/ops/status": OPERATORS,
    "POST /api/v1/notices": ADMINS,
    "POST /api/v1/notices/preview": ADMINS,
    "GET /api/v1/notices": STAFF | ENTERPRISES,  # staff: published in their subtree, enterprises: sent to them
    # The notice was published by the street admin to A's grid: staff see what their subtree published.
    # The community's admin is below the street that published it: not theirs.
    "GET /api/v1/notices/{notice_id}": frozenset({ENTERPRISE_A, COMMAND, ADMIN, TOP_ADMIN, SYSTEM_ADMIN}),
    "POST /api/v1/notices/{notice_id}/read": frozenset({ENTERPRISE_A}),
    # -- check-item library and templates --
    "GET /api/v1/check-items": SIGNED_IN,
    "POST /api/v1/check-items": CONFIGURERS,
    "POST /api/v1/check-items/{item_id}/retire": CONFIGURERS,
    "PATCH /api/v1/check-items/{item_id}": CONFIGURERS,
    "GET /api/v1/templates": SIGNED_IN,
    "POST /api/v1/templates": CONFIGURERS,
    "PATCH /api/v1/templates/{template_id}": CONFIGURERS,
    # -- inspections: A's draft was started by A's inspector, and only its inspector fills and submits it --
    "POST /api/v1/inspections": ADMINS | {INSPECTOR_IN},
    "PUT /api/v1/inspections/{inspection_id}/items/{item_id}": frozenset({INSPECTOR_IN}),
    "POST /api/v1/inspections/{inspection_id}/submit": frozenset({INSPECTOR_IN}),
    "POST /api/v1/inspections/{inspection_id}/items": frozenset({INSPECTOR_IN}),
    "POST /api/v1/inspections/{inspection_id}/findings": frozenset({INSPECTOR_IN}),
    # A draft is given up by its inspector or an admin in scope; command staff see it but do not cancel it.
    "POST /api/v1/inspections/{inspection_id}/cancel": ADMINS | {INSPECTOR_IN},
    "GET /api/v1/inspections": STAFF | ENTERPRISES,  # each sees their own or their subtree's
    "GET /api/v1/inspections/{inspection_id}": A_AND_ITS_STAFF,
    # -- printed records (records/): read as the inspection is; the enterprise's side signs on its own phone or
    # the inspector's (the call: a refusal before a witness on a fresh submitted inspection of A) --
    "POST /api/v1/inspections/{inspection_id}/signatures": ADMINS | {INSPECTOR_IN, ENTERPRISE_A},
    "GET /api/v1/inspections/{inspection_id}/signatures": A_AND_ITS_STAFF,
    "GET /api/v1/inspections/{inspection_id}/documents": A_AND_ITS_STAFF,
    "GET /api/v1/inspections/{inspection_id}/record.pdf": A_AND_ITS_STAFF,
    "GET /api/v1/inspections/{inspection_id}/rectification-notice.pdf": A_AND_ITS_STAFF,
    "GET /api/v1/inspections/{inspection_id}/review.pdf": A_AND_ITS_STAFF,
    "GET /api/v1/posters.pdf": STAFF_OF_A,  # ?enterprise_ids= A: staff whose scope holds it
    # -- hazards: the enterprise fixes, inspectors and admins verify --
    "GET /api/v1/hazards": STAFF | ENTERPRISES,
    "GET /api/v1/hazards/{hazard_id}": A_AND_ITS_STAFF,
    "PATCH /api/v1/hazards/{hazard_id}": frozenset({ENTERPRISE_A}),
    "POST /api/v1/hazards/{hazard_id}/rectify": frozenset({ENTERPRISE_A}),
    "POST /api/v1/hazards/{hazard_id}/verify": ADMINS | {INSPECTOR_IN},
    "POST /api/v1/hazards/{hazard_id}/extensions": frozenset({ENTERPRISE_A}),
    "POST /api/v1/hazards/{hazard_id}/extensions/{extension_id}/decide": ADMINS | {INSPECTOR_IN},
    "POST /api/v1/hazards/{hazard_id}/revise": ADMINS | {INSPECTOR_IN},
    # -- campaigns (a street campaign, not A's object: every staff member of the street sees it) --
    "POST /api/v1/campaigns": ADMINS,
    # Enterprise users see the campaigns that gave their enterprise a task, each with its task; the world's
    # campaign targets 餐饮, which A and B both are (tests/inspections/test_campaign_tasks.py: one not targeted is 404).
    "GET /api/v1/campaigns": STAFF | ENTERPRISES,
    "GET /api/v1/campaigns/{campaign_id}": STAFF | ENTERPRISES,
    "GET /api/v1/campaigns/{campaign_id}/tasks": STAFF,
    "POST /api/v1/campaigns/{campaign_id}/start": ENTERPRISES,
    # -- daily reports and statistics --
    "GET /api/v1/reports/form": SIGNED_IN,
    "PUT /api/v1/reports/form": CONFIGURERS,
    "POST /api/v1/reports": ENTERPRISES,  # each for their own enterprise
    "GET /api/v1/reports": STAFF | ENTERPRISES,
    "GET /api/v1/reports/missing": STAFF,
    "GET /api/v1/statistics/inspections": STAFF,
    # -- risk colour and scoring --
    "GET /api/v1/enterprises/{enterprise_id}/risk": A_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/risk/history": A_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/facts": A_AND_ITS_STAFF,  # the enterprise sees what its colour rests on
    "POST /api/v1/enterprises/{enterprise_id}/facts": ADMINS | {INSPECTOR_IN},
    "POST /api/v1/enterprises/{enterprise_id}/facts/{fact_id}/revoke": ADMINS | {INSPECTOR_IN},
    "POST /api/v1/enterprises/{enterprise_id}/risk/override": frozenset({SYSTEM_ADMIN}),  # no region: the whole system
    "GET /api/v1/scoring/rulesets": ADMINS,
    "GET /api/v1/scoring/rulesets/active": ADMINS,
    "POST /api/v1/scoring/rulesets": CONFIGURERS,
    "POST /api/v1/scoring/rulesets/{version}/activate": CONFIGURERS,
    "POST /api/v1/scoring/simulate": ADMINS,
    "GET /api/v1/scoring/inspections-due": STAFF,
    # -- command center (staff, scoped to their subtree) --
    "GET /api/v1/dashboard/summary": STAFF,
    "GET /api/v1/dashboard/map": STAFF,
    "POST /api/v1/dashboard/stream-ticket": STAFF,
    "GET /api/v1/dashboard/stream": STAFF,
    "GET /api/v1/dashboard/trend": STAFF,
    "GET /api/v1/dashboard/overdue": STAFF,
    "GET /api/v1/dashboard/awaiting-verification": STAFF,
    "GET /api/v1/dashboard/breakdown": STAFF,
    "GET /api/v1/dashboard/ranking": STAFF,
    "GET /api/v1/dashboard/board": STAFF,
    "GET /api/v1/dashboard/worsening": STAFF,
    # -- Excel exports: the lists' scope; the quarterly sheet for staff and for an enterprise's own row --
    "GET /api/v1/exports/enterprises.xlsx": STAFF,
    "GET /api/v1/exports/hazards.xlsx": STAFF | ENTERPRISES,
    "GET /api/v1/exports/inspections.xlsx": STAFF | ENTERPRISES,
    "GET /api/v1/exports/quarterly.xlsx": STAFF | ENTERPRISES,
    "GET /api/v1/exports/{kind}.xlsx": NOBODY,  # any other name: 404 EXPORT_KIND_UNKNOWN
}

# -- P: the registrant's pending enterprise (in A's grid) --
# The same routes called on P's objects instead of A's (tests/test_authz_matrix.py), pinning
# docs/decisions/091-registrant-sees-pending-enterprise.md: P's registrant sees P's own record and what is read
# through it, as P's staff do; nobody else outside the staff sees it; nobody but staff sees P's rows (inspections,
# hazards), not even its registrant; P's code does not resolve until P is approved.
P_AND_ITS_STAFF = STAFF_OF_A | {REGISTRANT}

PENDING_POLICY: dict[str, frozenset[str]] = {
    "GET /api/v1/enterprises/{enterprise_id}": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/nearby": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/personnel": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/documents": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/hazard-points": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/code.png": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/poster.png": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/wxacode.png": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/risk": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/risk/history": P_AND_ITS_STAFF,
    "GET /api/v1/enterprises/{enterprise_id}/scans": STAFF_OF_A,  # staff only, not the registrant either
    "PATCH /api/v1/enterprises/{enterprise_id}": ADMINS,  # the registrant waits for the review
    "POST /api/v1/enterprises/{enterprise_id}/personnel": ADMINS,
    "GET /api/v1/inspections/{inspection_id}": STAFF_OF_A,
    "GET /api/v1/hazards/{hazard_id}": STAFF_OF_A,
    "GET /api/v1/inspections/{inspection_id}/record.pdf": STAFF_OF_A,  # an inspection is a row: not the registrant's
    "GET /api/v1/scan/{token}": NOBODY,  # 404 until approved
    "POST /api/v1/scan/{token}/reports": NOBODY,
    "GET /q/{token}": NOBODY,
}
