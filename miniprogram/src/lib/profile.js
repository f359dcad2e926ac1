// The enterprise's side of issue 20 as plain functions: registration (pending the street's approval), the profile's
// three lists (personnel, documents with their files, hazard points: api/routes/profile.py), and colleagues.

export const REGISTRATION_KEY = "jinyan.registration";
export const PHONE = /^1[3-9]\d{9}$/;

export const PERSONNEL_ROLES = { principal: "主要负责人", safety_manager: "安全管理人员", special_operator: "特种作业人员",
                                 equipment_operator: "特种设备作业人员", other: "其他" };
export const DOCUMENT_TYPES = { responsibility: "全员安全生产责任制", appointment: "安全管理机构或安全员任命",
                                rules: "安全生产规章制度", procedure: "岗位安全操作规程", training_record: "培训记录、档案",
                                emergency_plan: "应急预案、应急处置卡", drill_record: "演练记录",
                                hazard_ledger: "隐患排查治理制度和台账" };
export const RISK_LEVELS = { red: "重大风险", orange: "较大风险", yellow: "一般风险", blue: "低风险" };
export const REVIEWS = { unverified: "待核验", verified: "已核验", rejected: "未通过核验" };
export const ENTERPRISE_STATES = { pending: "待街道审核", active: "已通过", rejected: "未通过" };

/** The three lists of the profile: their API path, their form's fields, and how a row reads. */
export const SECTIONS = {
  personnel: { title: "安全管理人员", empty: () => ({ name: "", role: "safety_manager", phone: "", certificate_type: "",
                                                  certificate_no: "" }),
               line: (row) => `${row.name} · ${PERSONNEL_ROLES[row.role] || row.role}${row.phone ? ` · ${row.phone}` : ""}` },
  documents: { title: "安全制度与预案", empty: () => ({ doc_type: "rules", title: "", upload_ids: [] }),
               line: (row) => `${DOCUMENT_TYPES[row.doc_type] || row.doc_type}:${row.title} · 附件 ${row.upload_ids.length} · `
                 + `${REVIEWS[row.review] || row.review}` },
  "hazard-points": { title: "风险点位", empty: () => ({ name: "", place: "", risk_level: "yellow", control_measures: [],
                                                     responsible_person: "" }),
                     line: (row) => `${row.name}${row.place ? `(${row.place})` : ""} · ${RISK_LEVELS[row.risk_level]}` },
};

const blank = (value) => !String(value ?? "").trim();

/** What the phone can tell is missing before POST /enterprises (the server judges the rest, e.g. the check digit). */
export function registrationProblems(form) {
  const found = [];
  if (String(form.name || "").trim().length < 2) found.push("请填写企业名称");
  if (!/^[0-9A-Z]{18}$/.test(String(form.credit_code || "").trim().toUpperCase())) found.push("统一社会信用代码应为 18 位");
  if (blank(form.address)) found.push("请填写地址");
  if (!form.region_id) found.push("请选择所属网格");
  if (blank(form.industry)) found.push("请选择行业");
  if (blank(form.category)) found.push("请选择类别");
  if (!Number.isFinite(Number.parseFloat(form.lat)) || !Number.isFinite(Number.parseFloat(form.lng))) {
    found.push("请定位或填写企业位置");
  }
  if (blank(form.contact_name)) found.push("请填写联系人");
  if (!PHONE.test(String(form.contact_phone || "").trim())) found.push("请填写 11 位手机号");
  return found;
}

export function registrationBody(form) {
  const body = { name: form.name.trim(), credit_code: form.credit_code.trim().toUpperCase(), address: form.address.trim(),
                 region_id: Number(form.region_id), industry: form.industry, category: form.category,
                 lat: Number.parseFloat(form.lat), lng: Number.parseFloat(form.lng),
                 contact_name: form.contact_name.trim(), contact_phone: form.contact_phone.trim() };
  const count = Number.parseInt(form.employee_count, 10);
  if (Number.isFinite(count)) body.employee_count = count;
  if (!blank(form.main_products)) body.main_products = form.main_products.trim();
  return body;
}

/** The grids an enterprise can register under, named with their community ("北社区 · 一网格"). */
export function gridChoices(regions) {
  const byId = new Map(regions.map((region) => [region.id, region]));
  return regions.filter((region) => region.level === "grid").map((grid) => {
    const parent = byId.get(grid.parent_id);
    return { id: grid.id, label: parent ? `${parent.name} · ${grid.name}` : grid.name };
  });
}

/** A profile row's form as the API's body: blanks out, lists split by line. */
export function sectionBody(section, form) {
  const problems = [];
  if (section === "personnel") {
    if (blank(form.name)) problems.push("请填写姓名");
    if (form.phone && !PHONE.test(form.phone.trim())) problems.push("请填写 11 位手机号");
    return { problems, body: { name: (form.name || "").trim(), role: form.role, phone: (form.phone || "").trim(),
                               certificate_type: (form.certificate_type || "").trim(),
                               certificate_no: (form.certificate_no || "").trim() } };
  }
  if (section === "documents") {
    if (blank(form.title)) problems.push("请填写文件名称");
    return { problems, body: { doc_type: form.doc_type, title: (form.title || "").trim(),
                               upload_ids: [...(form.upload_ids || [])] } };
  }
  if (blank(form.name)) problems.push("请填写点位名称");
  const measures = Array.isArray(form.control_measures) ? form.control_measures
    : String(form.control_measures || "").split(/\n+/);
  return { problems, body: { name: (form.name || "").trim(), place: (form.place || "").trim(), risk_level: form.risk_level,
                             control_measures: measures.map((m) => m.trim()).filter(Boolean),
                             responsible_person: (form.responsible_person || "").trim() } };
}

/** Colleagues: the caller first-named "我", who may remove whom (not oneself, not an already removed one). */
export function colleagueRows(users, me) {
  return users.map((user) => ({ ...user, self: user.id === me?.id,
                                removable: user.is_active && user.id !== me?.id && me?.role === "enterprise" }));
}

/** An existing row as its section's form, to edit it (the hazard point's measures one per line). */
export function formOf(section, row) {
  const form = { ...SECTIONS[section].empty() };
  for (const key of Object.keys(form)) {
    if (row[key] !== undefined && row[key] !== null) form[key] = Array.isArray(row[key]) ? [...row[key]] : row[key];
  }
  if (section === "hazard-points") form.control_measures = (row.control_measures || []).join("\n");
  return form;
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The PATCH of an edited row: only the fields that changed (so an unchanged document keeps its review). */
export function patchBody(section, row, form) {
  const { problems, body } = sectionBody(section, form);
  const changes = Object.fromEntries(Object.entries(body).filter(([key, value]) => !same(value, row[key] ?? "")));
  return { problems, body: changes };
}
