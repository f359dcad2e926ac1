"""Industry and category become dictionaries (enterprises/data/dictionary.json): stored synonyms become the
dictionary's names; the demo's old industry "九小场所" (a category) becomes the shop's industry by its name.
The enterprise profile gains the four kinds of work that bring their own check items."""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops

# The dictionary as it was when this migration was written (frozen: later edits need their own migration).
_INDUSTRY_WORDS = {
    '机械': ('machinery', '机械制造', '机械加工', '装备制造', '机械配件', '五金', '五金制品', '金属制品', '金属制品业', '通用设备制造业', '专用设备制造业', '汽车零部件'),
    '食品': ('food', '食品加工', '食品制造', '食品制造业', '农副食品加工', '农副食品加工业', '粮油加工', '饮料制造', '酒、饮料和精制茶制造业'),
    '化工': ('chemical', '化学原料和化学制品制造业', '化学工业', '化学品制造', '精细化工', '涂料制造', '涂料', '油漆制造', '胶粘剂制造', '日用化学产品制造'),
    '塑料橡胶': ('plastics', '塑料', '塑料制品', '橡胶', '橡胶制品', '橡胶和塑料制品业'),
    '木材加工': ('wood', '木业', '木制品', '木材加工和木、竹、藤、棕、草制品业', '家具', '家具制造', '家具制造业'),
    '纺织印染': ('textile', '纺织', '纺织业', '印染', '服装', '服装制造', '纺织服装、服饰业'),
    '印刷包装': ('printing', '印刷', '包装', '纸制品', '印刷和记录媒介复制业', '造纸和纸制品业'),
    '建材': ('building_materials', '建筑材料', '非金属矿物制品业', '商砼', '混凝土', '石材加工'),
    '电子': ('electronics', '电子制造', '电子元器件', '电子设备制造', '电器', '电气机械和器材制造业', '计算机、通信和其他电子设备制造业'),
    '建筑施工': ('construction', '建筑', '建筑业', '施工', '装修', '装饰装修'),
    '批发': ('wholesale', '批发业', '商贸', '贸易'),
    '零售': ('retail', '零售业', '商店', '商铺', '门店', '超市', '便利店', '五金店', '药店'),
    '仓储物流': ('warehousing', '仓储', '物流', '仓库', '快递', '冷链', '装卸搬运和仓储业'),
    '住宿': ('lodging', '住宿业', '宾馆', '旅馆', '酒店', '民宿'),
    '餐饮': ('catering', '餐饮业', '饭店', '餐馆', '餐厅', '小吃'),
    '居民服务': ('resident_services', '居民服务业', '美容美发', '理发', '洗浴', '洗衣', '维修', '汽修', '汽车维修'),
    '教育培训': ('education', '教育', '培训', '培训机构', '学校', '幼儿园'),
    '医疗养老': ('health', '医疗', '卫生', '诊所', '医院', '养老', '养老院'),
    '文化娱乐': ('entertainment', '娱乐', '娱乐场所', '歌舞厅', '网吧', '健身'),
}
_CATEGORY_WORDS = {
    '规上': ('above_scale', '规模以上', '规模以上企业', '规上企业'),
    '规下': ('below_scale', '规模以下', '规模以下企业', '规下企业', '小微企业'),
    '九小场所': ('nine_small', '九小', '九小场所单位', '三小场所', '小场所'),
}
# Shops that the demo filed under the industry "九小场所", by the word their name ends with.
_SHOP_INDUSTRIES = (("住宿", ("宾馆", "旅馆", "酒店")), ("居民服务", ("美容美发店", "理发店")))


def _quoted(words) -> str:
    return ", ".join(f"'{word}'" for word in words)


def _renames(column: str, words: dict[str, tuple[str, ...]]) -> list[str]:
    return [f"UPDATE enterprise SET {column} = '{name}' WHERE {column} IN ({_quoted(synonyms)})"
            for name, synonyms in words.items()]


def _shops() -> list[str]:
    by_name = [f"UPDATE enterprise SET industry = '{industry}' WHERE industry = '九小场所' AND ("
               + " OR ".join(f"name LIKE '%{suffix}'" for suffix in suffixes) + ")"
               for industry, suffixes in _SHOP_INDUSTRIES]
    return by_name + ["UPDATE enterprise SET industry = '零售' WHERE industry = '九小场所'"]


class Migration(migrations.Migration):
    dependencies = [('enterprises', '0060_account_lifecycle')]

    initial = False

    operations = [
        ops.AddField(model_name='Enterprise', name='confined_space',
                     field=fields.BooleanField(default=False, db_default=False)),
        ops.AddField(model_name='Enterprise', name='dust_explosion',
                     field=fields.BooleanField(default=False, db_default=False)),
        ops.AddField(model_name='Enterprise', name='hot_work',
                     field=fields.BooleanField(default=False, db_default=False)),
        ops.AddField(model_name='Enterprise', name='gas_use',
                     field=fields.BooleanField(default=False, db_default=False)),
        ops.RunSQL(_renames("industry", _INDUSTRY_WORDS) + _shops() + _renames("category", _CATEGORY_WORDS)),
    ]
