import base64
import string
from urllib.parse import quote

import pytest

from enterprises import qr

URL_UNRESERVED = set(string.ascii_letters + string.digits + "-._~")


def test_a_token_is_26_lower_case_base32_characters():
    token = qr.new_qr_token()
    assert len(token) == qr.TOKEN_LENGTH == 26
    assert set(token) <= set("abcdefghijklmnopqrstuvwxyz234567")


def test_a_token_carries_128_random_bits():
    token = qr.new_qr_token()
    assert len(base64.b32decode(token.upper() + "======")) == 16


def test_every_new_token_is_well_formed():
    assert all(qr.is_well_formed_token(qr.new_qr_token()) for _ in range(5000))


def test_tokens_do_not_repeat():
    tokens = {qr.new_qr_token() for _ in range(20_000)}
    assert len(tokens) == 20_000


def test_every_bit_of_a_token_varies():
    # A counter, a timestamp or a short seed would leave some of the 128 bit positions (nearly) constant.
    samples = [int.from_bytes(base64.b32decode(qr.new_qr_token().upper() + "======")) for _ in range(2000)]
    for bit in range(128):
        ones = sum(sample >> bit & 1 for sample in samples)
        assert 800 < ones < 1200, f"bit {bit} set in {ones} of 2000 tokens"


def test_a_token_fits_a_mini_program_scene_with_room_for_a_prefix():
    token = qr.new_qr_token()
    assert qr.is_valid_scene(token)
    assert qr.is_valid_scene("q=" + token)


def test_a_token_needs_no_escaping_in_a_url_path():
    token = qr.new_qr_token()
    assert set(token) <= URL_UNRESERVED
    assert quote(token, safe="") == token


def test_a_token_means_the_same_in_a_case_insensitive_collation():
    token = qr.new_qr_token()
    assert token == token.lower() and qr.is_well_formed_token(token)
    assert not qr.is_well_formed_token(token.upper())


VALID = "quppuxsnsdcw4vx77jvx7hojgi"


@pytest.mark.parametrize(("token", "well_formed"), [
    (VALID, True),
    (VALID[:-1] + "a", True),
    (VALID[:-1] + "4", True),
    (VALID[:-1] + "3", False),
    (VALID[:-1] + "b", False),  # the last character of 128 bits has its two low bits zero
    (VALID.upper(), False),
    (VALID[:-1], False),
    (VALID + "a", False),
    ("", False),
    (VALID[:-2] + "0a", False),  # 0, 1, 8 and 9 are not base32
    (VALID[:-2] + "-a", False),
    ("../../../etc/passwd/aaaaaa", False),
    (VALID[:-1] + "\n", False),
    (None, False),
    (VALID.encode(), False),
])
def test_well_formed_tokens(token, well_formed):
    assert qr.is_well_formed_token(token) is well_formed


@pytest.mark.parametrize(("scene", "valid"), [
    ("a", True),
    ("x" * 32, True),
    ("x" * 33, False),
    ("", False),
    ("id=8Kd3Zq&t=1", True),
    ("!#$&'()*+,/:;=?@-._~", True),
    ("a%20b", False),
    ("企业", False),
    ("a b", False),
])
def test_scene_alphabet(scene, valid):
    assert qr.is_valid_scene(scene) is valid


@pytest.mark.parametrize("base", ["https://aq.example.cn", "https://aq.example.cn/", "https://aq.example.cn//"])
def test_scan_url_joins_base_and_token(base):
    assert qr.scan_url(base, VALID) == f"https://aq.example.cn/q/{VALID}"


def test_scan_url_keeps_a_path_prefix():
    assert qr.scan_url("https://example.cn/jinyan/", VALID) == f"https://example.cn/jinyan/q/{VALID}"


def test_scan_url_refuses_a_malformed_token():
    with pytest.raises(ValueError):
        qr.scan_url("https://aq.example.cn", "../admin")
