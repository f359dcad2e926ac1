// Generated from openapi.json by generate.mjs (openapi-typescript). Do not edit: run `make api-types`.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Healthz
         * @description 存活检查:进程在运行。
         */
        get: operations["healthz_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readyz
         * @description 就绪检查:能访问数据库;并报告后台任务进程是否在运行(不影响 API 是否就绪),以及每个后台任务在哪里运行
         *     (jobs:in-process 为本进程内,worker 为 jinyan worker 进程)。
         */
        get: operations["readyz_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login Wechat
         * @description 小程序登录:wx.login 的 code 换取本系统的令牌;带邀请码时绑定到被邀请的账号。
         */
        post: operations["login_wechat_api_v1_auth_wechat_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login Password
         * @description 网页登录(街道管理员、指挥中心)。
         */
        post: operations["login_password_api_v1_auth_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem Password Reset
         * @description 用管理员生成的一次性重置码设置新密码并登录。
         */
        post: operations["redeem_password_reset_api_v1_auth_password_reset_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh Token
         * @description 续期:用有效的令牌换一个新令牌(值班大屏保持登录);自最初登录起超过 SESSION_MAX_DAYS 天须重新登录。
         */
        post: operations["refresh_token_api_v1_auth_refresh_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description 退出登录:本账号在所有设备上的令牌立即失效。
         */
        post: operations["logout_api_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Password
         * @description 修改密码:其他设备上的登录立即失效;本次返回新的令牌,原令牌也随之失效。
         */
        post: operations["change_password_api_v1_me_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Me */
        get: operations["me_api_v1_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description 管理员:辖区内的工作人员和企业账号;企业用户:本企业的同事。
         */
        get: operations["list_users_api_v1_users_get"];
        put?: never;
        /**
         * Create User
         * @description 管理员创建工作人员或企业账号,返回用于绑定微信的邀请码(只显示这一次)。
         */
        post: operations["create_user_api_v1_users_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update User
         * @description 修改姓名、角色或负责区域;角色或区域变更后该账号的登录立即失效。
         */
        patch: operations["update_user_api_v1_users__user_id__patch"];
        trace?: never;
    };
    "/api/v1/users/{user_id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate User
         * @description 停用账号(管理员;或企业用户移除本企业的同事):立即失效,不能再登录。
         */
        post: operations["deactivate_user_api_v1_users__user_id__deactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate User */
        post: operations["reactivate_user_api_v1_users__user_id__reactivate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/unbind-wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unbind Wechat
         * @description 解除微信绑定(手机丢失或转交);该账号的登录立即失效,需用新邀请码重新绑定。
         */
        post: operations["unbind_wechat_api_v1_users__user_id__unbind_wechat_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue Invite
         * @description 为尚未绑定微信的账号(新建后邀请码过期,或解绑微信后)重新生成邀请码,只显示这一次;此前的邀请码随即失效。
         *     已绑定微信的账号请先解绑,停用的账号请先启用。
         */
        post: operations["issue_invite_api_v1_users__user_id__invite_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{user_id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset Password
         * @description 生成一次性重置码(只显示这一次):原密码和登录立即失效,本人用重置码设置新密码。管理员不设置密码。
         */
        post: operations["reset_password_api_v1_users__user_id__reset_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Regions
         * @description 辖区树(区县 → 街道 → 社区 → 网格);工作人员只看到自己负责的子树。每个区域带其边界(如已设置)。
         */
        get: operations["list_regions_api_v1_regions_get"];
        put?: never;
        /** Create Region */
        post: operations["create_region_api_v1_regions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{region_id}/boundary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置区域边界(GeoJSON,GCJ-02)
         * @description 上级区域或顶层区域的管理员设置(`boundary: null` 清除)该区域的边界,指挥中心大屏以此为底图。
         */
        put: operations["set_region_boundary_api_v1_regions__region_id__boundary_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionaries/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Industries
         * @description 行业字典(GB/T 4754-2017 门类):登记、导入、通知和专项任务的行业可填编码、名称或同义词,保存为名称。
         */
        get: operations["industries_api_v1_dictionaries_industries_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dictionaries/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories
         * @description 企业类别字典:规上 / 规下 / 九小场所。
         */
        get: operations["categories_api_v1_dictionaries_categories_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Enterprises */
        get: operations["list_enterprises_api_v1_enterprises_get"];
        put?: never;
        /**
         * Register Enterprise
         * @description 管理员登记企业(立即生效);微信用户登记自己的企业(待街道审核)。
         */
        post: operations["register_enterprise_api_v1_enterprises_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Enterprise */
        get: operations["get_enterprise_api_v1_enterprises__enterprise_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Enterprise
         * @description 修改企业信息;带 version 时若已被他人修改则返回 409。
         */
        patch: operations["update_enterprise_api_v1_enterprises__enterprise_id__patch"];
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve Enterprise
         * @description 审核通过:企业生效,登记人成为该企业的安全管理员。
         */
        post: operations["approve_enterprise_api_v1_enterprises__enterprise_id__approve_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject Enterprise */
        post: operations["reject_enterprise_api_v1_enterprises__enterprise_id__reject_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nearby
         * @description 周边企业,由近及远:名称、行业、距离;风险颜色仅辖区工作人员可见(街道开启 NEARBY_SHOWS_COLOR 时企业也可见)。
         */
        get: operations["nearby_api_v1_enterprises__enterprise_id__nearby_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/code/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reissue Code
         * @description 重新生成身份码:旧码从此返回 410,须重新打印张贴。
         */
        post: operations["reissue_code_api_v1_enterprises__enterprise_id__code_reissue_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import Enterprises
         * @description 按模板批量导入企业(.xlsx):按统一社会信用代码新增或更新;每个错误行报告行号、列和原因,错误行不写入。
         */
        post: operations["import_enterprises_api_v1_enterprises_import_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/import/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Import Template
         * @description 下载企业导入模板。
         */
        get: operations["import_template_api_v1_enterprises_import_template_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/personnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安全管理人员列表 */
        get: operations["list_personnel_api_v1_enterprises__enterprise_id__personnel_get"];
        put?: never;
        /** 新增安全管理人员 */
        post: operations["add_personnel_api_v1_enterprises__enterprise_id__personnel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/personnel/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除安全管理人员 */
        delete: operations["delete_personnel_api_v1_enterprises__enterprise_id__personnel__item_id__delete"];
        options?: never;
        head?: never;
        /** 修改安全管理人员 */
        patch: operations["update_personnel_api_v1_enterprises__enterprise_id__personnel__item_id__patch"];
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 安全制度与预案列表 */
        get: operations["list_documents_api_v1_enterprises__enterprise_id__documents_get"];
        put?: never;
        /** 新增安全制度与预案 */
        post: operations["add_documents_api_v1_enterprises__enterprise_id__documents_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/documents/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除安全制度与预案 */
        delete: operations["delete_documents_api_v1_enterprises__enterprise_id__documents__item_id__delete"];
        options?: never;
        head?: never;
        /** 修改安全制度与预案 */
        patch: operations["update_documents_api_v1_enterprises__enterprise_id__documents__item_id__patch"];
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/hazard-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险点位列表 */
        get: operations["list_hazard_points_api_v1_enterprises__enterprise_id__hazard_points_get"];
        put?: never;
        /** 新增风险点位 */
        post: operations["add_hazard_points_api_v1_enterprises__enterprise_id__hazard_points_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/hazard-points/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 删除风险点位 */
        delete: operations["delete_hazard_points_api_v1_enterprises__enterprise_id__hazard_points__item_id__delete"];
        options?: never;
        head?: never;
        /** 修改风险点位 */
        patch: operations["update_hazard_points_api_v1_enterprises__enterprise_id__hazard_points__item_id__patch"];
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/documents/{document_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核验安全制度文件
         * @description 辖区检查员或管理员核验企业上传的文件:通过,或不通过并说明原因。未核验的文件按评分规则折算计分。
         */
        post: operations["verify_document_api_v1_enterprises__enterprise_id__documents__document_id__verify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/code.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Code Png
         * @description 身份码图片(纠错等级 Q)。
         */
        get: operations["code_png_api_v1_enterprises__enterprise_id__code_png_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/poster.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poster Png
         * @description A5 张贴海报(300 dpi):身份码、企业名称、所属网格和扫码说明。
         */
        get: operations["poster_png_api_v1_enterprises__enterprise_id__poster_png_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/risk-code.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Risk Code Png
         * @description 当前风险码:按红、黄、绿着色的身份码,附分数段、评定日期、企业名称和统一社会信用代码;人工认定期间标明"人工认定"。
         */
        get: operations["risk_code_png_api_v1_enterprises__enterprise_id__risk_code_png_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/wxacode.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wxacode Png
         * @description 小程序码(getwxacodeunlimit):首次请求时向微信生成并保存,之后直接返回保存的图片。
         */
        get: operations["wxacode_png_api_v1_enterprises__enterprise_id__wxacode_png_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scan/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scan
         * @description 扫描身份码:公众看到企业名片和风险颜色(街道开通时可反映问题,见 reporting_enabled);辖区检查员看到完整档案、
         *     未销号隐患并可发起检查;企业看到自己的档案和隐患。
         */
        get: operations["scan_api_v1_scan__token__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 扫码记录
         * @description 谁在何时扫了该企业的身份码(最新的在前):登录者的姓名和角色,公众扫码只记 IP。只有辖区工作人员可见。
         */
        get: operations["scan_history_api_v1_enterprises__enterprise_id__scans_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scan/{token}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report Problem
         * @description 扫码反映问题(街道开通后):不需要登录。文字必填,可附一张照片和联系方式;提交后通知该企业所在辖区的检查员和管理员。
         *     企业看不到反映内容和反映人。
         */
        post: operations["report_problem_api_v1_scan__token__reports_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Public Reports
         * @description 辖区内企业收到的群众反映,新的在前。只有街道工作人员可见。
         */
        get: operations["list_public_reports_api_v1_public_reports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public-reports/{report_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Public Report */
        get: operations["get_public_report_api_v1_public_reports__report_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public-reports/{report_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close Public Report
         * @description 辖区检查员或管理员写明处理情况后办结;办结后不能再次办结。
         */
        post: operations["close_public_report_api_v1_public_reports__report_id__close_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public-reports/{report_id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public Report Photo
         * @description 反映所附的照片;可见范围同反映本身。
         */
        get: operations["public_report_photo_api_v1_public_reports__report_id__photo_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/street-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Street Config
         * @description 全街道的开关(如扫码反映问题)。街道工作人员可见。
         */
        get: operations["get_street_config_api_v1_street_config_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Street Config
         * @description 修改全街道的开关:只有顶层区域的管理员可以修改。
         */
        patch: operations["update_street_config_api_v1_street_config_patch"];
        trace?: never;
    };
    "/api/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Upload
         * @description 上传图片(JPEG/PNG/WebP)或 PDF。按文件内容识别类型;图片只保留拍摄方向和拍摄时间,并生成缩略图。
         */
        post: operations["create_upload_api_v1_uploads_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{upload_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Upload
         * @description 文件内容。上传者本人、同企业用户、辖区覆盖该企业的工作人员可见;其他人得到 404。
         */
        get: operations["read_upload_api_v1_uploads__upload_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{upload_id}/thumb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Upload Thumbnail
         * @description 图片的缩略图;PDF 没有缩略图(404)。可见范围同原文件。
         */
        get: operations["read_upload_thumbnail_api_v1_uploads__upload_id__thumb_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Inbox
         * @description 我的站内消息,最新的在前;`unread=true` 只看未读。
         */
        get: operations["list_inbox_api_v1_inbox_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbox/{message_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read Inbox Message
         * @description 标记一条消息为已读。
         */
        post: operations["read_inbox_message_api_v1_inbox__message_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notify/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Subscriptions
         * @description 我还可以收到的微信订阅消息次数,以及各消息类型的模板 id。
         */
        get: operations["get_subscriptions_api_v1_notify_subscriptions_get"];
        put?: never;
        /**
         * Report Subscriptions
         * @description 小程序在 wx.requestSubscribeMessage 之后上报用户同意的消息类型,每个同意可下发一条。
         */
        post: operations["report_subscriptions_api_v1_notify_subscriptions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notify/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Dead Letters
         * @description 多次重试仍失败的投递(死信):每个事件的每个处理器各自重试、各自成为死信。死信含各区域的数据:
         *     只有管辖全部区域的管理员(系统管理员,或唯一顶层区域的管理员)可以查看和重新投递。
         */
        get: operations["list_dead_letters_api_v1_notify_dead_letters_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notify/dead-letters/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay Dead Letter
         * @description 重新投递一条死信;已送达的部分不会重复发送。
         */
        post: operations["replay_dead_letter_api_v1_notify_dead_letters__delivery_id__replay_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Notice
         * @description 预览接收范围:按此范围发布时将有多少家企业收到(不写入任何数据)。
         */
        post: operations["preview_notice_api_v1_notices_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Notices
         * @description 工作人员看本辖区发布的通知;企业看发给本企业的通知。
         */
        get: operations["list_notices_api_v1_notices_get"];
        put?: never;
        /**
         * Publish Notice
         * @description 发布通知:按行业、类别、区域和/或地图圈选确定接收企业,发布时即确定。
         */
        post: operations["publish_notice_api_v1_notices_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{notice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Notice
         * @description 通知详情;工作人员可看到哪些企业已读、哪些未读。
         */
        get: operations["get_notice_api_v1_notices__notice_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{notice_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read Notice
         * @description 企业确认已阅读通知(首次阅读记为本企业的回执)。
         */
        post: operations["read_notice_api_v1_notices__notice_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Check Items
         * @description 检查项库(预置 + 街道自定义),可按类别、行业筛选,按文字搜索(检查员添加检查项时选用)。
         */
        get: operations["list_check_items_api_v1_check_items_get"];
        put?: never;
        /**
         * Add Check Item
         * @description 管理员新增检查项。
         */
        post: operations["add_check_item_api_v1_check_items_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-items/{item_id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire Check Item
         * @description 管理员停用检查项;已有检查记录不受影响。
         */
        post: operations["retire_check_item_api_v1_check_items__item_id__retire_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Check Item
         * @description 顶层区域的管理员修改检查项(内容、依据、严重程度、整改期限、拍照要求、适用范围;编号不变)。只影响此后
         *     新开的检查表,已开始填写和已提交的检查表保留当时的内容;预置检查项的适用范围不能修改。
         */
        patch: operations["update_check_item_api_v1_check_items__item_id__patch"];
        trace?: never;
    };
    "/api/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Templates
         * @description 检查表模板。
         */
        get: operations["list_templates_api_v1_templates_get"];
        put?: never;
        /**
         * Create Template
         * @description 管理员创建检查表模板(有序的检查项集合,可指定适用行业、类别)。
         */
        post: operations["create_template_api_v1_templates_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Template
         * @description 顶层区域的管理员修改检查表模板:名称、有序的检查项(整体替换)、适用行业和类别。已开始的检查表不受影响。
         */
        patch: operations["update_template_api_v1_templates__template_id__patch"];
        trace?: never;
    };
    "/api/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Inspections
         * @description 检查记录列表。
         */
        get: operations["list_inspections_api_v1_inspections_get"];
        put?: never;
        /**
         * Start Inspection
         * @description 扫码(或按企业)发起检查,生成电子检查表。须携带 Idempotency-Key,重试不会重复创建。
         *     街道检查按 INSPECTION_PRESENCE_POLICY 核对是否在企业现场(距离超过 INSPECTION_MAX_DISTANCE_M 记为远离企业)。
         */
        post: operations["start_inspection_api_v1_inspections_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record Result
         * @description 填写一项检查结果:合格 / 不合格 / 不适用。
         */
        put: operations["record_result_api_v1_inspections__inspection_id__items__item_id__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Items
         * @description 检查员向自己填写中的检查表添加检查库中的检查项;已在表中的检查项不能重复添加。
         */
        post: operations["add_items_api_v1_inspections__inspection_id__items_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Finding
         * @description 随手拍:记录检查表以外发现的问题(文字、照片、严重程度、整改期限),提交时与不合格项一样生成隐患。
         */
        post: operations["add_finding_api_v1_inspections__inspection_id__findings_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Inspection
         * @description 作废填写中的检查(须说明原因);只有发起的检查员或辖区管理员可以作废,已提交的检查不能作废。
         */
        post: operations["cancel_inspection_api_v1_inspections__inspection_id__cancel_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit Inspection
         * @description 提交检查:每个不合格项生成一条隐患并推送给企业,企业负责人收到一条完整的检查结果。
         *     弱网时可一次提交全部答案(answers,照片先上传后按 id 引用;rest_passed 表示其余各项合格),须携带
         *     Idempotency-Key,全部成功或全部不写入。
         */
        post: operations["submit_inspection_api_v1_inspections__inspection_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Inspection
         * @description 完整的电子检查表。
         */
        get: operations["get_inspection_api_v1_inspections__inspection_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hazards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Hazards
         * @description 隐患台账。
         */
        get: operations["list_hazards_api_v1_hazards_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hazards/{hazard_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Hazard
         * @description 隐患详情和处理时间线。
         */
        get: operations["get_hazard_api_v1_hazards__hazard_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Hazard Ledger
         * @description 企业填写隐患台账"五定"内容;重大隐患填写治理方案。
         */
        patch: operations["update_hazard_ledger_api_v1_hazards__hazard_id__patch"];
        trace?: never;
    };
    "/api/v1/hazards/{hazard_id}/rectify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rectify
         * @description 企业提交整改(说明和整改后照片);重大隐患须先填写治理方案。
         */
        post: operations["rectify_api_v1_hazards__hazard_id__rectify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hazards/{hazard_id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify
         * @description 检查员复查:通过则销号,驳回则退回企业重新整改。
         */
        post: operations["verify_api_v1_hazards__hazard_id__verify_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hazards/{hazard_id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Extension
         * @description 企业申请延期(延期申请):新的整改期限(须晚于当前期限)和原因;同一隐患一次只能有一个待审批的申请。
         */
        post: operations["request_extension_api_v1_hazards__hazard_id__extensions_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hazards/{hazard_id}/extensions/{extension_id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide Extension
         * @description 检查员或管理员审批延期申请:批准(可另定晚于当前期限的日期)或不批准(须说明原因)。
         */
        post: operations["decide_extension_api_v1_hazards__hazard_id__extensions__extension_id__decide_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hazards/{hazard_id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revise Hazard
         * @description 检查员或管理员修改待整改隐患的整改期限或严重程度(须说明原因);改为重大隐患后须先制定治理方案才能提交整改。
         */
        post: operations["revise_hazard_api_v1_hazards__hazard_id__revise_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Campaigns
         * @description 专项任务列表(最近 100 个)。企业用户只看到本企业的任务,每项带 task(状态 open/done/overdue、截止日期、
         *     检查表),可按 status 筛选;街道工作人员看到进度。
         */
        get: operations["list_campaigns_api_v1_campaigns_get"];
        put?: never;
        /**
         * Publish Campaign
         * @description 管理员发布专项任务:检查表模板、目标(行业、类别、区域)和截止日期。
         */
        post: operations["publish_campaign_api_v1_campaigns_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaign_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Campaign
         * @description 专项任务:街道工作人员看到进度(目标企业数、已提交、逾期未提交),企业用户看到本企业的任务。
         */
        get: operations["get_campaign_api_v1_campaigns__campaign_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaign_id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Campaign Tasks
         * @description 专项任务逐企业进度(辖区内的目标企业):状态、检查表、提交时间,可按 status 筛选。
         */
        get: operations["list_campaign_tasks_api_v1_campaigns__campaign_id__tasks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{campaign_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Campaign Task
         * @description 企业从专项任务开始填写任务检查表(专项任务的模板)。须携带 Idempotency-Key;任务已完成或已有填写中的
         *     检查表时为 409(detail 给出检查表 id)。
         */
        post: operations["start_campaign_task_api_v1_campaigns__campaign_id__start_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Report Form
         * @description 日常报送表的问题。
         */
        get: operations["get_report_form_api_v1_reports_form_get"];
        /**
         * Set Report Form
         * @description 管理员配置日常报送表。
         */
        put: operations["set_report_form_api_v1_reports_form_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Reports
         * @description 日常报送记录。
         */
        get: operations["list_reports_api_v1_reports_get"];
        put?: never;
        /**
         * Submit Report
         * @description 企业日常报送(每天一次)。可补报最近 REPORT_BACKFILL_DAYS 天(默认 7 天)内漏报的日期,不能早于企业登记日期。
         */
        post: operations["submit_report_api_v1_reports_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Missing Reports
         * @description 当天(或指定日期)未报送的企业,供街道督促。
         */
        get: operations["missing_reports_api_v1_reports_missing_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inspection Statistics
         * @description 检查与隐患统计:检查次数、推送隐患、销号、整改率(到期隐患中已销号的比例),按时段和下级区域。
         */
        get: operations["inspection_statistics_api_v1_statistics_inspections_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Signatures
         * @description 该检查文书上的签字和拒签记录。
         */
        get: operations["list_signatures_api_v1_inspections__inspection_id__signatures_get"];
        put?: never;
        /**
         * Record Signature
         * @description 在检查文书上签字:先以 POST /uploads 上传手写签名图片(PNG),再提交签名信息;或记录拒签(须填写见证人)。
         *     stage=inspection 用于提交检查后(现场检查记录、整改通知书),stage=review 用于复查后(复查意见书)。
         *     每一方每个阶段只能签一次。
         */
        post: operations["record_signature_api_v1_inspections__inspection_id__signatures_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Documents
         * @description 该检查的三种文书:是否可出具、下载地址,以及已打印文书的文号和核验地址(查询本身不生成文号)。
         */
        get: operations["list_documents_api_v1_inspections__inspection_id__documents_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/record.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Record Pdf
         * @description 安全生产现场检查记录(PDF):企业、场所、时间、检查人员、每一项检查结果、发现的问题及照片、双方签字、核验二维码。
         *     首次打印时编号(如 金雁安检〔2026〕第0082号),此后不变。
         */
        get: operations["record_pdf_api_v1_inspections__inspection_id__record_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/rectification-notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rectification Notice Pdf
         * @description 事故隐患整改通知书(PDF):每条隐患的描述、依据、等级、整改期限,重大隐患的治理方案要求;未发现隐患时 404。
         */
        get: operations["rectification_notice_pdf_api_v1_inspections__inspection_id__rectification_notice_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{inspection_id}/review.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Review Pdf
         * @description 整改复查意见书(PDF):每条隐患的整改情况、整改前后照片对比、复查意见;尚无复查过的隐患时 404。
         */
        get: operations["review_pdf_api_v1_inspections__inspection_id__review_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posters.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Posters Pdf
         * @description 批量打印企业身份码张贴海报:指定区域(其下全部正常营业的企业)或企业编号,每张 A4 两份 A5 海报。
         */
        get: operations["posters_pdf_api_v1_posters_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 企业当前风险码及评分依据
         * @description 颜色、得分、各项得分与扣分、否决项(含触发它的事实记录及依据)、改进建议;人工认定期间标明认定及其截止时间。
         */
        get: operations["get_risk_api_v1_enterprises__enterprise_id__risk_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 否决事实记录
         * @description 辖区工作人员和企业本身可查看:事故、瞒报、失信、无证经营、拒绝检查等记录(含已撤销)。
         */
        get: operations["list_facts_api_v1_enterprises__enterprise_id__facts_get"];
        put?: never;
        /**
         * 记录否决事实
         * @description 辖区检查员或管理员记录一项事实(种类、发生日期、事由、证据),对应的否决项立即生效。检查员在门口被拒绝检查时,
         *     扫码后以 kind=refused_inspection 记录。
         */
        post: operations["record_fact_api_v1_enterprises__enterprise_id__facts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/facts/{fact_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销否决事实
         * @description 撤销误记的事实:颜色立即按未记录时重新评定,不受防抖规则的延迟。
         */
        post: operations["revoke_fact_api_v1_enterprises__enterprise_id__facts__fact_id__revoke_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/risk/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 人工认定风险颜色
         * @description 仅系统管理员:在截止时间前以认定的颜色显示(须说明原因,最长一年),到期自动恢复按规则评定的颜色。
         */
        post: operations["override_risk_api_v1_enterprises__enterprise_id__risk_override_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{enterprise_id}/risk/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险码历史 */
        get: operations["risk_history_api_v1_enterprises__enterprise_id__risk_history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/rulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 评分规则版本列表
         * @description 每个版本及其保存人、保存时间、最近一次启用的人和时间,最新的在前。
         */
        get: operations["list_rulesets_api_v1_scoring_rulesets_get"];
        put?: never;
        /**
         * 保存新版本评分规则
         * @description 保存为新版本(不立即生效);只有顶层区域的管理员可以。不合法的规则返回 422 RULESET_INVALID,逐项列出原因。
         */
        post: operations["create_ruleset_api_v1_scoring_rulesets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/rulesets/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 当前启用的评分规则（含出厂默认）
         * @description 现行规则、当前用户能否修改(只有顶层区域的管理员),以及规则可用的否决项和文件类型。
         */
        get: operations["active_ruleset_api_v1_scoring_rulesets_active_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/rulesets/{version}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 启用某版本评分规则
         * @description 启用后,各企业的颜色在下次评分(每晚或 jinyan rescore)时按此版本更新。
         */
        post: operations["activate_ruleset_api_v1_scoring_rulesets__version__activate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 试算评分规则草案（不写入）
         * @description 按草案为辖区内每家企业评分,与其现在显示的颜色比较:多少家会变、哪些、为什么(与现行规则逐项对比),
         *     以及草案修改了哪些参数。不写入任何数据。
         */
        post: operations["simulate_api_v1_scoring_simulate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scoring/inspections-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按风险颜色应检企业
         * @description 按风险颜色确定的检查频次(红码每月、黄码每季、绿码每半年),列出已到期或将在指定天数内到期的企业。
         */
        get: operations["inspections_due_api_v1_scoring_inspections_due_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指挥中心总览 */
        get: operations["summary_api_v1_dashboard_summary_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业风险地图(GeoJSON) */
        get: operations["enterprise_map_api_v1_dashboard_map_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/stream-ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取实时事件流的一次性凭证
         * @description 有效期很短且只能使用一次:取得后立即用于 `GET /dashboard/stream?ticket=`。
         */
        post: operations["stream_ticket_api_v1_dashboard_stream_ticket_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 实时事件流(SSE):risk_changed、hazard_created、hazard_closed
         * @description Resumes after `Last-Event-ID` (the outbox id), or `?after=` when the page reconnects with a new ticket
         *     (a ticket is single-use, so EventSource's own reconnect cannot carry on). `after` is an event id as the header
         *     carries it, read the same lenient way (an unusable one starts afresh). A comment line every few seconds keeps
         *     proxies open.
         */
        get: operations["live_stream_api_v1_dashboard_stream_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 隐患每日发现与闭环趋势 */
        get: operations["trend_api_v1_dashboard_trend_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 逾期隐患(逾期最久在前) */
        get: operations["overdue_api_v1_dashboard_overdue_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/awaiting-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待复查隐患(等待最久在前)
         * @description 企业已提交整改、等待街道复查的隐患及其等待天数:这是街道的队列,不计为企业逾期。
         */
        get: operations["awaiting_verification_api_v1_dashboard_awaiting_verification_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 按区域、行业或类别分组统计
         * @description `by=region` groups by the regions directly under the one asked for (or the caller's own).
         */
        get: operations["breakdown_api_v1_dashboard_breakdown_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 风险分进步与退步排名(奖惩参考) */
        get: operations["ranking_api_v1_dashboard_ranking_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 比学赶超月度榜(按社区)
         * @description 每个社区本月转为绿码、进步最大、始终保持绿码的企业,依据风险码历史(人工认定期间按认定颜色)。
         */
        get: operations["monthly_board_api_v1_dashboard_board_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard/worsening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 若不处置,即将变差的企业
         * @description Hazard deadlines and document or certificate expiries ahead, evaluated with the active scoring rules.
         */
        get: operations["worsening_api_v1_dashboard_worsening_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/enterprises.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Enterprises
         * @description 企业名录导出,筛选条件同企业列表;仅街道工作人员,范围为其辖区。
         */
        get: operations["export_enterprises_api_v1_exports_enterprises_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/hazards.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Hazards
         * @description 隐患台账导出,筛选条件同隐患列表;企业只导出本企业的隐患。
         */
        get: operations["export_hazards_api_v1_exports_hazards_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/inspections.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Inspections
         * @description 检查记录导出,筛选条件同检查记录列表;企业只导出本企业的记录。
         */
        get: operations["export_inspections_api_v1_exports_inspections_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/quarterly.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Quarterly
         * @description 季度事故隐患排查治理情况统计分析表(16号令第十四条):每家企业一行并有合计行;尚未开始的季度返回 422。
         */
        get: operations["export_quarterly_api_v1_exports_quarterly_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{kind}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Unknown Export
         * @description 其余名称:404 EXPORT_KIND_UNKNOWN,并列出可导出的种类。
         */
        get: operations["unknown_export_api_v1_exports__kind__xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 审计记录
         * @description 最新的在前,按对象、操作人、操作和日期筛选;每条记录附本页的签名与链接校验结果。
         */
        get: operations["search_audit_api_v1_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 后台任务状态
         * @description /readyz 报告的内容再加上:每个后台任务在哪里运行、间隔、上次运行时间(能得知时),worker 进程的心跳,
         *     以及消息队列的积压和死信数。
         */
        get: operations["operations_status_api_v1_ops_status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ActiveRulesetRead
         * @description Version 0 is the shipped default, in force until an admin activates a stored version.
         */
        ActiveRulesetRead: {
            /** Version */
            version: number;
            /** Body */
            body: {
                [key: string]: unknown;
            };
            /**
             * May Edit
             * @description 当前用户能否修改全街道的评分规则(顶层区域的管理员)
             * @default false
             */
            may_edit: boolean;
            vocabulary?: components["schemas"]["RulesetVocabulary"] | null;
        };
        /** AdviceRead */
        AdviceRead: {
            /** Action */
            action: string;
            /** Gain */
            gain: number;
            /**
             * Lifts
             * @default
             */
            lifts: string;
            /**
             * Rule
             * @description 对应的评分项或否决项
             * @default
             */
            rule: string;
        };
        /** AnswerWrite */
        AnswerWrite: {
            result: components["schemas"]["ItemResult"];
            /**
             * Note
             * @default
             */
            note: string;
            /**
             * Photo Ids
             * @default []
             */
            photo_ids: number[];
            severity?: components["schemas"]["Severity"] | null;
            /** Deadline */
            deadline?: string | null;
            /** Item Id */
            item_id: number;
        };
        /** AuditEntryRead */
        AuditEntryRead: {
            /** Seq */
            seq: number;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Actor User Id */
            actor_user_id: number | null;
            /**
             * Actor Name
             * @description 操作人姓名;系统操作或账号已删除时为空
             */
            actor_name: string | null;
            /** Actor Role */
            actor_role: string;
            /** Ip */
            ip: string | null;
            /** Request Id */
            request_id: string | null;
            /** Action */
            action: string;
            /** Object Type */
            object_type: string;
            /** Object Id */
            object_id: string | null;
            /** Before */
            before?: unknown;
            /** After */
            after?: unknown;
            /**
             * Intact
             * @description 本条记录签名校验通过,且与前一条记录相接
             */
            intact: boolean;
            /**
             * Problems
             * @description 校验发现的问题
             * @default []
             */
            problems: string[];
        };
        /** AuditPage */
        AuditPage: {
            /** Items */
            items: components["schemas"]["AuditEntryRead"][];
            /**
             * Has More
             * @description 是否还有更早的记录
             */
            has_more: boolean;
            /**
             * Next Before Seq
             * @description 下一页(更早的记录)传入 before_seq 的值
             */
            next_before_seq: number | null;
            /**
             * Checked
             * @description 本页校验的记录数
             */
            checked: number;
            /**
             * Broken
             * @description 本页未通过校验的记录数;完整校验请运行 jinyan audit verify
             */
            broken: number;
        };
        /** AwaitingVerification */
        AwaitingVerification: {
            /** Id */
            id: number;
            /** Title */
            title: string;
            /** Severity */
            severity: string;
            /** Status */
            status: string;
            /**
             * Status Label
             * @description 待复查
             */
            status_label: string;
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /**
             * Submitted At
             * Format: date-time
             * @description 企业提交整改的时间
             */
            submitted_at: string;
            /**
             * Waiting Days
             * @description 已等待复查的天数
             */
            waiting_days: number;
            /**
             * Submitted In Time
             * @description 整改是否在期限内提交
             */
            submitted_in_time: boolean;
            /** Enterprise Id */
            enterprise_id: number;
            /** Enterprise Name */
            enterprise_name: string;
            /** Grid */
            grid: string;
            /** Inspector Id */
            inspector_id: number | null;
        };
        /** AwaitingVerificationPage */
        AwaitingVerificationPage: {
            /**
             * Items
             * @description 待复查的隐患,等待最久的在前
             */
            items: components["schemas"]["AwaitingVerification"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** BoardCommunity */
        BoardCommunity: {
            /** Region Id */
            region_id: number;
            /** Name */
            name: string;
            /**
             * Turned Green
             * @description 本月转为绿码
             */
            turned_green: components["schemas"]["RankedEnterprise"][];
            /**
             * Improved Most
             * @description 本月进步最大(得分提高最多)
             */
            improved_most: components["schemas"]["RankedEnterprise"][];
            /**
             * Stayed Green
             * @description 本月始终保持绿码
             */
            stayed_green: components["schemas"]["RankedEnterprise"][];
        };
        /** BoardRead */
        BoardRead: {
            /**
             * Month
             * @description YYYY-MM
             */
            month: string;
            period: components["schemas"]["PeriodRead"];
            /**
             * Communities
             * @description 按社区的比学赶超榜
             */
            communities: components["schemas"]["BoardCommunity"][];
        };
        /** Body_import_enterprises_api_v1_enterprises_import_post */
        Body_import_enterprises_api_v1_enterprises_import_post: {
            /** File */
            file: string;
        };
        /** BreakdownLine */
        BreakdownLine: {
            /** Dimension */
            dimension: string;
            /** Rule */
            rule: string;
            /** Points */
            points: number;
            /** Reason */
            reason: string;
        };
        /** BreakdownRead */
        BreakdownRead: {
            /** By */
            by: string;
            /** Items */
            items: components["schemas"]["BreakdownRow"][];
        };
        /** BreakdownRow */
        BreakdownRow: {
            /**
             * Key
             * @description 区域 id、行业或类别
             */
            key: string;
            /** Name */
            name: string;
            /** Enterprises */
            enterprises: number;
            colors: components["schemas"]["Colors"];
            /**
             * Hazards Open
             * @description 未闭环隐患
             */
            hazards_open: number;
            /**
             * Hazards Overdue
             * @description 其中已逾期
             */
            hazards_overdue: number;
        };
        /** CampaignCreate */
        CampaignCreate: {
            /** Title */
            title: string;
            /** Template Id */
            template_id: number;
            /** @default {
             *       "industries": [],
             *       "categories": [],
             *       "region_ids": [],
             *       "enterprise_ids": []
             *     } */
            target: components["schemas"]["CampaignTarget"];
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
        };
        /** CampaignProgress */
        CampaignProgress: {
            /** Targets */
            targets: number;
            /** Submitted */
            submitted: number;
            /** Overdue */
            overdue: number;
        };
        /** CampaignRead */
        CampaignRead: {
            /** Id */
            id: number;
            /** Title */
            title: string;
            /** Template Id */
            template_id: number;
            target: components["schemas"]["CampaignTarget"];
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            progress?: components["schemas"]["CampaignProgress"] | null;
            task?: components["schemas"]["TaskRead"] | null;
        };
        /**
         * CampaignStart
         * @description Start the task's checklist where the enterprise is (optional location, as for POST /inspections).
         */
        CampaignStart: {
            /** Lat */
            lat?: number | null;
            /** Lng */
            lng?: number | null;
        };
        /** CampaignTarget */
        CampaignTarget: {
            /**
             * Industries
             * @default []
             */
            industries: string[];
            /**
             * Categories
             * @default []
             */
            categories: string[];
            /**
             * Region Ids
             * @default []
             */
            region_ids: number[];
            /**
             * Enterprise Ids
             * @default []
             */
            enterprise_ids: number[];
        };
        /** CampaignTaskPage */
        CampaignTaskPage: {
            /** Items */
            items: components["schemas"]["CampaignTaskRow"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /**
         * CampaignTaskRow
         * @description One targeted enterprise's task, as the street follows a campaign's progress.
         */
        CampaignTaskRow: {
            status: components["schemas"]["TaskStatus"];
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /** Inspection Id */
            inspection_id: number | null;
            /** Submitted At */
            submitted_at?: string | null;
            /** Enterprise Id */
            enterprise_id: number;
            /** Enterprise Name */
            enterprise_name: string;
            /** Region Id */
            region_id: number;
        };
        /** CancelWrite */
        CancelWrite: {
            /** Reason */
            reason: string;
        };
        /** ChangeReason */
        ChangeReason: {
            /**
             * Rule
             * @description 涉及的评分项、否决项或原因类别(score、bands、veto.*、hysteresis、facts、override)
             */
            rule: string;
            /** Text */
            text: string;
        };
        /** CheckItemCreate */
        CheckItemCreate: {
            /** Code */
            code: string;
            /** Category */
            category: string;
            /** Text */
            text: string;
            /**
             * Basis
             * @default
             */
            basis: string;
            /** @default general */
            severity: components["schemas"]["Severity"];
            /**
             * Major Condition
             * @default
             */
            major_condition: string;
            /**
             * Deadline Days
             * @default 7
             */
            deadline_days: number | null;
            /** @default thing */
            hazard_type: components["schemas"]["HazardType"];
            /**
             * Industries
             * @default []
             */
            industries: string[];
            /**
             * Categories
             * @default []
             */
            categories: string[];
            /**
             * Features
             * @description 适用的企业特征(任一即适用);空为不限
             * @default []
             */
            features: components["schemas"]["Feature"][];
            /**
             * Photo Required
             * @default true
             */
            photo_required: boolean;
        };
        /** CheckItemRead */
        CheckItemRead: {
            /** Code */
            code: string;
            /** Category */
            category: string;
            /** Text */
            text: string;
            /**
             * Basis
             * @default
             */
            basis: string;
            /** @default general */
            severity: components["schemas"]["Severity"];
            /**
             * Major Condition
             * @default
             */
            major_condition: string;
            /**
             * Deadline Days
             * @default 7
             */
            deadline_days: number | null;
            /** @default thing */
            hazard_type: components["schemas"]["HazardType"];
            /**
             * Industries
             * @default []
             */
            industries: string[];
            /**
             * Categories
             * @default []
             */
            categories: string[];
            /**
             * Features
             * @description 适用的企业特征(任一即适用);空为不限
             * @default []
             */
            features: components["schemas"]["Feature"][];
            /**
             * Photo Required
             * @default true
             */
            photo_required: boolean;
            /** Id */
            id: number;
            /** Preset */
            preset: boolean;
            /** Retired At */
            retired_at: string | null;
        };
        /**
         * CheckItemUpdate
         * @description Only the fields sent change (the code never does: it names the item for ever). Checklists already opened,
         *     drafts included, keep the snapshot they were made with (docs/decisions/070).
         */
        CheckItemUpdate: {
            /** Category */
            category?: string | null;
            /** Text */
            text?: string | null;
            /** Basis */
            basis?: string | null;
            severity?: components["schemas"]["Severity"] | null;
            /** Major Condition */
            major_condition?: string | null;
            /** Deadline Days */
            deadline_days?: number | null;
            hazard_type?: components["schemas"]["HazardType"] | null;
            /** Industries */
            industries?: string[] | null;
            /** Categories */
            categories?: string[] | null;
            /** Features */
            features?: components["schemas"]["Feature"][] | null;
            /** Photo Required */
            photo_required?: boolean | null;
        };
        /** ColorChange */
        ColorChange: {
            /** Enterprise Id */
            enterprise_id: number;
            /**
             * Name
             * @description 企业名称
             * @default
             */
            name: string;
            /**
             * From Color
             * @description 企业现在显示的颜色
             */
            from_color: string | null;
            /**
             * To Color
             * @description 按草案评定的颜色(防抖之前)
             */
            to_color: string;
            /**
             * Score
             * @description 按草案的得分
             */
            score: number;
            /**
             * Current Score
             * @description 按现行规则此刻的得分
             */
            current_score?: number | null;
            /**
             * Current Rule Color
             * @description 按现行规则此刻评定的颜色(防抖之前)
             */
            current_rule_color?: string | null;
            /**
             * Held Back
             * @description 改善会因防抖规则暂缓生效
             */
            held_back: boolean;
            /**
             * Overridden
             * @description 正处于人工认定期间,显示颜色暂不变
             * @default false
             */
            overridden: boolean;
            /**
             * By Rules
             * @description 变化是否由草案引起(否则按现行规则重新评分也会变)
             * @default true
             */
            by_rules: boolean;
            /**
             * Reasons
             * @description 变化的原因
             * @default []
             */
            reasons: components["schemas"]["ChangeReason"][];
        };
        /** ColorTransition */
        ColorTransition: {
            /** From Color */
            from_color: string | null;
            /** To Color */
            to_color: string;
            /** Count */
            count: number;
        };
        /** Colors */
        Colors: {
            /** Green */
            green: number;
            /** Yellow */
            yellow: number;
            /** Red */
            red: number;
            /**
             * Unrated
             * @description 尚未评分的企业
             */
            unrated: number;
        };
        /**
         * CreditCodeConflict
         * @description Another enterprise naming the same credit code: the active one holds it, a pending one only claims it.
         */
        CreditCodeConflict: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            status: components["schemas"]["EnterpriseStatus"];
        };
        /** DailyReportCreate */
        DailyReportCreate: {
            /** Report Date */
            report_date?: string | null;
            /** Answers */
            answers: {
                [key: string]: boolean | string;
            };
        };
        /** DailyReportPage */
        DailyReportPage: {
            /** Items */
            items: components["schemas"]["DailyReportRow"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** DailyReportRead */
        DailyReportRead: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /**
             * Report Date
             * Format: date
             */
            report_date: string;
            /** Answers */
            answers: {
                [key: string]: unknown;
            };
            /** Submitted By Id */
            submitted_by_id: number;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
        };
        /**
         * DailyReportRow
         * @description A report as the street's list shows it: with the enterprise's name.
         */
        DailyReportRow: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /**
             * Report Date
             * Format: date
             */
            report_date: string;
            /** Answers */
            answers: {
                [key: string]: unknown;
            };
            /** Submitted By Id */
            submitted_by_id: number;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
            /** Enterprise Name */
            enterprise_name: string;
        };
        /**
         * DeadLetterRead
         * @description One handler's dead delivery of one event.
         */
        DeadLetterRead: {
            /** Id */
            id: number;
            /** Event Id */
            event_id: number;
            /** Handler */
            handler: string;
            /** Name */
            name: string;
            /** Payload */
            payload: {
                [key: string]: unknown;
            };
            /** Attempts */
            attempts: number;
            /** Last Error */
            last_error: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Finished At */
            finished_at: string | null;
        };
        /**
         * DictionaryEntryRead
         * @description One entry of the industry or category dictionary; `section` is the GB/T 4754-2017 门类 of an industry.
         */
        DictionaryEntryRead: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Synonyms */
            synonyms: string[];
            /** Section */
            section?: string | null;
            /** Section Name */
            section_name?: string | null;
        };
        /** DocumentCreate */
        DocumentCreate: {
            doc_type: components["schemas"]["DocumentType"];
            /** Title */
            title: string;
            /**
             * Upload Ids
             * @default []
             */
            upload_ids: number[];
            /** Issued Date */
            issued_date?: string | null;
            /** Valid Until Date */
            valid_until_date?: string | null;
        };
        /**
         * DocumentKind
         * @enum {string}
         */
        DocumentKind: "record" | "notice" | "review";
        /**
         * DocumentReview
         * @description Whether the street has checked a safety document against its file.
         * @enum {string}
         */
        DocumentReview: "unverified" | "verified" | "rejected";
        /**
         * DocumentType
         * @description The typed safety documents that the 制度建立 dimension scores (domain.md §3).
         * @enum {string}
         */
        DocumentType: "responsibility" | "appointment" | "rules" | "procedure" | "training_record" | "emergency_plan" | "drill_record" | "hazard_ledger" | "investment_ledger" | "ppe_record" | "fire_inspection" | "other";
        /** DocumentUpdate */
        DocumentUpdate: {
            doc_type?: components["schemas"]["DocumentType"] | null;
            /** Title */
            title?: string | null;
            /** Upload Ids */
            upload_ids?: number[] | null;
            /** Issued Date */
            issued_date?: string | null;
            /** Valid Until Date */
            valid_until_date?: string | null;
        };
        /** DocumentVerify */
        DocumentVerify: {
            /** Approved */
            approved: boolean;
            /**
             * Note
             * @description 核验意见;不通过时必填
             * @default
             */
            note: string;
        };
        /** EnterpriseBrief */
        EnterpriseBrief: {
            /** Id */
            id: number;
            /** Name */
            name: string;
        };
        /** EnterpriseCreate */
        EnterpriseCreate: {
            /**
             * Main Products
             * @default
             */
            main_products: string;
            /**
             * Processes
             * @default
             */
            processes: string;
            /**
             * Hazardous Materials
             * @default []
             */
            hazardous_materials: string[];
            /**
             * Special Equipment
             * @default []
             */
            special_equipment: string[];
            /**
             * Confined Space
             * @description 有有限空间作业(储罐、地下池、窨井等)
             * @default false
             */
            confined_space: boolean;
            /**
             * Dust Explosion
             * @description 涉及可燃性粉尘(粉尘涉爆)
             * @default false
             */
            dust_explosion: boolean;
            /**
             * Hot Work
             * @description 有动火作业(焊接、切割等)
             * @default false
             */
            hot_work: boolean;
            /**
             * Gas Use
             * @description 使用燃气(液化石油气、天然气)
             * @default false
             */
            gas_use: boolean;
            /** Name */
            name: string;
            /**
             * Credit Code
             * @description 统一社会信用代码(GB 32100)
             */
            credit_code: string;
            /** Address */
            address: string;
            /**
             * Lat
             * @description 纬度,GCJ-02(微信 wx.getLocation 坐标系)
             */
            lat: number;
            /**
             * Lng
             * @description 经度,GCJ-02
             */
            lng: number;
            /**
             * Region Id
             * @description 所属网格
             */
            region_id: number;
            /**
             * Industry
             * @description 行业字典的编码、名称或同义词,存为名称
             */
            industry: string;
            /**
             * Category
             * @description 类别字典的编码、名称或同义词:规上 / 规下 / 九小场所
             */
            category: string;
            /** Employee Count */
            employee_count?: number | null;
            /** Contact Name */
            contact_name: string;
            /** Contact Phone */
            contact_phone: string;
        };
        /** EnterprisePage */
        EnterprisePage: {
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Items */
            items: components["schemas"]["EnterpriseRead"][];
        };
        /** EnterpriseProfile */
        EnterpriseProfile: {
            /**
             * Main Products
             * @default
             */
            main_products: string;
            /**
             * Processes
             * @default
             */
            processes: string;
            /**
             * Hazardous Materials
             * @default []
             */
            hazardous_materials: string[];
            /**
             * Special Equipment
             * @default []
             */
            special_equipment: string[];
            /**
             * Confined Space
             * @description 有有限空间作业(储罐、地下池、窨井等)
             * @default false
             */
            confined_space: boolean;
            /**
             * Dust Explosion
             * @description 涉及可燃性粉尘(粉尘涉爆)
             * @default false
             */
            dust_explosion: boolean;
            /**
             * Hot Work
             * @description 有动火作业(焊接、切割等)
             * @default false
             */
            hot_work: boolean;
            /**
             * Gas Use
             * @description 使用燃气(液化石油气、天然气)
             * @default false
             */
            gas_use: boolean;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Credit Code */
            credit_code: string;
            /** Address */
            address: string;
            /** Lat */
            lat: number | null;
            /** Lng */
            lng: number | null;
            /** Region Id */
            region_id: number;
            /** Industry */
            industry: string;
            /** Category */
            category: string;
            /** Employee Count */
            employee_count: number | null;
            /** Contact Name */
            contact_name: string;
            /** Contact Phone */
            contact_phone: string;
            status: components["schemas"]["EnterpriseStatus"];
            /** Review Note */
            review_note: string;
            /** Version */
            version: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            risk: components["schemas"]["enterprises__schemas__RiskRead"];
            /**
             * Credit Code Conflicts
             * @description 待审核的登记:其他使用同一信用代码的企业(仅工作人员可见),审核前请核实
             */
            credit_code_conflicts?: components["schemas"]["CreditCodeConflict"][];
            /** Region Name */
            region_name: string;
            /** Personnel */
            personnel: components["schemas"]["PersonRead"][];
            /** Documents */
            documents: components["schemas"]["enterprises__schemas__DocumentRead"][];
            /** Hazard Points */
            hazard_points: components["schemas"]["HazardPointRead"][];
        };
        /** EnterpriseRead */
        EnterpriseRead: {
            /**
             * Main Products
             * @default
             */
            main_products: string;
            /**
             * Processes
             * @default
             */
            processes: string;
            /**
             * Hazardous Materials
             * @default []
             */
            hazardous_materials: string[];
            /**
             * Special Equipment
             * @default []
             */
            special_equipment: string[];
            /**
             * Confined Space
             * @description 有有限空间作业(储罐、地下池、窨井等)
             * @default false
             */
            confined_space: boolean;
            /**
             * Dust Explosion
             * @description 涉及可燃性粉尘(粉尘涉爆)
             * @default false
             */
            dust_explosion: boolean;
            /**
             * Hot Work
             * @description 有动火作业(焊接、切割等)
             * @default false
             */
            hot_work: boolean;
            /**
             * Gas Use
             * @description 使用燃气(液化石油气、天然气)
             * @default false
             */
            gas_use: boolean;
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Credit Code */
            credit_code: string;
            /** Address */
            address: string;
            /** Lat */
            lat: number | null;
            /** Lng */
            lng: number | null;
            /** Region Id */
            region_id: number;
            /** Industry */
            industry: string;
            /** Category */
            category: string;
            /** Employee Count */
            employee_count: number | null;
            /** Contact Name */
            contact_name: string;
            /** Contact Phone */
            contact_phone: string;
            status: components["schemas"]["EnterpriseStatus"];
            /** Review Note */
            review_note: string;
            /** Version */
            version: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            risk: components["schemas"]["enterprises__schemas__RiskRead"];
            /**
             * Credit Code Conflicts
             * @description 待审核的登记:其他使用同一信用代码的企业(仅工作人员可见),审核前请核实
             */
            credit_code_conflicts?: components["schemas"]["CreditCodeConflict"][];
        };
        /**
         * EnterpriseStatus
         * @enum {string}
         */
        EnterpriseStatus: "pending" | "active" | "rejected";
        /**
         * EnterpriseSummary
         * @description What anybody may see: the public face of an enterprise.
         */
        EnterpriseSummary: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Industry */
            industry: string;
            /** Category */
            category: string;
            /** Region Name */
            region_name: string;
            color: components["schemas"]["RiskColor"] | null;
        };
        /**
         * EnterpriseUpdate
         * @description Only the fields sent change. `version` guards against overwriting someone else's edit.
         */
        EnterpriseUpdate: {
            /** Version */
            version?: number | null;
            /** Name */
            name?: string | null;
            /** Address */
            address?: string | null;
            /** Lat */
            lat?: number | null;
            /** Lng */
            lng?: number | null;
            /** Region Id */
            region_id?: number | null;
            /** Industry */
            industry?: string | null;
            /** Category */
            category?: string | null;
            /** Employee Count */
            employee_count?: number | null;
            /** Contact Name */
            contact_name?: string | null;
            /** Contact Phone */
            contact_phone?: string | null;
            /** Main Products */
            main_products?: string | null;
            /** Processes */
            processes?: string | null;
            /** Hazardous Materials */
            hazardous_materials?: string[] | null;
            /** Special Equipment */
            special_equipment?: string[] | null;
            /** Confined Space */
            confined_space?: boolean | null;
            /** Dust Explosion */
            dust_explosion?: boolean | null;
            /** Hot Work */
            hot_work?: boolean | null;
            /** Gas Use */
            gas_use?: boolean | null;
        };
        /** ErrorRead */
        ErrorRead: {
            /** Code */
            code: string;
            /** Message */
            message: string;
            /** Detail */
            detail?: unknown;
        };
        /** ExtensionDecisionWrite */
        ExtensionDecisionWrite: {
            /** Approved */
            approved: boolean;
            /** Deadline */
            deadline?: string | null;
            /**
             * Note
             * @default
             */
            note: string;
        };
        /**
         * ExtensionRead
         * @description 延期申请 as the API answers it.
         */
        ExtensionRead: {
            /** Id */
            id: number;
            /** Hazard Id */
            hazard_id: number;
            status: components["schemas"]["ExtensionStatus"];
            /**
             * Requested Deadline
             * Format: date
             */
            requested_deadline: string;
            /**
             * Previous Deadline
             * Format: date
             */
            previous_deadline: string;
            /** Reason */
            reason: string;
            /** Requested By Id */
            requested_by_id: number;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            /** Granted Deadline */
            granted_deadline: string | null;
            /** Decided By Id */
            decided_by_id: number | null;
            /** Decided At */
            decided_at: string | null;
            /** Decision Note */
            decision_note: string;
        };
        /**
         * ExtensionStatus
         * @enum {string}
         */
        ExtensionStatus: "pending" | "approved" | "refused";
        /** ExtensionWrite */
        ExtensionWrite: {
            /**
             * Requested Deadline
             * Format: date
             */
            requested_deadline: string;
            /** Reason */
            reason: string;
        };
        /** FactCreate */
        FactCreate: {
            /** @description accident 事故 / concealed_accident 瞒报 / dishonest 失信 / unlicensed 无证经营 / refused_inspection 拒绝检查 */
            kind: components["schemas"]["FactKind"];
            /**
             * Occurred On
             * Format: date
             * @description 发生日期,不能晚于今天
             */
            occurred_on: string;
            /**
             * Reason
             * @description 事由
             */
            reason: string;
            /**
             * Evidence Upload Ids
             * @description 证据文件(POST /uploads)
             * @default []
             */
            evidence_upload_ids: number[];
        };
        /**
         * FactKind
         * @description What staff record about an enterprise from outside the inspections (domain.md §5 一票否决).
         * @enum {string}
         */
        FactKind: "accident" | "concealed_accident" | "dishonest" | "unlicensed" | "refused_inspection";
        /** FactRead */
        FactRead: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            kind: components["schemas"]["FactKind"];
            /**
             * Occurred On
             * Format: date
             */
            occurred_on: string;
            /** Reason */
            reason: string;
            /** Evidence Upload Ids */
            evidence_upload_ids: number[];
            /** Recorded By Id */
            recorded_by_id: number | null;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Revoked At */
            revoked_at: string | null;
            /** Revoked By Id */
            revoked_by_id: number | null;
            /** Revoke Reason */
            revoke_reason: string;
        };
        /** FactRef */
        FactRef: {
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /**
             * Occurred On
             * Format: date
             */
            occurred_on: string;
            /** Reason */
            reason: string;
        };
        /** FactRevoke */
        FactRevoke: {
            /**
             * Reason
             * @description 撤销原因(如记录有误)
             */
            reason: string;
        };
        /**
         * Feature
         * @enum {string}
         */
        Feature: "hazardous_chemicals" | "special_equipment" | "pressure_equipment" | "elevator" | "gas_cylinders" | "confined_space" | "dust_explosion" | "hot_work" | "gas_use";
        /** FiguresChange */
        FiguresChange: {
            /** Inspections */
            inspections: number | null;
            hazards: components["schemas"]["HazardChange"];
            /** Rectification Rate */
            rectification_rate: number | null;
            /** Inspection Coverage */
            inspection_coverage: number | null;
            /** Self Inspection Rate */
            self_inspection_rate: number | null;
            /** Daily Report Rate */
            daily_report_rate: number | null;
        };
        /**
         * FindingCreate
         * @description A finding off the list (随手拍): it becomes a hazard on submit, its text the hazard's description.
         */
        FindingCreate: {
            /** Text */
            text: string;
            /**
             * Photo Ids
             * @default []
             */
            photo_ids: number[];
            /** @default general */
            severity: components["schemas"]["Severity"];
            /** Deadline */
            deadline?: string | null;
            /** @default thing */
            hazard_type: components["schemas"]["HazardType"];
        };
        /** HazardChange */
        HazardChange: {
            /** Total */
            total: number | null;
            /** Open */
            open: number | null;
            /** Overdue */
            overdue: number | null;
            /** Closed */
            closed: number | null;
        };
        /** HazardDetail */
        HazardDetail: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** Inspection Id */
            inspection_id: number | null;
            /** Reported By Id */
            reported_by_id: number;
            kind: components["schemas"]["InspectionKind"];
            /** Title */
            title: string;
            /** Description */
            description: string;
            /** Category */
            category: string;
            severity: components["schemas"]["Severity"];
            hazard_type: components["schemas"]["HazardType"];
            /** Basis */
            basis: string;
            /** Responsible Person */
            responsible_person: string;
            /** Measures */
            measures: string;
            /** Interim Controls */
            interim_controls: string;
            /** Funds */
            funds: string;
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /** Photo Ids */
            photo_ids: number[];
            plan: components["schemas"]["TreatmentPlan"] | null;
            /** Fix Note */
            fix_note: string;
            /** Fix Photo Ids */
            fix_photo_ids: number[];
            status: components["schemas"]["HazardStatus"];
            /** Overdue */
            overdue: boolean;
            /** Closed At */
            closed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Version */
            version: number;
            /** Timeline */
            timeline: components["schemas"]["TimelineEntry"][];
            /**
             * Extensions
             * @default []
             */
            extensions: components["schemas"]["ExtensionRead"][];
        };
        /** HazardFigures */
        HazardFigures: {
            /**
             * Total
             * @description 期内街道检查发现并推送的隐患(企业自查发现的另计)
             */
            total: number;
            /**
             * Open
             * @description 其中尚未闭环
             */
            open: number;
            /**
             * Overdue
             * @description 其中待整改且已过整改期限(待复查的不算逾期)
             */
            overdue: number;
            /**
             * Closed
             * @description 其中已闭环
             */
            closed: number;
        };
        /**
         * HazardLedgerUpdate
         * @description The enterprise's 五定 entries and, for 重大 hazards, the treatment plan; written before or with the fix.
         */
        HazardLedgerUpdate: {
            /** Responsible Person */
            responsible_person?: string | null;
            /** Measures */
            measures?: string | null;
            /** Interim Controls */
            interim_controls?: string | null;
            /** Funds */
            funds?: string | null;
            plan?: components["schemas"]["TreatmentPlan"] | null;
            /** Version */
            version?: number | null;
        };
        /** HazardPage */
        HazardPage: {
            /** Items */
            items: components["schemas"]["HazardRow"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** HazardPointCreate */
        HazardPointCreate: {
            /** Name */
            name: string;
            /**
             * Place
             * @default
             */
            place: string;
            risk_level: components["schemas"]["RiskLevel"];
            /**
             * Control Measures
             * @default []
             */
            control_measures: string[];
            /**
             * Responsible Person
             * @default
             */
            responsible_person: string;
        };
        /** HazardPointRead */
        HazardPointRead: {
            /** Name */
            name: string;
            /**
             * Place
             * @default
             */
            place: string;
            risk_level: components["schemas"]["RiskLevel"];
            /**
             * Control Measures
             * @default []
             */
            control_measures: string[];
            /**
             * Responsible Person
             * @default
             */
            responsible_person: string;
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
        };
        /** HazardPointUpdate */
        HazardPointUpdate: {
            /** Name */
            name?: string | null;
            /** Place */
            place?: string | null;
            risk_level?: components["schemas"]["RiskLevel"] | null;
            /** Control Measures */
            control_measures?: string[] | null;
            /** Responsible Person */
            responsible_person?: string | null;
        };
        /** HazardRead */
        HazardRead: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** Inspection Id */
            inspection_id: number | null;
            /** Reported By Id */
            reported_by_id: number;
            kind: components["schemas"]["InspectionKind"];
            /** Title */
            title: string;
            /** Description */
            description: string;
            /** Category */
            category: string;
            severity: components["schemas"]["Severity"];
            hazard_type: components["schemas"]["HazardType"];
            /** Basis */
            basis: string;
            /** Responsible Person */
            responsible_person: string;
            /** Measures */
            measures: string;
            /** Interim Controls */
            interim_controls: string;
            /** Funds */
            funds: string;
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /** Photo Ids */
            photo_ids: number[];
            plan: components["schemas"]["TreatmentPlan"] | null;
            /** Fix Note */
            fix_note: string;
            /** Fix Photo Ids */
            fix_photo_ids: number[];
            status: components["schemas"]["HazardStatus"];
            /** Overdue */
            overdue: boolean;
            /** Closed At */
            closed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Version */
            version: number;
        };
        /**
         * HazardRevisionWrite
         * @description Staff change an open hazard's deadline or severity; the reason goes into the timeline and the audit.
         */
        HazardRevisionWrite: {
            /** Deadline */
            deadline?: string | null;
            severity?: components["schemas"]["Severity"] | null;
            /** Reason */
            reason: string;
            /** Version */
            version?: number | null;
        };
        /**
         * HazardRow
         * @description A row of the 隐患台账 list: the hazard, its enterprise's name and its pending 延期申请 (the queue's).
         */
        HazardRow: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** Inspection Id */
            inspection_id: number | null;
            /** Reported By Id */
            reported_by_id: number;
            kind: components["schemas"]["InspectionKind"];
            /** Title */
            title: string;
            /** Description */
            description: string;
            /** Category */
            category: string;
            severity: components["schemas"]["Severity"];
            hazard_type: components["schemas"]["HazardType"];
            /** Basis */
            basis: string;
            /** Responsible Person */
            responsible_person: string;
            /** Measures */
            measures: string;
            /** Interim Controls */
            interim_controls: string;
            /** Funds */
            funds: string;
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /** Photo Ids */
            photo_ids: number[];
            plan: components["schemas"]["TreatmentPlan"] | null;
            /** Fix Note */
            fix_note: string;
            /** Fix Photo Ids */
            fix_photo_ids: number[];
            status: components["schemas"]["HazardStatus"];
            /** Overdue */
            overdue: boolean;
            /** Closed At */
            closed_at: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Version */
            version: number;
            /** Enterprise Name */
            enterprise_name: string;
            pending_extension?: components["schemas"]["ExtensionRead"] | null;
        };
        /**
         * HazardStatus
         * @enum {string}
         */
        HazardStatus: "open" | "submitted" | "closed";
        /**
         * HazardType
         * @description 16号令 第三条: 物的危险状态, 人的不安全行为, 管理上的缺陷.
         * @enum {string}
         */
        HazardType: "thing" | "person" | "management";
        /** ImportRead */
        ImportRead: {
            /** Created */
            created: number;
            /** Updated */
            updated: number;
            /** Errors */
            errors: components["schemas"]["ImportRowError"][];
        };
        /** ImportRowError */
        ImportRowError: {
            /** Row */
            row: number;
            /** Field */
            field: string;
            /** Message */
            message: string;
        };
        /** InboxMessageRead */
        InboxMessageRead: {
            /** Id */
            id: number;
            /** Kind */
            kind: string;
            /** Title */
            title: string;
            /** Body */
            body: string;
            /** Page */
            page: string;
            /** Object Type */
            object_type: string | null;
            /** Object Id */
            object_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Read At */
            read_at: string | null;
        };
        /** InboxPage */
        InboxPage: {
            /** Items */
            items: components["schemas"]["InboxMessageRead"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Unread */
            unread: number;
        };
        /** InspectionDueRead */
        InspectionDueRead: {
            /** Enterprise Id */
            enterprise_id: number;
            /** Name */
            name: string;
            /** Color */
            color: string | null;
            /** Last Inspected On */
            last_inspected_on: string | null;
            /** Interval Days */
            interval_days: number;
            /**
             * Due On
             * Format: date
             */
            due_on: string;
            /** Overdue */
            overdue: boolean;
        };
        /** InspectionItemRead */
        InspectionItemRead: {
            /** Id */
            id: number;
            /** Position */
            position: number;
            /** Check Item Id */
            check_item_id: number | null;
            /** Hazard Point Id */
            hazard_point_id: number | null;
            /**
             * Off List
             * @default false
             */
            off_list: boolean;
            /** Category */
            category: string;
            /** Text */
            text: string;
            /** Basis */
            basis: string;
            severity: components["schemas"]["Severity"];
            hazard_type?: components["schemas"]["HazardType"] | null;
            /** Deadline Days */
            deadline_days: number | null;
            /** Photo Required */
            photo_required: boolean;
            result: components["schemas"]["ItemResult"] | null;
            /** Note */
            note: string;
            /** Photo Ids */
            photo_ids: number[];
            /** Deadline */
            deadline: string | null;
        };
        /**
         * InspectionKind
         * @enum {string}
         */
        InspectionKind: "routine" | "self" | "campaign";
        /** InspectionPage */
        InspectionPage: {
            /** Items */
            items: components["schemas"]["InspectionSummary"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** InspectionRead */
        InspectionRead: {
            /** Id */
            id: number;
            enterprise: components["schemas"]["EnterpriseBrief"];
            /** Inspector Id */
            inspector_id: number;
            kind: components["schemas"]["InspectionKind"];
            /** Campaign Id */
            campaign_id: number | null;
            status: components["schemas"]["InspectionStatus"];
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /** Submitted At */
            submitted_at: string | null;
            /** Lat */
            lat: number | null;
            /** Lng */
            lng: number | null;
            /** Distance M */
            distance_m: number | null;
            /** From Current Scan */
            from_current_scan: boolean;
            presence?: components["schemas"]["Presence"] | null;
            /** Presence Warning */
            presence_warning?: string | null;
            /** Cancelled At */
            cancelled_at?: string | null;
            /**
             * Cancel Reason
             * @default
             */
            cancel_reason: string;
            /** Items */
            items: components["schemas"]["InspectionItemRead"][];
        };
        /** InspectionStart */
        InspectionStart: {
            /** Token */
            token?: string | null;
            /** Enterprise Id */
            enterprise_id?: number | null;
            /** @default routine */
            kind: components["schemas"]["InspectionKind"];
            /** Campaign Id */
            campaign_id?: number | null;
            /** Template Id */
            template_id?: number | null;
            /** Lat */
            lat?: number | null;
            /** Lng */
            lng?: number | null;
        };
        /**
         * InspectionStatus
         * @enum {string}
         */
        InspectionStatus: "draft" | "submitted" | "cancelled";
        /** InspectionSummary */
        InspectionSummary: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** Inspector Id */
            inspector_id: number;
            kind: components["schemas"]["InspectionKind"];
            status: components["schemas"]["InspectionStatus"];
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /** Submitted At */
            submitted_at: string | null;
            /** Distance M */
            distance_m: number | null;
            presence: components["schemas"]["Presence"] | null;
            /**
             * Enterprise Name
             * @default
             */
            enterprise_name: string;
            /**
             * Inspector Name
             * @default
             */
            inspector_name: string;
        };
        /** InviteIssued */
        InviteIssued: {
            /**
             * Invite Code
             * @description 绑定微信用的邀请码,只显示这一次
             */
            invite_code: string;
            /**
             * Invite Expires At
             * Format: date-time
             */
            invite_expires_at: string;
        };
        /**
         * ItemResult
         * @enum {string}
         */
        ItemResult: "pass" | "fail" | "na";
        /** ItemResultWrite */
        ItemResultWrite: {
            result: components["schemas"]["ItemResult"];
            /**
             * Note
             * @default
             */
            note: string;
            /**
             * Photo Ids
             * @default []
             */
            photo_ids: number[];
            severity?: components["schemas"]["Severity"] | null;
            /** Deadline */
            deadline?: string | null;
        };
        /**
         * ItemsAdd
         * @description Library items the inspector adds to a draft (the picker searches GET /check-items by `q` and `category`).
         */
        ItemsAdd: {
            /** Check Item Ids */
            check_item_ids: number[];
        };
        /** JobRead */
        JobRead: {
            /** Name */
            name: string;
            /**
             * Runs
             * @description in-process 本进程内运行;worker 由 jinyan worker 进程运行
             */
            runs: string;
            /** Interval Seconds */
            interval_seconds: number;
            /** Last Started At */
            last_started_at?: string | null;
            /** Last Finished At */
            last_finished_at?: string | null;
            /**
             * Last Error
             * @description 上一轮失败时的错误类型
             */
            last_error?: string | null;
            /**
             * Last Run Source
             * @description 上次运行时间的来源:this_process 本进程、database 每日任务记录、last_delivery 最近一次投递;为空表示未知
             */
            last_run_source?: string | null;
            /**
             * Done For
             * @description 每日任务:已运行到的日期
             */
            done_for?: string | null;
            /**
             * Claimed By
             * @description 每日任务:运行它的进程
             */
            claimed_by?: string | null;
        };
        /** MapFeature */
        MapFeature: {
            /**
             * Type
             * @default Feature
             */
            type: string;
            geometry: components["schemas"]["PointGeometry"];
            properties: components["schemas"]["MapProperties"];
        };
        /** MapProperties */
        MapProperties: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Color */
            color: string | null;
            /** Score */
            score: number | null;
            /** Industry */
            industry: string;
            /** Category */
            category: string;
            /** Grid */
            grid: string;
        };
        /** MapRead */
        MapRead: {
            /**
             * Type
             * @default FeatureCollection
             */
            type: string;
            /** Features */
            features: components["schemas"]["MapFeature"][];
            /**
             * Without Location
             * @description 没有坐标、未上图的企业数
             */
            without_location: number;
        };
        /** MissingReport */
        MissingReport: {
            /** Enterprise Id */
            enterprise_id: number;
            /** Name */
            name: string;
            /** Region Id */
            region_id: number;
        };
        /** MissingReportPage */
        MissingReportPage: {
            /**
             * Report Date
             * Format: date
             */
            report_date: string;
            /** Items */
            items: components["schemas"]["MissingReport"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** Near */
        Near: {
            /** Lat */
            lat: number;
            /** Lng */
            lng: number;
            /** Radius M */
            radius_m: number;
        };
        /** NearbyEnterprise */
        NearbyEnterprise: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            /** Industry */
            industry: string;
            /** Distance M */
            distance_m: number;
            color: components["schemas"]["RiskColor"] | null;
        };
        /** NoticeCreate */
        NoticeCreate: {
            /** Title */
            title: string;
            /** Body */
            body: string;
            target?: components["schemas"]["NoticeTarget"];
            /** Attachment Upload Id */
            attachment_upload_id?: number | null;
        };
        /** NoticeDetail */
        NoticeDetail: {
            /** Id */
            id: number;
            /** Title */
            title: string;
            /** Body */
            body: string;
            /** Target */
            target: {
                [key: string]: unknown;
            };
            /** Attachment Upload Id */
            attachment_upload_id: number | null;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Recipients */
            recipients: number;
            /** Read */
            read: number;
            /**
             * Read At
             * @description 企业用户:本企业的阅读时间
             */
            read_at?: string | null;
            /** Read By Enterprises */
            read_by_enterprises?: components["schemas"]["NoticeReceipt"][];
            /** Unread By Enterprises */
            unread_by_enterprises?: components["schemas"]["NoticeReceipt"][];
        };
        /** NoticePreview */
        NoticePreview: {
            /**
             * Recipients
             * @description 按此范围发布时将收到通知的企业数(正常经营、在本人辖区内)
             */
            recipients: number;
        };
        /** NoticeRead */
        NoticeRead: {
            /** Id */
            id: number;
            /** Title */
            title: string;
            /** Body */
            body: string;
            /** Target */
            target: {
                [key: string]: unknown;
            };
            /** Attachment Upload Id */
            attachment_upload_id: number | null;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /** Recipients */
            recipients: number;
            /** Read */
            read: number;
            /**
             * Read At
             * @description 企业用户:本企业的阅读时间
             */
            read_at?: string | null;
        };
        /** NoticeReceipt */
        NoticeReceipt: {
            /** Enterprise Id */
            enterprise_id: number;
            /** Enterprise Name */
            enterprise_name: string;
            /** Read At */
            read_at: string | null;
            /** Read By */
            read_by: number | null;
        };
        /** NoticeTarget */
        NoticeTarget: {
            /** Industries */
            industries?: string[] | null;
            /** Categories */
            categories?: string[] | null;
            /** Region Ids */
            region_ids?: number[] | null;
            near?: components["schemas"]["Near"] | null;
            /** Enterprise Ids */
            enterprise_ids?: number[] | null;
        };
        /** OperationsStatus */
        OperationsStatus: {
            /**
             * Now
             * Format: date-time
             */
            now: string;
            /**
             * Worker
             * @description in-process、ok(有存活的 worker 进程)或 missing
             */
            worker: string;
            /** Workers */
            workers: components["schemas"]["WorkerRead"][];
            /** Jobs */
            jobs: components["schemas"]["JobRead"][];
            outbox: components["schemas"]["OutboxStatusRead"];
        };
        /** OutboxStatusRead */
        OutboxStatusRead: {
            /**
             * Backlog
             * @description 到期未完成的事件和投递
             */
            backlog: number;
            /** Oldest Due Age Seconds */
            oldest_due_age_seconds: number;
            /** Dead Letters */
            dead_letters: number;
            /** Last Delivered At */
            last_delivered_at: string | null;
        };
        /** OverdueHazard */
        OverdueHazard: {
            /** Id */
            id: number;
            /** Title */
            title: string;
            /** Severity */
            severity: string;
            /** Status */
            status: string;
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /** Days Overdue */
            days_overdue: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** Enterprise Name */
            enterprise_name: string;
            /** Grid */
            grid: string;
        };
        /** OverduePage */
        OverduePage: {
            /**
             * Items
             * @description 逾期未闭环的隐患,逾期最久的在前
             */
            items: components["schemas"]["OverdueHazard"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** OverrideCreate */
        OverrideCreate: {
            color: components["schemas"]["RiskColor"];
            /** Reason */
            reason: string;
            /**
             * Until
             * Format: date-time
             * @description 截止时间,须晚于现在且不超过一年;不带时区按北京时间
             */
            until: string;
        };
        /** OverrideRead */
        OverrideRead: {
            /** Id */
            id: number;
            /** Color */
            color: string;
            /** Reason */
            reason: string;
            /**
             * Until
             * Format: date-time
             */
            until: string;
            /** Set By Id */
            set_by_id?: number | null;
            /**
             * Set At
             * Format: date-time
             */
            set_at: string;
        };
        /** Page[DeadLetterRead] */
        Page_DeadLetterRead_: {
            /** Items */
            items: components["schemas"]["DeadLetterRead"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** Page[NoticeRead] */
        Page_NoticeRead_: {
            /** Items */
            items: components["schemas"]["NoticeRead"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /** ParameterChange */
        ParameterChange: {
            /** Field */
            field: string;
            /** Label */
            label: string;
            /** Before */
            before?: unknown;
            /** After */
            after?: unknown;
        };
        /** PasswordChange */
        PasswordChange: {
            /** Old Password */
            old_password: string;
            /** New Password */
            new_password: string;
        };
        /** PasswordLogin */
        PasswordLogin: {
            /** Username */
            username: string;
            /** Password */
            password: string;
        };
        /** PasswordResetIssued */
        PasswordResetIssued: {
            /** Reset Code */
            reset_code: string;
            /**
             * Reset Expires At
             * Format: date-time
             */
            reset_expires_at: string;
        };
        /** PasswordResetRedeem */
        PasswordResetRedeem: {
            /** Username */
            username: string;
            /** Reset Code */
            reset_code: string;
            /** New Password */
            new_password: string;
        };
        /** PeriodRead */
        PeriodRead: {
            /**
             * From
             * Format: date
             */
            from: string;
            /**
             * To
             * Format: date
             */
            to: string;
        };
        /**
         * PeriodStatistics
         * @description Street inspections and the hazards they pushed, of a region subtree over a period, and the share of their
         *     due hazards closed; self-inspections and the hazards they found beside them.
         */
        PeriodStatistics: {
            /**
             * Inspections
             * @default 0
             */
            inspections: number;
            /**
             * Self Inspections
             * @default 0
             */
            self_inspections: number;
            /**
             * Hazards Reported
             * @default 0
             */
            hazards_reported: number;
            /**
             * Hazards Closed
             * @default 0
             */
            hazards_closed: number;
            /**
             * Hazards Due
             * @default 0
             */
            hazards_due: number;
            /**
             * Due Closed
             * @default 0
             */
            due_closed: number;
            /** Rectification Rate */
            rectification_rate?: number | null;
            /**
             * Self Hazards Reported
             * @default 0
             */
            self_hazards_reported: number;
            /**
             * Self Hazards Closed
             * @default 0
             */
            self_hazards_closed: number;
        };
        /** PersonCreate */
        PersonCreate: {
            /** Name */
            name: string;
            role: components["schemas"]["PersonnelRole"];
            /**
             * Phone
             * @default
             */
            phone: string;
            /**
             * Certificate Type
             * @default
             */
            certificate_type: string;
            /**
             * Certificate No
             * @default
             */
            certificate_no: string;
            /** Certificate Expires Date */
            certificate_expires_date?: string | null;
        };
        /** PersonRead */
        PersonRead: {
            /** Name */
            name: string;
            role: components["schemas"]["PersonnelRole"];
            /**
             * Phone
             * @default
             */
            phone: string;
            /**
             * Certificate Type
             * @default
             */
            certificate_type: string;
            /**
             * Certificate No
             * @default
             */
            certificate_no: string;
            /** Certificate Expires Date */
            certificate_expires_date?: string | null;
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
        };
        /** PersonUpdate */
        PersonUpdate: {
            /** Name */
            name?: string | null;
            role?: components["schemas"]["PersonnelRole"] | null;
            /** Phone */
            phone?: string | null;
            /** Certificate Type */
            certificate_type?: string | null;
            /** Certificate No */
            certificate_no?: string | null;
            /** Certificate Expires Date */
            certificate_expires_date?: string | null;
        };
        /**
         * PersonnelRole
         * @enum {string}
         */
        PersonnelRole: "principal" | "safety_manager" | "special_operator" | "equipment_operator" | "other";
        /** PointGeometry */
        PointGeometry: {
            /**
             * Type
             * @default Point
             */
            type: string;
            /**
             * Coordinates
             * @description [经度, 纬度],GCJ-02
             */
            coordinates: number[];
        };
        /**
         * Presence
         * @enum {string}
         */
        Presence: "near" | "far" | "unknown";
        /** PreviousFigures */
        PreviousFigures: {
            /**
             * Inspections
             * @description 期内提交的街道检查(不含企业自查)
             */
            inspections: number;
            hazards: components["schemas"]["HazardFigures"];
            /**
             * Rectification Rate
             * @description 整改率 = 期内街道推送且已闭环 / 期内街道推送;无隐患时为空
             */
            rectification_rate: number | null;
            /** @description 企业自查发现的隐患,与街道的数字并列、不计入其中 */
            self_hazards: components["schemas"]["SelfHazardFigures"];
            /**
             * Inspection Coverage
             * @description 按风险码频次(红月/黄季/绿半年)在期内仍处于检查有效期的企业占比
             */
            inspection_coverage: number | null;
            /**
             * Self Inspection Rate
             * @description 期内完成自查的企业占比
             */
            self_inspection_rate: number | null;
            /**
             * Daily Report Rate
             * @description 日常报送份数 / (企业数 × 期内已过天数)
             */
            daily_report_rate: number | null;
            period: components["schemas"]["PeriodRead"];
        };
        /** PublicReportClose */
        PublicReportClose: {
            /**
             * Note
             * @description 处理情况,如 已现场核实并责令整改
             */
            note: string;
        };
        /** PublicReportCreated */
        PublicReportCreated: {
            /** Id */
            id: number;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Message */
            message: string;
        };
        /** PublicReportPage */
        PublicReportPage: {
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Items */
            items: components["schemas"]["PublicReportRead"][];
        };
        /** PublicReportRead */
        PublicReportRead: {
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** Enterprise Name */
            enterprise_name: string;
            /** Region Name */
            region_name: string;
            /** Text */
            text: string;
            /** Contact */
            contact: string;
            /** Has Photo */
            has_photo: boolean;
            status: components["schemas"]["ReportStatus"];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Closed By Id */
            closed_by_id: number | null;
            /** Closed At */
            closed_at: string | null;
            /** Close Note */
            close_note: string;
        };
        /** RankedEnterprise */
        RankedEnterprise: {
            /** Enterprise Id */
            enterprise_id: number;
            /** Name */
            name: string;
            /** Grid */
            grid: string;
            /** Color Start */
            color_start: string;
            /** Score Start */
            score_start: number;
            /** Color End */
            color_end: string;
            /** Score End */
            score_end: number;
            /**
             * Change
             * @description 期末分 − 期初分
             */
            change: number;
        };
        /** RankingRead */
        RankingRead: {
            period: components["schemas"]["PeriodRead"];
            /**
             * Compared
             * @description 期初已有评分、可以比较的企业数
             */
            compared: number;
            /**
             * Improved
             * @description 进步最大
             */
            improved: components["schemas"]["RankedEnterprise"][];
            /**
             * Worsened
             * @description 退步最大
             */
            worsened: components["schemas"]["RankedEnterprise"][];
            /**
             * Stays Red
             * @description 期初期末均为红码
             */
            stays_red: components["schemas"]["RankedEnterprise"][];
        };
        /** RectifyWrite */
        RectifyWrite: {
            /** Note */
            note: string;
            /**
             * Photo Ids
             * @default []
             */
            photo_ids: number[];
            /** Responsible Person */
            responsible_person?: string | null;
            /** Measures */
            measures?: string | null;
            /** Interim Controls */
            interim_controls?: string | null;
            /** Funds */
            funds?: string | null;
            plan?: components["schemas"]["TreatmentPlan"] | null;
        };
        /** RegionBoundaryWrite */
        RegionBoundaryWrite: {
            /**
             * Boundary
             * @description GeoJSON Polygon 或 MultiPolygon,GCJ-02 的 [经度, 纬度];null 清除边界
             */
            boundary: {
                [key: string]: unknown;
            } | null;
        };
        /** RegionCreate */
        RegionCreate: {
            /** Name */
            name: string;
            level: components["schemas"]["RegionLevel"];
            /** Parent Id */
            parent_id?: number | null;
        };
        /**
         * RegionLevel
         * @enum {string}
         */
        RegionLevel: "district" | "street" | "community" | "grid";
        /** RegionRead */
        RegionRead: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            level: components["schemas"]["RegionLevel"];
            /** Parent Id */
            parent_id: number | null;
            /**
             * Boundary
             * @description 区域边界(GeoJSON,GCJ-02),未设置时为空
             */
            boundary?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * RegionStatistics
         * @description The same for one child region.
         */
        RegionStatistics: {
            /**
             * Inspections
             * @default 0
             */
            inspections: number;
            /**
             * Self Inspections
             * @default 0
             */
            self_inspections: number;
            /**
             * Hazards Reported
             * @default 0
             */
            hazards_reported: number;
            /**
             * Hazards Closed
             * @default 0
             */
            hazards_closed: number;
            /**
             * Hazards Due
             * @default 0
             */
            hazards_due: number;
            /**
             * Due Closed
             * @default 0
             */
            due_closed: number;
            /** Rectification Rate */
            rectification_rate?: number | null;
            /**
             * Self Hazards Reported
             * @default 0
             */
            self_hazards_reported: number;
            /**
             * Self Hazards Closed
             * @default 0
             */
            self_hazards_closed: number;
            /** Region Id */
            region_id: number;
            /** Name */
            name: string;
        };
        /** ReportFormWrite */
        ReportFormWrite: {
            /** Questions */
            questions: components["schemas"]["ReportQuestion"][];
        };
        /** ReportQuestion */
        ReportQuestion: {
            /** Key */
            key: string;
            /** Label */
            label: string;
            /**
             * Kind
             * @default bool
             * @enum {string}
             */
            kind: "bool" | "text";
            /**
             * Required
             * @default true
             */
            required: boolean;
        };
        /**
         * ReportStatus
         * @enum {string}
         */
        ReportStatus: "open" | "closed";
        /** ReviewDecision */
        ReviewDecision: {
            /**
             * Note
             * @default
             */
            note: string;
        };
        /**
         * RiskColor
         * @enum {string}
         */
        RiskColor: "green" | "yellow" | "red";
        /** RiskHistoryItem */
        RiskHistoryItem: {
            /** Color */
            color: string;
            /** Score */
            score: number;
            /** Ruleset Version */
            ruleset_version: number;
            /**
             * Scored At
             * Format: date-time
             */
            scored_at: string;
            /**
             * Vetoes
             * @default []
             */
            vetoes: components["schemas"]["VetoRead"][];
            /**
             * Effective Color
             * @description 显示的颜色(人工认定期间为认定颜色)
             */
            effective_color?: string | null;
            override?: components["schemas"]["OverrideRead"] | null;
        };
        /**
         * RiskLevel
         * @description Four-colour grading of hazard points (domain.md §2).
         * @enum {string}
         */
        RiskLevel: "red" | "orange" | "yellow" | "blue";
        /**
         * Role
         * @enum {string}
         */
        Role: "admin" | "inspector" | "command" | "enterprise" | "public";
        /** RulesetRead */
        RulesetRead: {
            /** Version */
            version: number;
            /** Body */
            body: {
                [key: string]: unknown;
            };
            /** Created By Id */
            created_by_id?: number | null;
            /**
             * Created By Name
             * @description 保存此版本的人
             */
            created_by_name?: string | null;
            /** Created At */
            created_at?: string | null;
            /** Active */
            active: boolean;
            /**
             * Activated At
             * @description 最近一次启用的时间
             */
            activated_at?: string | null;
            /** Activated By Id */
            activated_by_id?: number | null;
            /**
             * Activated By Name
             * @description 最近一次启用此版本的人
             */
            activated_by_name?: string | null;
        };
        /**
         * RulesetVocabulary
         * @description What a ruleset may name: the veto rules the engine knows, the document types the profile stores.
         */
        RulesetVocabulary: {
            /** Veto Rules */
            veto_rules: components["schemas"]["VetoRuleInfo"][];
            /** Document Types */
            document_types: string[];
        };
        /** ScanLogPage */
        ScanLogPage: {
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
            /** Items */
            items: components["schemas"]["ScanLogRead"][];
        };
        /** ScanLogRead */
        ScanLogRead: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** @description 扫码者看到的页面:public 公众 / inspector 检查员 / owner 企业本身 / admin 管理员 */
            view: components["schemas"]["ScanView"];
            /**
             * User Id
             * @description 登录的扫码者;公众扫码为空
             */
            user_id: number | null;
            /** User Name */
            user_name: string | null;
            user_role: components["schemas"]["Role"] | null;
            /** Ip */
            ip: string | null;
            /**
             * Token Tail
             * @description 所扫身份码的末4位(重新生成身份码后可区分新旧码)
             */
            token_tail: string;
        };
        /** ScanRead */
        ScanRead: {
            view: components["schemas"]["ScanView"];
            /** Enterprise */
            enterprise: components["schemas"]["EnterpriseProfile"] | components["schemas"]["EnterpriseSummary"];
            risk: components["schemas"]["enterprises__schemas__RiskRead"];
            /** Actions */
            actions: string[];
            /** Open Hazards */
            open_hazards?: unknown[] | null;
            /**
             * Reporting Enabled
             * @description 街道是否开通扫码反映问题(POST /scan/{token}/reports)
             * @default false
             */
            reporting_enabled: boolean;
        };
        /**
         * ScanView
         * @enum {string}
         */
        ScanView: "public" | "inspector" | "owner" | "admin";
        /** SelfHazardFigures */
        SelfHazardFigures: {
            /**
             * Total
             * @description 期内企业自查发现的隐患
             */
            total: number;
            /**
             * Closed
             * @description 其中已闭环
             */
            closed: number;
        };
        /**
         * Severity
         * @enum {string}
         */
        Severity: "general" | "major";
        /**
         * SignatureCreate
         * @description A handwritten signature captured on the phone's canvas (uploaded first through POST /uploads as a PNG), or a
         *     refusal to sign (拒签) before a witness.
         */
        SignatureCreate: {
            /** @description inspection:提交检查时(检查记录、整改通知书);review:复查时(复查意见书) */
            stage: components["schemas"]["SigningStage"];
            /** @description inspector:检查人员本人;enterprise:被检查单位负责人或在场人员 */
            signer_role: components["schemas"]["SignerRole"];
            /**
             * Signer Name
             * @description 签字人姓名;检查人员取其账号姓名
             * @default
             */
            signer_name: string;
            /**
             * Signer Title
             * @description 职务,如 负责人、安全管理员
             * @default
             */
            signer_title: string;
            /**
             * Upload Id
             * @description 签名图片(拒签时不填)
             */
            upload_id?: number | null;
            /**
             * Refused
             * @description 拒签
             * @default false
             */
            refused: boolean;
            /**
             * Witness Name
             * @description 拒签时的见证人姓名
             * @default
             */
            witness_name: string;
            /**
             * Lat
             * @description 签字时手机位置(GCJ-02)
             */
            lat?: number | null;
            /** Lng */
            lng?: number | null;
        };
        /** SignatureRead */
        SignatureRead: {
            /** Id */
            id: number;
            /** Inspection Id */
            inspection_id: number;
            stage: components["schemas"]["SigningStage"];
            signer_role: components["schemas"]["SignerRole"];
            /** Signer Name */
            signer_name: string;
            /** Signer Title */
            signer_title: string;
            /** Signer User Id */
            signer_user_id: number | null;
            /** Upload Id */
            upload_id: number | null;
            /** Refused */
            refused: boolean;
            /** Witness Name */
            witness_name: string;
            /**
             * Signed At
             * Format: date-time
             */
            signed_at: string;
            /** Lat */
            lat: number | null;
            /** Lng */
            lng: number | null;
            /** Recorded By Id */
            recorded_by_id: number;
        };
        /**
         * SignerRole
         * @enum {string}
         */
        SignerRole: "inspector" | "enterprise";
        /**
         * SigningStage
         * @description When a signature is taken: at the inspection's submission (printed on the record and the notice, where the
         *     enterprise's signature is also its receipt, 签收) or at verification (printed on the review).
         * @enum {string}
         */
        SigningStage: "inspection" | "review";
        /** SimulateRead */
        SimulateRead: {
            /**
             * Against Version
             * @description 对比的现行规则版本(0 为出厂默认)
             * @default 0
             */
            against_version: number;
            /**
             * Total
             * @description 试算的企业数(辖区内正常状态的企业)
             */
            total: number;
            /**
             * Changed
             * @description 颜色会变化的企业数
             */
            changed: number;
            /**
             * Changed By Rules
             * @description 其中由草案引起的(现行规则下不会变的)
             * @default 0
             */
            changed_by_rules: number;
            /**
             * Transitions
             * @description 按“原颜色→新颜色”汇总
             * @default []
             */
            transitions: components["schemas"]["ColorTransition"][];
            /**
             * Parameters
             * @description 草案相对现行规则修改的参数
             * @default []
             */
            parameters: components["schemas"]["ParameterChange"][];
            /**
             * Changes
             * @description 变化的企业(最多 limit 家)
             */
            changes: components["schemas"]["ColorChange"][];
        };
        /** SimulateRequest */
        SimulateRequest: {
            /**
             * Ruleset
             * @description 评分规则草案（与 POST /scoring/rulesets 的请求体相同）
             */
            ruleset: {
                [key: string]: unknown;
            };
        };
        /** StatisticsRead */
        StatisticsRead: {
            /** Region Id */
            region_id: number | null;
            /**
             * Date From
             * Format: date
             */
            date_from: string;
            /**
             * Date To
             * Format: date
             */
            date_to: string;
            totals: components["schemas"]["PeriodStatistics"];
            /** By Region */
            by_region: components["schemas"]["RegionStatistics"][];
        };
        /** StreamTicketRead */
        StreamTicketRead: {
            /** Ticket */
            ticket: string;
            /** Expires In */
            expires_in: number;
        };
        /** StreetConfigRead */
        StreetConfigRead: {
            /**
             * Public Reports Enabled
             * @description 公众扫码后可以反映问题
             */
            public_reports_enabled: boolean;
            /**
             * Updated At
             * @description 最近一次修改的时间;从未修改为 null(使用默认值)
             */
            updated_at: string | null;
        };
        /** StreetConfigUpdate */
        StreetConfigUpdate: {
            /** Public Reports Enabled */
            public_reports_enabled?: boolean | null;
        };
        /** SubmitResult */
        SubmitResult: {
            inspection: components["schemas"]["InspectionRead"];
            /** Hazards */
            hazards: components["schemas"]["HazardRead"][];
        };
        /**
         * SubmitWrite
         * @description The whole checklist in one request (filled offline): answers by item id; `rest_passed` marks every item
         *     left unanswered as passed, and without it a missing answer is refused.
         */
        SubmitWrite: {
            /**
             * Answers
             * @default []
             */
            answers: components["schemas"]["AnswerWrite"][];
            /**
             * Rest Passed
             * @default false
             */
            rest_passed: boolean;
        };
        /** SubscriptionReport */
        SubscriptionReport: {
            /**
             * Accepted
             * @description 用户在 wx.requestSubscribeMessage 中同意的消息类型
             */
            accepted: string[];
        };
        /** SubscriptionsRead */
        SubscriptionsRead: {
            /** Remaining */
            remaining: {
                [key: string]: number;
            };
            /**
             * Templates
             * @description 消息类型 → 微信模板 id,供小程序请求订阅
             */
            templates: {
                [key: string]: string;
            };
        };
        /** SummaryRead */
        SummaryRead: {
            /**
             * Inspections
             * @description 期内提交的街道检查(不含企业自查)
             */
            inspections: number;
            hazards: components["schemas"]["HazardFigures"];
            /**
             * Rectification Rate
             * @description 整改率 = 期内街道推送且已闭环 / 期内街道推送;无隐患时为空
             */
            rectification_rate: number | null;
            /** @description 企业自查发现的隐患,与街道的数字并列、不计入其中 */
            self_hazards: components["schemas"]["SelfHazardFigures"];
            /**
             * Inspection Coverage
             * @description 按风险码频次(红月/黄季/绿半年)在期内仍处于检查有效期的企业占比
             */
            inspection_coverage: number | null;
            /**
             * Self Inspection Rate
             * @description 期内完成自查的企业占比
             */
            self_inspection_rate: number | null;
            /**
             * Daily Report Rate
             * @description 日常报送份数 / (企业数 × 期内已过天数)
             */
            daily_report_rate: number | null;
            /**
             * Enterprises
             * @description 在册企业数
             */
            enterprises: number;
            verification_queue: components["schemas"]["VerificationQueue"];
            colors: components["schemas"]["Colors"];
            period: components["schemas"]["PeriodRead"];
            /** @description 上一个等长周期 */
            previous: components["schemas"]["PreviousFigures"];
            /** @description 与上一周期相比的变化 */
            change: components["schemas"]["FiguresChange"];
        };
        /**
         * TaskRead
         * @description An enterprise's task in a campaign: open, done (its checklist submitted) or overdue. `inspection_id` is the
         *     submitted checklist, or the draft being filled in.
         */
        TaskRead: {
            status: components["schemas"]["TaskStatus"];
            /**
             * Deadline
             * Format: date
             */
            deadline: string;
            /** Inspection Id */
            inspection_id: number | null;
            /** Submitted At */
            submitted_at?: string | null;
        };
        /**
         * TaskStatus
         * @enum {string}
         */
        TaskStatus: "open" | "done" | "overdue";
        /** TemplateCreate */
        TemplateCreate: {
            /** Name */
            name: string;
            /**
             * Industries
             * @default []
             */
            industries: string[];
            /**
             * Categories
             * @default []
             */
            categories: string[];
            /**
             * Features
             * @description 适用的企业特征(任一即适用);空为不限
             * @default []
             */
            features: components["schemas"]["Feature"][];
            /** Item Ids */
            item_ids: number[];
        };
        /** TemplateRead */
        TemplateRead: {
            /** Id */
            id: number;
            /** Key */
            key: string | null;
            /** Name */
            name: string;
            /** Industries */
            industries: string[];
            /** Categories */
            categories: string[];
            /** Features */
            features: string[];
            /** Item Ids */
            item_ids: number[];
            /** Is Active */
            is_active: boolean;
        };
        /**
         * TemplateUpdate
         * @description Only the fields sent change; `item_ids` replaces the whole ordered list. Checklists already opened keep
         *     their items; open campaign tasks start from the template as it is when they start.
         */
        TemplateUpdate: {
            /** Name */
            name?: string | null;
            /** Industries */
            industries?: string[] | null;
            /** Categories */
            categories?: string[] | null;
            /** Features */
            features?: components["schemas"]["Feature"][] | null;
            /** Item Ids */
            item_ids?: number[] | null;
        };
        /** TimelineEntry */
        TimelineEntry: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Actor */
            actor: string;
            /** Actor User Id */
            actor_user_id: number | null;
            /** From */
            from: string | null;
            /** To */
            to: string;
            /** Note */
            note: string;
            /** Photo Ids */
            photo_ids: number[];
            /**
             * Kind
             * @default status
             */
            kind: string;
        };
        /** TokenRead */
        TokenRead: {
            /** Access Token */
            access_token: string;
            /**
             * Token Type
             * @default bearer
             */
            token_type: string;
            /** Expires In */
            expires_in: number;
            user: components["schemas"]["UserRead"];
        };
        /**
         * TreatmentPlan
         * @description 16号令 第十五条: the six parts of a 重大事故隐患治理方案.
         */
        TreatmentPlan: {
            /**
             * Goal
             * @default
             */
            goal: string;
            /**
             * Methods
             * @default
             */
            methods: string;
            /**
             * Funds Materials
             * @default
             */
            funds_materials: string;
            /**
             * Organisation
             * @default
             */
            organisation: string;
            /**
             * Time Limit
             * @default
             */
            time_limit: string;
            /**
             * Safety And Emergency
             * @default
             */
            safety_and_emergency: string;
        };
        /** TrendDay */
        TrendDay: {
            /**
             * Date
             * Format: date
             */
            date: string;
            /**
             * Opened
             * @description 当天发现的隐患
             */
            opened: number;
            /**
             * Closed
             * @description 当天闭环的隐患
             */
            closed: number;
        };
        /** TrendRead */
        TrendRead: {
            period: components["schemas"]["PeriodRead"];
            /**
             * Days
             * @description 周期内每天一行,截至今天
             */
            days: components["schemas"]["TrendDay"][];
        };
        /**
         * UploadKind
         * @enum {string}
         */
        UploadKind: "image" | "pdf";
        /** UploadRead */
        UploadRead: {
            /** Id */
            id: number;
            /** Url */
            url: string;
            /** Thumb Url */
            thumb_url?: string | null;
            /** Sha256 */
            sha256: string;
            /** Size */
            size: number;
            /** Media Type */
            media_type: string;
            kind: components["schemas"]["UploadKind"];
            /** Width */
            width?: number | null;
            /** Height */
            height?: number | null;
            /** Captured At */
            captured_at?: string | null;
        };
        /** UserAccountPage */
        UserAccountPage: {
            /** Items */
            items: components["schemas"]["UserAccountRead"][];
            /** Total */
            total: number;
            /** Page */
            page: number;
            /** Size */
            size: number;
        };
        /**
         * UserAccountRead
         * @description An account as its administrators see it.
         */
        UserAccountRead: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Region Id */
            region_id: number | null;
            /** Enterprise Id */
            enterprise_id: number | null;
            /** Username */
            username: string | null;
            /** Phone */
            phone: string | null;
            /** Is Active */
            is_active: boolean;
            /** Wechat Bound */
            wechat_bound: boolean;
            /** Last Login At */
            last_login_at: string | null;
            /**
             * Invite Expires At
             * @description 未使用的邀请码的有效期;已过期或已使用时为空
             */
            invite_expires_at?: string | null;
        };
        /** UserCreate */
        UserCreate: {
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Region Id */
            region_id?: number | null;
            /** Enterprise Id */
            enterprise_id?: number | null;
            /** Phone */
            phone?: string | null;
            /** Username */
            username?: string | null;
            /** Password */
            password?: string | null;
        };
        /** UserCreated */
        UserCreated: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Region Id */
            region_id: number | null;
            /** Enterprise Id */
            enterprise_id: number | null;
            /** Invite Code */
            invite_code: string;
            /** Invite Expires At */
            invite_expires_at: string;
        };
        /** UserRead */
        UserRead: {
            /** Id */
            id: number;
            /** Name */
            name: string;
            role: components["schemas"]["Role"];
            /** Region Id */
            region_id: number | null;
            /** Enterprise Id */
            enterprise_id: number | null;
        };
        /**
         * UserUpdate
         * @description Only the fields sent change; a role or region change revokes the account's tokens.
         */
        UserUpdate: {
            /** Name */
            name?: string | null;
            role?: components["schemas"]["Role"] | null;
            /** Region Id */
            region_id?: number | null;
        };
        /** VerificationQueue */
        VerificationQueue: {
            /**
             * Count
             * @description 待复查:企业已提交整改、等待街道复查的隐患
             */
            count: number;
            /**
             * Past Deadline
             * @description 其中已过整改期限(街道的积压,不算企业逾期)
             */
            past_deadline: number;
            /**
             * Oldest Days
             * @description 等待最久的已等天数;队列为空时为空
             */
            oldest_days: number | null;
        };
        /** VerifyWrite */
        VerifyWrite: {
            /** Approved */
            approved: boolean;
            /**
             * Note
             * @default
             */
            note: string;
        };
        /** VetoRead */
        VetoRead: {
            /** Rule */
            rule: string;
            /** Color */
            color: string;
            /** Reason */
            reason: string;
            /**
             * Source
             * @description 评分规则引用的依据
             * @default
             */
            source: string;
            /**
             * Facts
             * @description 触发该否决项的事实记录
             * @default []
             */
            facts: components["schemas"]["FactRef"][];
        };
        /** VetoRuleInfo */
        VetoRuleInfo: {
            /** Rule */
            rule: string;
            /** Label */
            label: string;
            /**
             * Needs Threshold
             * @description 是否需要阈值(threshold)
             */
            needs_threshold: boolean;
        };
        /** WeChatLogin */
        WeChatLogin: {
            /** Code */
            code: string;
            /** Invite Code */
            invite_code?: string | null;
        };
        /** WorkerRead */
        WorkerRead: {
            /** Worker Id */
            worker_id: string;
            /**
             * Started At
             * Format: date-time
             */
            started_at: string;
            /**
             * Seen At
             * Format: date-time
             */
            seen_at: string;
            /** Alive */
            alive: boolean;
        };
        /** WorseningEnterprise */
        WorseningEnterprise: {
            /** Enterprise Id */
            enterprise_id: number;
            /** Name */
            name: string;
            /** Grid */
            grid: string;
            /** Color */
            color: string;
            /** Score */
            score: number;
            /** Projected Color */
            projected_color: string;
            /** Projected Score */
            projected_score: number;
            /**
             * Reasons
             * @description 到期的隐患、证照等原因
             */
            reasons: string[];
        };
        /** WorseningRead */
        WorseningRead: {
            /** Days */
            days: number;
            /** Items */
            items: components["schemas"]["WorseningEnterprise"][];
        };
        /** DocumentRead */
        enterprises__schemas__DocumentRead: {
            doc_type: components["schemas"]["DocumentType"];
            /** Title */
            title: string;
            /**
             * Upload Ids
             * @default []
             */
            upload_ids: number[];
            /** Issued Date */
            issued_date?: string | null;
            /** Valid Until Date */
            valid_until_date?: string | null;
            /** Id */
            id: number;
            /** Enterprise Id */
            enterprise_id: number;
            /** @description unverified 待核验 / verified 已核验 / rejected 未通过核验 */
            review: components["schemas"]["DocumentReview"];
            /** Reviewed By Id */
            reviewed_by_id?: number | null;
            /** Reviewed At */
            reviewed_at?: string | null;
            /**
             * Review Note
             * @default
             */
            review_note: string;
        };
        /** RiskRead */
        enterprises__schemas__RiskRead: {
            /** @description 显示的颜色:人工认定期间为认定的颜色 */
            color: components["schemas"]["RiskColor"] | null;
            /** Score */
            score: number | null;
            /** Scored At */
            scored_at: string | null;
            /**
             * Overridden
             * @description 当前颜色为系统管理员人工认定
             * @default false
             */
            overridden: boolean;
            /**
             * Override Until
             * @description 人工认定的截止时间
             */
            override_until?: string | null;
        };
        /** DocumentRead */
        records__schemas__DocumentRead: {
            kind: components["schemas"]["DocumentKind"];
            /** Title */
            title: string;
            /**
             * Available
             * @description 该文书是否已可出具(检查已提交;有隐患才有整改通知书;有复查过的隐患才有复查意见书)
             */
            available: boolean;
            /**
             * Url
             * @description PDF 地址(/api/v1 下,需登录)
             */
            url: string;
            /**
             * Number
             * @description 文号;首次打印时生成
             */
            number: string | null;
            /**
             * Verify Url
             * @description 公开核验页地址;首次打印时生成
             */
            verify_url: string | null;
        };
        /**
         * RiskRead
         * @description The latest verdict; all null fields when the enterprise has not been scored yet.
         */
        scoring__schemas__RiskRead: {
            /**
             * Color
             * @description 显示的颜色:人工认定期间为认定的颜色
             */
            color?: string | null;
            /**
             * Computed Color
             * @description 按评分规则得出的颜色
             */
            computed_color?: string | null;
            /**
             * Overridden
             * @default false
             */
            overridden: boolean;
            /** @description 正在生效的人工认定 */
            override?: components["schemas"]["OverrideRead"] | null;
            /** Score */
            score?: number | null;
            /**
             * Breakdown
             * @default []
             */
            breakdown: components["schemas"]["BreakdownLine"][];
            /**
             * Vetoes
             * @default []
             */
            vetoes: components["schemas"]["VetoRead"][];
            /**
             * Advice
             * @default []
             */
            advice: components["schemas"]["AdviceRead"][];
            /** Ruleset Version */
            ruleset_version?: number | null;
            /** Scored At */
            scored_at?: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    readyz_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 数据库不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    login_wechat_api_v1_auth_wechat_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WeChatLogin"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    login_password_api_v1_auth_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordLogin"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    redeem_password_reset_api_v1_auth_password_reset_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRedeem"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    refresh_token_api_v1_auth_refresh_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    logout_api_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    change_password_api_v1_me_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    me_api_v1_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_users_api_v1_users_get: {
        parameters: {
            query?: {
                role?: components["schemas"]["Role"] | null;
                /** @description true 只看启用的,false 只看停用的 */
                active?: boolean | null;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    create_user_api_v1_users_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCreated"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_user_api_v1_users__user_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    deactivate_user_api_v1_users__user_id__deactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    reactivate_user_api_v1_users__user_id__reactivate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    unbind_wechat_api_v1_users__user_id__unbind_wechat_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAccountRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    issue_invite_api_v1_users__user_id__invite_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteIssued"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    reset_password_api_v1_users__user_id__reset_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetIssued"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_regions_api_v1_regions_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    create_region_api_v1_regions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    set_region_boundary_api_v1_regions__region_id__boundary_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                region_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionBoundaryWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    industries_api_v1_dictionaries_industries_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryEntryRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    categories_api_v1_dictionaries_categories_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictionaryEntryRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_enterprises_api_v1_enterprises_get: {
        parameters: {
            query?: {
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
                industry?: string | null;
                category?: string | null;
                region_id?: number | null;
                color?: components["schemas"]["RiskColor"] | null;
                status?: components["schemas"]["EnterpriseStatus"] | null;
                /** @description 名称或信用代码 */
                q?: string | null;
                /** @description true: 有逾期未整改隐患的企业;false: 没有的 */
                overdue?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterprisePage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    register_enterprise_api_v1_enterprises_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterpriseCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_enterprise_api_v1_enterprises__enterprise_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_enterprise_api_v1_enterprises__enterprise_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterpriseUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    approve_enterprise_api_v1_enterprises__enterprise_id__approve_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReviewDecision"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    reject_enterprise_api_v1_enterprises__enterprise_id__reject_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecision"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    nearby_api_v1_enterprises__enterprise_id__nearby_get: {
        parameters: {
            query?: {
                /** @description 半径(米) */
                radius_m?: number;
            };
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NearbyEnterprise"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    reissue_code_api_v1_enterprises__enterprise_id__code_reissue_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    import_enterprises_api_v1_enterprises_import_post: {
        parameters: {
            query?: {
                /** @description true: 只检查不写入,返回将新增、更新的数量和全部错误行 */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_import_enterprises_api_v1_enterprises_import_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 不支持的类型 */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    import_template_api_v1_enterprises_import_template_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_personnel_api_v1_enterprises__enterprise_id__personnel_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    add_personnel_api_v1_enterprises__enterprise_id__personnel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    delete_personnel_api_v1_enterprises__enterprise_id__personnel__item_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_personnel_api_v1_enterprises__enterprise_id__personnel__item_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_documents_api_v1_enterprises__enterprise_id__documents_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["enterprises__schemas__DocumentRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    add_documents_api_v1_enterprises__enterprise_id__documents_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["enterprises__schemas__DocumentRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    delete_documents_api_v1_enterprises__enterprise_id__documents__item_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_documents_api_v1_enterprises__enterprise_id__documents__item_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["enterprises__schemas__DocumentRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_hazard_points_api_v1_enterprises__enterprise_id__hazard_points_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardPointRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    add_hazard_points_api_v1_enterprises__enterprise_id__hazard_points_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HazardPointCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardPointRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    delete_hazard_points_api_v1_enterprises__enterprise_id__hazard_points__item_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_hazard_points_api_v1_enterprises__enterprise_id__hazard_points__item_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HazardPointUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardPointRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    verify_document_api_v1_enterprises__enterprise_id__documents__document_id__verify_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                document_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentVerify"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["enterprises__schemas__DocumentRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    code_png_api_v1_enterprises__enterprise_id__code_png_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG 图片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": unknown;
                };
            };
            /** @description 未修改 */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    poster_png_api_v1_enterprises__enterprise_id__poster_png_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG 图片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": unknown;
                };
            };
            /** @description 未修改 */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    risk_code_png_api_v1_enterprises__enterprise_id__risk_code_png_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG 图片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": unknown;
                };
            };
            /** @description 未修改 */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    wxacode_png_api_v1_enterprises__enterprise_id__wxacode_png_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG 图片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": unknown;
                };
            };
            /** @description 未修改 */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    scan_api_v1_scan__token__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 已失效 */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    scan_history_api_v1_enterprises__enterprise_id__scans_get: {
        parameters: {
            query?: {
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanLogPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    report_problem_api_v1_scan__token__reports_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description 发现的问题 */
                    text: string;
                    /** @description 联系方式(可不填;只有街道工作人员可见,企业看不到) */
                    contact?: string;
                    /**
                     * Format: binary
                     * @description 现场照片(JPEG、PNG 或 WebP,可不传)
                     */
                    photo?: string;
                };
                "application/x-www-form-urlencoded": {
                    /** @description 发现的问题 */
                    text: string;
                    /** @description 联系方式(可不填;只有街道工作人员可见,企业看不到) */
                    contact?: string;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportCreated"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 已失效 */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 不支持的类型 */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_public_reports_api_v1_public_reports_get: {
        parameters: {
            query?: {
                status?: components["schemas"]["ReportStatus"] | null;
                enterprise_id?: number | null;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_public_report_api_v1_public_reports__report_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    close_public_report_api_v1_public_reports__report_id__close_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicReportClose"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReportRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    public_report_photo_api_v1_public_reports__report_id__photo_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                report_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 照片 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description 未修改(If-None-Match 命中) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_street_config_api_v1_street_config_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreetConfigRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_street_config_api_v1_street_config_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StreetConfigUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreetConfigRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    create_upload_api_v1_uploads_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description JPEG、PNG、WebP 图片或 PDF,按内容识别
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description 同一用户已上传过相同内容,返回原记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadRead"];
                };
            };
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 不支持的类型 */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 请求过于频繁 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 服务器存储空间不足 */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    read_upload_api_v1_uploads__upload_id__get: {
        parameters: {
            query?: {
                /** @description PDF 也在页面内打开(默认作为附件下载) */
                inline?: boolean;
            };
            header?: never;
            path: {
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件内容 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "application/pdf": string;
                };
            };
            /** @description 未修改(If-None-Match 命中) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    read_upload_thumbnail_api_v1_uploads__upload_id__thumb_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                upload_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 缩略图(JPEG,长边不超过 320 像素) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description 未修改(If-None-Match 命中) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_inbox_api_v1_inbox_get: {
        parameters: {
            query?: {
                unread?: boolean;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    read_inbox_message_api_v1_inbox__message_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxMessageRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_subscriptions_api_v1_notify_subscriptions_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionsRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    report_subscriptions_api_v1_notify_subscriptions_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionReport"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionsRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_dead_letters_api_v1_notify_dead_letters_get: {
        parameters: {
            query?: {
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_DeadLetterRead_"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    replay_dead_letter_api_v1_notify_dead_letters__delivery_id__replay_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    preview_notice_api_v1_notices_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticeTarget"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticePreview"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_notices_api_v1_notices_get: {
        parameters: {
            query?: {
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Page_NoticeRead_"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    publish_notice_api_v1_notices_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoticeCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_notice_api_v1_notices__notice_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notice_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    read_notice_api_v1_notices__notice_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notice_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetail"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_check_items_api_v1_check_items_get: {
        parameters: {
            query?: {
                category?: string | null;
                industry?: string | null;
                /** @description 检查项内容、依据或编号 */
                q?: string | null;
                include_retired?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckItemRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    add_check_item_api_v1_check_items_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckItemCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckItemRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    retire_check_item_api_v1_check_items__item_id__retire_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckItemRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_check_item_api_v1_check_items__item_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckItemUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckItemRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_templates_api_v1_templates_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    create_template_api_v1_templates_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_template_api_v1_templates__template_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_inspections_api_v1_inspections_get: {
        parameters: {
            query?: {
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
                enterprise_id?: number | null;
                status?: components["schemas"]["InspectionStatus"] | null;
                /** @description far: 远离企业发起的街道检查(total 即其数量) */
                presence?: components["schemas"]["Presence"] | null;
                kind?: components["schemas"]["InspectionKind"] | null;
                region_id?: number | null;
                /** @description 检查开始日期起(含,北京时间) */
                date_from?: string | null;
                /** @description 检查开始日期止(含,北京时间) */
                date_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    start_inspection_api_v1_inspections_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InspectionStart"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 已失效 */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    record_result_api_v1_inspections__inspection_id__items__item_id__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemResultWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionItemRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    add_items_api_v1_inspections__inspection_id__items_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ItemsAdd"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    add_finding_api_v1_inspections__inspection_id__findings_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    cancel_inspection_api_v1_inspections__inspection_id__cancel_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    submit_inspection_api_v1_inspections__inspection_id__submit_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubmitWrite"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitResult"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_inspection_api_v1_inspections__inspection_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_hazards_api_v1_hazards_get: {
        parameters: {
            query?: {
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
                enterprise_id?: number | null;
                status?: components["schemas"]["HazardStatus"] | null;
                severity?: components["schemas"]["Severity"] | null;
                overdue?: boolean | null;
                /** @description true: 有待审批的延期申请(街道的审批队列) */
                extension_pending?: boolean | null;
                inspection_id?: number | null;
                region_id?: number | null;
                /** @description 来源:日常检查、专项检查或企业自查 */
                kind?: components["schemas"]["InspectionKind"] | null;
                /** @description 发现日期起(含,北京时间) */
                date_from?: string | null;
                /** @description 发现日期止(含,北京时间) */
                date_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_hazard_api_v1_hazards__hazard_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazard_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardDetail"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    update_hazard_ledger_api_v1_hazards__hazard_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazard_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HazardLedgerUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    rectify_api_v1_hazards__hazard_id__rectify_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazard_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectifyWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    verify_api_v1_hazards__hazard_id__verify_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazard_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    request_extension_api_v1_hazards__hazard_id__extensions_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazard_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    decide_extension_api_v1_hazards__hazard_id__extensions__extension_id__decide_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazard_id: number;
                extension_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDecisionWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardDetail"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    revise_hazard_api_v1_hazards__hazard_id__revise_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazard_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HazardRevisionWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HazardDetail"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_campaigns_api_v1_campaigns_get: {
        parameters: {
            query?: {
                status?: components["schemas"]["TaskStatus"] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    publish_campaign_api_v1_campaigns_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_campaign_api_v1_campaigns__campaign_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaign_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_campaign_tasks_api_v1_campaigns__campaign_id__tasks_get: {
        parameters: {
            query?: {
                status?: components["schemas"]["TaskStatus"] | null;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path: {
                campaign_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignTaskPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    start_campaign_task_api_v1_campaigns__campaign_id__start_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                campaign_id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CampaignStart"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_report_form_api_v1_reports_form_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportQuestion"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    set_report_form_api_v1_reports_form_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportFormWrite"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportQuestion"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_reports_api_v1_reports_get: {
        parameters: {
            query?: {
                report_date?: string | null;
                enterprise_id?: number | null;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyReportPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    submit_report_api_v1_reports_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DailyReportCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DailyReportRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    missing_reports_api_v1_reports_missing_get: {
        parameters: {
            query?: {
                report_date?: string | null;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MissingReportPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    inspection_statistics_api_v1_statistics_inspections_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                date_from?: string | null;
                date_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_signatures_api_v1_inspections__inspection_id__signatures_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    record_signature_api_v1_inspections__inspection_id__signatures_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignatureRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_documents_api_v1_inspections__inspection_id__documents_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["records__schemas__DocumentRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    record_pdf_api_v1_inspections__inspection_id__record_pdf_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF 文书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    rectification_notice_pdf_api_v1_inspections__inspection_id__rectification_notice_pdf_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF 文书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    review_pdf_api_v1_inspections__inspection_id__review_pdf_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                inspection_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF 文书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    posters_pdf_api_v1_posters_pdf_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 如 1,2,3 */
                enterprise_ids?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF 文书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    get_risk_api_v1_enterprises__enterprise_id__risk_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["scoring__schemas__RiskRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_facts_api_v1_enterprises__enterprise_id__facts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    record_fact_api_v1_enterprises__enterprise_id__facts_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FactCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    revoke_fact_api_v1_enterprises__enterprise_id__facts__fact_id__revoke_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
                fact_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FactRevoke"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 状态冲突 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    override_risk_api_v1_enterprises__enterprise_id__risk_override_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["scoring__schemas__RiskRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    risk_history_api_v1_enterprises__enterprise_id__risk_history_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterprise_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskHistoryItem"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    list_rulesets_api_v1_scoring_rulesets_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesetRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    create_ruleset_api_v1_scoring_rulesets_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesetRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    active_ruleset_api_v1_scoring_rulesets_active_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActiveRulesetRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    activate_ruleset_api_v1_scoring_rulesets__version__activate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesetRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    simulate_api_v1_scoring_simulate_post: {
        parameters: {
            query?: {
                /** @description 最多列出多少家变化的企业 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SimulateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SimulateRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    inspections_due_api_v1_scoring_inspections_due_get: {
        parameters: {
            query?: {
                /** @description 未来多少天内到期 */
                within_days?: number;
                /** @description 最多返回多少家,最逾期的在前 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDueRead"][];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    summary_api_v1_dashboard_summary_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 统计开始日期(含),默认本月 1 日 */
                from?: string | null;
                /** @description 统计结束日期(含),默认今天 */
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    enterprise_map_api_v1_dashboard_map_get: {
        parameters: {
            query?: {
                region_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    stream_ticket_api_v1_dashboard_stream_ticket_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTicketRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    live_stream_api_v1_dashboard_stream_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 页面用新凭证重连时,从此事件编号之后继续(与 Last-Event-ID 相同) */
                after?: string | null;
                /** @description POST /dashboard/stream-ticket 取得的一次性凭证(浏览器 EventSource 无法带请求头) */
                ticket?: string | null;
            };
            header?: {
                "Last-Event-ID"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    trend_api_v1_dashboard_trend_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 统计开始日期(含),默认本月 1 日 */
                from?: string | null;
                /** @description 统计结束日期(含),默认今天 */
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    overdue_api_v1_dashboard_overdue_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverduePage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    awaiting_verification_api_v1_dashboard_awaiting_verification_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 页码,从 1 开始 */
                page?: number;
                /** @description 每页条数,最多 100 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwaitingVerificationPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    breakdown_api_v1_dashboard_breakdown_get: {
        parameters: {
            query?: {
                by?: "region" | "industry" | "category";
                region_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakdownRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    ranking_api_v1_dashboard_ranking_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 统计开始日期(含),默认本月 1 日 */
                from?: string | null;
                /** @description 统计结束日期(含),默认今天 */
                to?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    monthly_board_api_v1_dashboard_board_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 月份 YYYY-MM,默认本月 */
                month?: string | null;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    worsening_api_v1_dashboard_worsening_get: {
        parameters: {
            query?: {
                region_id?: number | null;
                /** @description 向前推算的天数 */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorseningRead"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    export_enterprises_api_v1_exports_enterprises_xlsx_get: {
        parameters: {
            query?: {
                industry?: string | null;
                category?: string | null;
                region_id?: number | null;
                color?: components["schemas"]["RiskColor"] | null;
                status?: components["schemas"]["EnterpriseStatus"] | null;
                /** @description 名称或信用代码 */
                q?: string | null;
                /** @description true: 有逾期未整改隐患的企业;false: 没有的 */
                overdue?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件(.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    export_hazards_api_v1_exports_hazards_xlsx_get: {
        parameters: {
            query?: {
                enterprise_id?: number | null;
                status?: components["schemas"]["HazardStatus"] | null;
                severity?: components["schemas"]["Severity"] | null;
                overdue?: boolean | null;
                /** @description true: 有待审批的延期申请(街道的审批队列) */
                extension_pending?: boolean | null;
                inspection_id?: number | null;
                region_id?: number | null;
                /** @description 来源:日常检查、专项检查或企业自查 */
                kind?: components["schemas"]["InspectionKind"] | null;
                /** @description 发现日期起(含,北京时间) */
                date_from?: string | null;
                /** @description 发现日期止(含,北京时间) */
                date_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件(.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    export_inspections_api_v1_exports_inspections_xlsx_get: {
        parameters: {
            query?: {
                enterprise_id?: number | null;
                status?: components["schemas"]["InspectionStatus"] | null;
                /** @description far: 远离企业发起的街道检查(total 即其数量) */
                presence?: components["schemas"]["Presence"] | null;
                kind?: components["schemas"]["InspectionKind"] | null;
                region_id?: number | null;
                /** @description 检查开始日期起(含,北京时间) */
                date_from?: string | null;
                /** @description 检查开始日期止(含,北京时间) */
                date_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件(.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    export_quarterly_api_v1_exports_quarterly_xlsx_get: {
        parameters: {
            query: {
                /** @description 年份 */
                year: number;
                /** @description 季度 1-4 */
                quarter: number;
                region_id?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel 文件(.xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    unknown_export_api_v1_exports__kind__xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 对象不存在或不在权限范围内 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    search_audit_api_v1_audit_get: {
        parameters: {
            query?: {
                /** @description 对象类型,如 enterprise、user、hazard、scoring_ruleset */
                object_type?: string | null;
                /** @description 对象 id */
                object_id?: string | null;
                actor_user_id?: number | null;
                /** @description 操作,如 user.created、ruleset.activated */
                action?: string | null;
                /** @description 开始日期(含,北京时间) */
                date_from?: string | null;
                /** @description 结束日期(含,北京时间) */
                date_to?: string | null;
                /** @description 只看序号小于此值的记录(翻页) */
                before_seq?: number | null;
                /** @description 每页条数 */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
    operations_status_api_v1_ops_status_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationsStatus"];
                };
            };
            /** @description 请求无法解析 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 未登录或登录已失效 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 角色或范围不允许 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 内容过大 */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
            /** @description 依赖的服务暂时不可用 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorRead"];
                };
            };
        };
    };
}
