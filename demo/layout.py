"""The demo street as data, pure: 金雁街道 of 广汉市 (德阳市, 四川省), the seed's street, with communities and grids
of invented names, its staff and 130 enterprises. Everything is drawn from a seeded RNG, so every run lays out the
same street. demo/street.py writes it, demo/history.py gives it three months of work."""

import random
from dataclasses import dataclass
from functools import cache

from enterprises.credit_code import complete

# The street: around 30.9755N 104.2840E in the south of 广汉市's town (GCJ-02, what wx.getLocation gives), a box
# of about 4.4 x 4.3 km.
CENTER = (30.9755, 104.2840)
HALF_SPAN = (0.02, 0.0225)  # degrees of latitude and longitude, about 2.2 km each way
TOWN_BOX = (CENTER[0] - HALF_SPAN[0], CENTER[0] + HALF_SPAN[0], CENTER[1] - HALF_SPAN[1], CENTER[1] + HALF_SPAN[1])
ENTERPRISE_COUNT = 130
DISTRICT, STREET = "广汉市", "金雁街道"
CREDIT_CODE_AREA = "91510681"  # 德阳市广汉市
ADDRESS_PREFIX = "四川省德阳市广汉市"

# Community → its grids, with the community's offset from the centre in degrees (lat, lng).
COMMUNITIES = {
    "金雁湖社区": (("金雁湖第一网格", "金雁湖第二网格", "金雁湖第三网格"), (-0.010, -0.008)),
    "房湖社区": (("房湖第一网格", "房湖第二网格", "房湖第三网格"), (0.011, -0.010)),
    "鸭子河社区": (("鸭子河第一网格", "鸭子河第二网格"), (0.009, 0.012)),
    "石亭社区": (("石亭第一网格", "石亭第二网格"), (-0.008, 0.013)),
    "湘潭路社区": (("湘潭路第一网格", "湘潭路第二网格"), (0.000, -0.016)),
}

ROADS = ("金雁路", "中山大道南段", "湘潭路", "房湖路", "韶山路", "工业集中区一路", "工业集中区二路", "株洲路", "鸭子河路",
         "幸福街")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "春生", "国庆", "晓东", "红梅")
NAME_PREFIXES = ("金雁", "鑫达", "恒丰", "宏远", "福瑞", "永盛", "华泰", "瑞祥", "利民", "海达", "蜀汉", "东泰", "德润",
                 "盛元", "安泰", "兴隆", "凯达", "正阳", "同心", "雁湖", "汉州", "顺发", "广源", "富强", "新程", "百川",
                 "海润", "昌盛", "天成", "博远", "惠丰", "锦华", "嘉禾", "宝丰", "联创", "中和", "汇通", "明阳")

# Every document type the ruleset scores, most kept first: a careless enterprise lacks the tail of this list.
DOCUMENT_TYPES = ("responsibility", "rules", "appointment", "procedure", "emergency_plan", "training_record",
                  "hazard_ledger", "fire_inspection", "ppe_record", "drill_record", "investment_ledger")
DOCUMENT_TITLES = {
    "responsibility": "全员安全生产责任制", "rules": "安全生产规章制度", "appointment": "安全管理人员任命文件",
    "procedure": "岗位安全操作规程", "emergency_plan": "生产安全事故应急预案", "training_record": "全员安全培训档案",
    "hazard_ledger": "隐患排查治理制度和台账", "fire_inspection": "消防设施检测报告", "ppe_record": "劳动防护用品发放记录",
    "drill_record": "应急演练记录", "investment_ledger": "安全投入台账",
}


@dataclass(frozen=True)
class Industry:
    name: str
    weight: int               # how many of the street's enterprises, roughly
    suffixes: tuple[str, ...]
    categories: tuple[str, ...]
    products: tuple[str, ...]
    processes: str
    hazardous_materials: tuple[str, ...] = ()
    special_equipment: tuple[str, ...] = ()
    hazard_points: tuple[tuple[str, str, str], ...] = ()  # (name, place, risk level)
    work: frozenset[str] = frozenset()  # of confined_space, dust_explosion, hot_work, gas_use


