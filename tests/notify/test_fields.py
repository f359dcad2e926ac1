import pytest

from notify.fields import FieldInvalid, field_type, shape_data, shape_value


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("thing1", "二号车间消防通道堵塞", "二号车间消防通道堵塞"),
    ("thing1", "一" * 21, "一" * 19 + "…"),
    ("thing2", "x" * 20, "x" * 20),
    ("phrase4", "待整改", "待整改"),
    ("phrase4", "正在整改中心", "正在整改中"),
    ("phrase4", "红色 red", "红色"),
    ("character_string2", "HZ20240601-0012", "HZ20240601-0012"),
    ("character_string2", "隐患HZ-1", "HZ-1"),
    ("character_string2", "A" * 40, "A" * 32),
    ("number3", "12.5 吨", "12.5"),
    ("time3", "2024-06-01T15:01:00+08:00", "2024年6月1日 15:01"),
    ("time3", "15:01", "15:01"),
    ("date2", "2024-06-01", "2024年6月1日"),
    ("date2", "2024-06-01T15:01:00+08:00", "2024年6月1日 15:01"),
    ("name5", "王" * 12, "王" * 10),
    ("name5", "Li" * 12, "Li" * 10),
])
def test_values_are_shaped_to_the_field_rules(key, value, expected):
    assert shape_value(key, value) == expected


@pytest.mark.parametrize(("key", "value"), [
    ("phrase1", "OK"),
    ("thing1", "   "),
    ("time1", "明天下午"),
    ("date1", "soon"),
    ("character_string1", "全中文"),
])
def test_values_that_cannot_be_made_valid_are_refused(key, value):
    with pytest.raises(FieldInvalid):
        shape_value(key, value)


def test_the_type_is_the_key_prefix():
    assert field_type("character_string12") == "character_string"
    assert field_type("thing1") == "thing"


def test_data_maps_our_names_to_template_keys_and_fills_missing_things():
    data = shape_data({"subject": "thing1", "status": "phrase2"}, {"status": "已逾期"})
    assert data == {"thing1": {"value": "无"}, "phrase2": {"value": "已逾期"}}


def test_the_field_rules_module_is_pure():
    import subprocess
    import sys

    probe = ("import sys, notify.fields\n"
             "print(','.join(m for m in ('tortoise', 'fastapi', 'starlette') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
