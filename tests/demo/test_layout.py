"""The demo street's layout, pure data: checked directly, no database."""

from collections import Counter
from math import cos, radians

from demo import layout
from enterprises.credit_code import problem
from enterprises.service import distance_m


def test_the_street_has_130_enterprises_with_unique_valid_credit_codes_and_names():
    enterprises = layout.enterprises()
    assert len(enterprises) == layout.ENTERPRISE_COUNT == 130
    assert len({e.credit_code for e in enterprises}) == 130
    assert [e.credit_code for e in enterprises if problem(e.credit_code)] == []
    assert len({e.name for e in enterprises}) == 130
    assert [e.number for e in enterprises] == list(range(1, 131))


def test_every_enterprise_lies_in_the_town_box_and_in_a_grid_of_its_community():
    south, north, west, east = layout.TOWN_BOX
    assert (north - south) * 111 < 5 and (east - west) * 111 * cos(radians(north)) < 5  # a few km each way
    grids = set(layout.grids())
    for enterprise in layout.enterprises():
        assert south <= enterprise.lat <= north and west <= enterprise.lng <= east, enterprise.name
        assert (enterprise.community, enterprise.grid) in grids


def test_the_street_is_in_guanghan_sichuan_where_the_seeds_street_is():
    assert (layout.DISTRICT, layout.STREET) == ("广汉市", "金雁街道")
    guanghan = (31.0, 104.28)  # the town of 广汉市, 德阳市
    for enterprise in layout.enterprises():
        assert distance_m(*guanghan, enterprise.lat, enterprise.lng) < 6000, enterprise.name
        assert enterprise.address.startswith("四川省德阳市广汉市") and enterprise.credit_code.startswith("91510681")


def test_five_communities_twelve_grids_each_with_enterprises():
    assert len(layout.COMMUNITIES) == 5 and len(layout.grids()) == 12
    assert set(Counter(e.grid for e in layout.enterprises())) == {grid for _, grid in layout.grids()}


def test_industries_are_varied_and_the_profile_gives_scoring_something_to_read():
    enterprises = layout.enterprises()
    industries = Counter(e.industry for e in enterprises)
    assert len(industries) >= 10 and max(industries.values()) < 40
    assert all(len(e.documents) >= 2 and e.personnel[0].role == "principal" for e in enterprises)
    assert any(len(e.documents) == len(layout.DOCUMENT_TYPES) for e in enterprises)
    assert 10 <= sum(1 for e in enterprises if e.hazard_points) <= 60
    assert set(layout.DOCUMENT_TITLES) == set(layout.DOCUMENT_TYPES)


def test_staff_are_an_admin_a_command_user_and_five_inspectors_one_per_community():
    roles = Counter(s.role for s in layout.STAFF)
    assert roles == {"admin": 1, "command": 1, "inspector": 5}
    assert {layout.inspector_for(c) for c in layout.COMMUNITIES} == {f"inspector{i}" for i in range(1, 6)}


def test_the_layout_is_the_same_every_time():
    first = layout.enterprises()
    layout.enterprises.cache_clear()
    second = layout.enterprises()
    assert second is not first and second == first
