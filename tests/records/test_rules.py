"""The pure rules of the printed records: numbers, which documents exist, what a signature needs."""

import pytest

from core.errors import InvalidInput
from records import rules
from records.rules import Availability, DocumentKind, InspectionFacts, SignerRole


@pytest.mark.parametrize("name, short", [("金雁街道", "金雁"), ("金雁街道办事处", "金雁"), ("向阳镇", "向阳"),
                                         ("和平乡人民政府", "和平"), ("测试 街道", "测试"), ("街道", "街道"),
                                         ("高新区", "高新区")])
def test_a_street_is_numbered_under_its_short_name(name, short):
    assert rules.street_abbreviation(name) == short


@pytest.mark.parametrize("kind, serial, number", [(DocumentKind.RECORD, 82, "金雁安检〔2026〕第0082号"),
                                                  (DocumentKind.NOTICE, 1, "金雁责改〔2026〕第0001号"),
                                                  (DocumentKind.REVIEW, 12345, "金雁复查〔2026〕第12345号")])
def test_numbers_follow_the_official_pattern(kind, serial, number):
    assert rules.format_number("金雁", kind, 2026, serial) == number


def test_serials_start_at_one():
    with pytest.raises(ValueError):
        rules.format_number("金雁", DocumentKind.RECORD, 2026, 0)


def facts(submitted=True, self_inspection=False, hazards=0, verified=0) -> InspectionFacts:
    return InspectionFacts(submitted, self_inspection, hazards, verified)


@pytest.mark.parametrize("kind, given, expected", [
    (DocumentKind.RECORD, facts(), Availability.AVAILABLE),
    (DocumentKind.RECORD, facts(submitted=False), Availability.NOT_SUBMITTED),
    (DocumentKind.RECORD, facts(self_inspection=True), Availability.SELF_INSPECTION),
    (DocumentKind.NOTICE, facts(hazards=0), Availability.NOTHING_FOUND),
    (DocumentKind.NOTICE, facts(hazards=2), Availability.AVAILABLE),
    (DocumentKind.NOTICE, facts(submitted=False, hazards=0), Availability.NOT_SUBMITTED),
    (DocumentKind.REVIEW, facts(hazards=2, verified=0), Availability.NOT_VERIFIED),
    (DocumentKind.REVIEW, facts(hazards=2, verified=1), Availability.AVAILABLE),
    (DocumentKind.REVIEW, facts(self_inspection=True, hazards=2, verified=2), Availability.SELF_INSPECTION),
])
def test_which_documents_an_inspection_has(kind, given, expected):
    assert rules.availability(kind, given) == expected


@pytest.mark.parametrize("role, refused, upload_id, witness, name, field", [
    (SignerRole.INSPECTOR, True, None, "王见证", "", "refused"),  # the inspector signs their own record
    (SignerRole.ENTERPRISE, True, 7, "王见证", "李", "upload_id"),  # a refusal has no image
    (SignerRole.ENTERPRISE, True, None, "  ", "李", "witness_name"),  # and names its witness
    (SignerRole.ENTERPRISE, False, None, "", "李", "upload_id"),  # a signature is an image
    (SignerRole.ENTERPRISE, False, 7, "", " ", "signer_name"),  # of a named person
])
def test_a_signature_or_refusal_that_is_incomplete_is_refused(role, refused, upload_id, witness, name, field):
    with pytest.raises(InvalidInput) as refused_error:
        rules.check_signature(role, refused, upload_id, witness, name)
    assert refused_error.value.code == "SIGNATURE_INVALID"
    assert refused_error.value.detail == [{"field": field}]


@pytest.mark.parametrize("role, refused, upload_id, witness, name", [
    (SignerRole.INSPECTOR, False, 7, "", ""),  # the inspector's name comes from the account
    (SignerRole.ENTERPRISE, False, 7, "", "李老板"),
    (SignerRole.ENTERPRISE, True, None, "王见证", ""),  # a person who refuses may also refuse to give a name
])
def test_complete_signatures_and_refusals_pass(role, refused, upload_id, witness, name):
    rules.check_signature(role, refused, upload_id, witness, name)