INDUSTRIES = (
    Industry("机械", 18, ("机械制造有限公司", "精密机械厂", "五金制品有限公司", "机械配件厂"), ("规上", "规下", "规下"),
             ("液压阀件", "农机配件", "法兰", "紧固件"), "下料、车削、焊接、打磨、喷涂",
             ("氧气", "乙炔"), ("桥式起重机", "叉车"), (("焊接作业区", "一号车间", "yellow"),)),
    Industry("食品", 14, ("食品有限公司", "食品厂", "粮油加工有限公司"), ("规上", "规下"),
             ("缠丝兔", "火锅底料", "菜籽油", "川式面点"), "原料清洗、蒸煮、灌装、杀菌、包装",
             ("液氨",), ("压力容器", "叉车"), (("液氨制冷机房", "冷库北侧", "orange"),), frozenset({"confined_space"})),
    Industry("化工", 8, ("化工有限公司", "涂料有限公司", "精细化工厂"), ("规上", "规下"),
             ("水性涂料", "清洗剂", "胶粘剂"), "配料、搅拌、分装", ("乙醇", "甲苯", "稀释剂"),
             ("压力容器", "叉车"), (("危化品储存间", "仓库东侧", "orange"), ("调配车间", "二号车间", "yellow")),
             frozenset({"confined_space"})),
    Industry("木材加工", 10, ("木业有限公司", "家具厂", "木制品厂"), ("规下",),
             ("实木家具", "木门", "包装箱"), "开料、刨削、砂光、喷漆", ("油漆", "稀释剂"), ("叉车",),
             (("砂光除尘系统", "砂光车间", "orange"),), frozenset({"dust_explosion"})),
    Industry("纺织印染", 8, ("纺织有限公司", "印染厂", "服装有限公司"), ("规上", "规下"),
             ("针织布", "工装", "床上用品"), "织造、印染、定型、缝制", ("烧碱", "双氧水"), ("锅炉",)),
    Industry("仓储物流", 12, ("物流有限公司", "仓储有限公司", "供应链管理有限公司"), ("规上", "规下"),
             ("普通货物仓储", "冷链配送", "快递分拨"), "装卸、搬运、仓储、配送", (), ("叉车", "货梯")),
    Industry("建材", 8, ("建材有限公司", "新型建材厂", "商砼有限公司"), ("规上", "规下"),
             ("预拌混凝土", "加气砖", "石材"), "配料、搅拌、成型、切割", (), ("叉车", "桥式起重机")),
    Industry("电子", 10, ("电子科技有限公司", "电子有限公司", "电器有限公司"), ("规上", "规下"),
             ("线路板组件", "传感器", "线束"), "贴片、焊接、组装、检测", ("助焊剂",), ()),
    Industry("餐饮", 24, ("饭店", "酒家", "快餐店", "面馆", "火锅店", "烧烤店"), ("九小场所",),
             ("中餐", "快餐", "火锅"), "燃气灶具烹饪", ("液化石油气",), (), (), frozenset({"gas_use"})),
    # The street's small shops; a 宾馆 and a 美容美发店 are filed under their own industries (SHOP_INDUSTRIES).
    Industry("零售", 18, ("便利店", "超市", "美容美发店", "宾馆", "五金店", "药店"), ("九小场所",),
             ("日用百货", "住宿", "美容美发"), "经营服务", (), ()),
)
# GB/T 4754: a guesthouse is 住宿 (H), a hairdresser 居民服务 (O); the other shops are 零售 (F).
SHOP_INDUSTRIES = {"宾馆": "住宿", "美容美发店": "居民服务"}


@dataclass(frozen=True)
class Person:
    name: str
    role: str                     # PersonnelRole value
    certificate_type: str = ""
    certificate_no: str = ""


@dataclass(frozen=True)
class EnterpriseSpec:
    number: int                   # 1..130, the manager logs in as demo-ent<number>
    name: str
    industry: str
    category: str
    community: str
    grid: str
    address: str
    lat: float
    lng: float
    credit_code: str
    contact_name: str
    contact_phone: str
    employee_count: int
    main_products: str
    processes: str
    hazardous_materials: tuple[str, ...]
    special_equipment: tuple[str, ...]
    work: frozenset[str]          # of confined_space, dust_explosion, hot_work, gas_use
    documents: tuple[str, ...]    # DocumentType values it has uploaded
    personnel: tuple[Person, ...]
    hazard_points: tuple[tuple[str, str, str], ...]
    diligence: float              # 0..1: how carefully it keeps its papers, self-inspects and fixes


@dataclass(frozen=True)
class StaffSpec:
    username: str
    name: str
    role: str                     # Role value
    region: str                   # a community name, the street, or the district (the top of the tree)


STAFF = (
    # At the top of the tree, so it may configure the street (rulesets, report form, library: core/access.py).
    StaffSpec("admin", "街道安监办管理员", "admin", DISTRICT),
    StaffSpec("command", "指挥中心值班员", "command", STREET),
    *(StaffSpec(f"inspector{i}", f"{surname}检查({community})", "inspector", community)
      for i, (surname, community) in enumerate(zip("张李王赵刘", COMMUNITIES), start=1)),
)


