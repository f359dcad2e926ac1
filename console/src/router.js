import { createRouter, createWebHashHistory } from "vue-router";

import Campaigns from "./views/Campaigns.vue";
import CheckItems from "./views/CheckItems.vue";
import Dictionaries from "./views/Dictionaries.vue";
import EnterpriseDetail from "./views/EnterpriseDetail.vue";
import Enterprises from "./views/Enterprises.vue";
import Hazards from "./views/Hazards.vue";
import Import from "./views/Import.vue";
import Inspections from "./views/Inspections.vue";
import Login from "./views/Login.vue";
import Notices from "./views/Notices.vue";
import Operations from "./views/Operations.vue";
import Posters from "./views/Posters.vue";
import Registrations from "./views/Registrations.vue";
import Reports from "./views/Reports.vue";
import Scoring from "./views/Scoring.vue";
import Templates from "./views/Templates.vue";
import Users from "./views/Users.vue";

export const MENU = [
  { path: "/enterprises", title: "企业台账", icon: "OfficeBuilding" },
  { path: "/registrations", title: "注册审核", icon: "Stamp" },
  { path: "/import", title: "批量导入", icon: "Upload", admin: true },
  { path: "/inspections", title: "检查记录", icon: "DocumentChecked" },
  { path: "/hazards", title: "隐患", icon: "Warning" },
  { path: "/posters", title: "海报打印", icon: "Printer" },
  { path: "/campaigns", title: "专项任务", icon: "Flag" },
  { path: "/reports", title: "日常报送", icon: "Calendar" },
  { path: "/check-items", title: "检查项库", icon: "List" },
  { path: "/templates", title: "检查模板", icon: "Tickets" },
  { path: "/dictionaries", title: "行业与类别", icon: "Collection" },
  { path: "/notices", title: "通知公告", icon: "Bell" },
  { path: "/users", title: "账号管理", icon: "User", admin: true },
  { path: "/scoring", title: "评分规则", icon: "Odometer", admin: true },
  { path: "/operations", title: "运维", icon: "Monitor", admin: true },
];

// Hash history: the backend serves only the built files under /admin/, so every page is /admin/#/...
export function makeRouter(api) {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: "/", redirect: "/enterprises" },
      { path: "/login", component: Login, meta: { title: "登录", bare: true } },
      { path: "/enterprises", component: Enterprises, meta: { title: "企业台账" } },
      { path: "/enterprises/:id(\\d+)", component: EnterpriseDetail, meta: { title: "企业详情", menu: "/enterprises" } },
      { path: "/posters", component: Posters, meta: { title: "批量打印身份码海报" } },
      { path: "/registrations", component: Registrations, meta: { title: "注册审核" } },
      { path: "/import", component: Import, meta: { title: "批量导入企业" } },
      { path: "/inspections", component: Inspections, meta: { title: "检查记录" } },
      { path: "/hazards", component: Hazards, meta: { title: "隐患:台账、延期审批与待复查" } },
      { path: "/campaigns", component: Campaigns, meta: { title: "专项任务" } },
      { path: "/reports", component: Reports, meta: { title: "日常报送" } },
      { path: "/check-items", component: CheckItems, meta: { title: "检查项库" } },
      { path: "/templates", component: Templates, meta: { title: "检查表模板" } },
      { path: "/dictionaries", component: Dictionaries, meta: { title: "行业与类别字典" } },
      { path: "/notices", component: Notices, meta: { title: "通知公告" } },
      { path: "/users", component: Users, meta: { title: "账号管理" } },
      { path: "/scoring", component: Scoring, meta: { title: "评分规则" } },
      { path: "/operations", component: Operations, meta: { title: "运维:后台任务、死信与审计记录" } },
      { path: "/:rest(.*)*", redirect: "/enterprises" },
    ],
  });
  router.beforeEach((to) => {
    if (!to.meta.bare && !api.token()) return { path: "/login", query: { next: to.fullPath } };
    return true;
  });
  router.afterEach((to) => {
    document.title = `${to.meta.title || ""} · 金雁安全云管理端`;
  });
  return router;
}