def grids() -> list[tuple[str, str]]:
    """(community, grid) pairs in order."""
    return [(community, grid) for community, (names, _) in COMMUNITIES.items() for grid in names]


def inspector_for(community: str) -> str:
    return next(s.username for s in STAFF if s.role == "inspector" and s.region == community)


def _person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _industry_plan(rng: random.Random) -> list[Industry]:
    """Industries by weight, scaled to exactly ENTERPRISE_COUNT and shuffled."""
    total = sum(i.weight for i in INDUSTRIES)
    plan = [i for i in INDUSTRIES for _ in range(round(i.weight * ENTERPRISE_COUNT / total))]
    plan = (plan + [INDUSTRIES[-1]] * ENTERPRISE_COUNT)[:ENTERPRISE_COUNT]
    rng.shuffle(plan)
    return plan


def _name(rng: random.Random, industry: Industry, taken: set[str]) -> str:
    while True:
        name = rng.choice(NAME_PREFIXES) + rng.choice(industry.suffixes)
        if industry.name in ("餐饮", "零售"):
            name = f"广汉市{name}" if rng.random() < 0.3 else name
        if name not in taken:
            taken.add(name)
            return name


def _coordinates(rng: random.Random, community: str, grid_index: int) -> tuple[float, float]:
    """Around the community's centre, each grid a few hundred metres apart, clipped to the town box."""
    dlat, dlng = COMMUNITIES[community][1]
    lat = CENTER[0] + dlat + (grid_index - 1) * 0.003 + rng.uniform(-0.004, 0.004)
    lng = CENTER[1] + dlng + (grid_index - 1) * 0.003 + rng.uniform(-0.005, 0.005)
    return (round(min(max(lat, TOWN_BOX[0]), TOWN_BOX[1]), 6), round(min(max(lng, TOWN_BOX[2]), TOWN_BOX[3]), 6))


def _documents(diligence: float) -> tuple[str, ...]:
    """Careful enterprises keep all of them, the careless few only the first two."""
    return DOCUMENT_TYPES[:max(2, round(len(DOCUMENT_TYPES) * diligence ** 0.5))]


def _personnel(rng: random.Random, number: int, industry: Industry, contact: str) -> tuple[Person, ...]:
    people = [Person(contact, "principal", "主要负责人安全生产知识和管理能力考核合格证", f"GH{number:05d}")]
    if industry.special_equipment:
        people.append(Person(_person_name(rng), "equipment_operator", "特种设备安全管理和作业人员证",
                             f"TS{number:05d}"))
    if industry.hazardous_materials and industry.name not in ("餐饮",):
        people.append(Person(_person_name(rng), "special_operator", "特种作业操作证(焊接与热切割)", f"TZ{number:05d}"))
    return tuple(people)


@cache
def enterprises() -> tuple[EnterpriseSpec, ...]:
    rng = random.Random(7)
    grid_list = grids()
    taken: set[str] = set()
    specs = []
    for number, industry in enumerate(_industry_plan(rng), start=1):
        community, grid = grid_list[(number - 1) % len(grid_list)]
        grid_index = COMMUNITIES[community][0].index(grid) + 1
        lat, lng = _coordinates(rng, community, grid_index)
        category = rng.choice(industry.categories)
        contact = _person_name(rng)
        diligence = rng.random()
        name = _name(rng, industry, taken)
        industry_name = next((shop for suffix, shop in SHOP_INDUSTRIES.items() if name.endswith(suffix)),
                             industry.name)
        specs.append(EnterpriseSpec(
            number=number, name=name, industry=industry_name, category=category,
            community=community, grid=grid, address=f"{ADDRESS_PREFIX}{rng.choice(ROADS)}{rng.randint(1, 399)}号",
            lat=lat, lng=lng, credit_code=complete(f"{CREDIT_CODE_AREA}MA{number:07d}"), contact_name=contact,
            contact_phone=f"13{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}",
            employee_count=rng.randint(3, 15) if category == "九小场所" else rng.randint(12, 260),
            main_products="、".join(rng.sample(industry.products, k=min(2, len(industry.products)))),
            processes=industry.processes, hazardous_materials=industry.hazardous_materials,
            special_equipment=industry.special_equipment, work=industry.work, documents=_documents(diligence),
            personnel=_personnel(rng, number, industry, contact),
            hazard_points=industry.hazard_points if rng.random() < 0.5 else (), diligence=diligence))
    return tuple(specs)
