"""The identity QR images over HTTP, decoded back with a real QR decoder."""

import io
from datetime import timedelta

from PIL import Image

from core import clock
from enterprises.models import Enterprise
from core.identity import Role
from tests import builders
from tests.qr_decoder import decode_qr


async def _setup():
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"], name="雁鸣机械有限公司")
    owner = await builders.user(Role.ENTERPRISE, enterprise=enterprise)
    return tree, enterprise, owner


class TestCodePng:
    async def test_the_code_decodes_to_the_scan_link(self, client, settings):
        _, enterprise, owner = await _setup()
        answer = await client.get(f"/api/v1/enterprises/{enterprise.id}/code.png", headers=builders.auth(owner))
        assert answer.status_code == 200 and answer.headers["content-type"] == "image/png"
        assert decode_qr(answer.content) == f"{settings.public_base_url}/q/{enterprise.qr_token}"

    async def test_an_unchanged_code_answers_304(self, client):
        _, enterprise, owner = await _setup()
        url = f"/api/v1/enterprises/{enterprise.id}/code.png"
        first = await client.get(url, headers=builders.auth(owner))
        again = await client.get(url, headers={**builders.auth(owner), "If-None-Match": first.headers["ETag"]})
        assert again.status_code == 304 and again.content == b""

    async def test_a_reissued_code_has_a_new_etag_and_link(self, client, settings):
        tree, enterprise, owner = await _setup()
        admin = await builders.user(Role.ADMIN, tree["street"])
        url = f"/api/v1/enterprises/{enterprise.id}/code.png"
        before = await client.get(url, headers=builders.auth(owner))
        await client.post(f"/api/v1/enterprises/{enterprise.id}/code/reissue", headers=builders.auth(admin))
        after = await client.get(url, headers={**builders.auth(owner), "If-None-Match": before.headers["ETag"]})
        fresh = (await Enterprise.get(id=enterprise.id)).qr_token
        assert after.status_code == 200 and decode_qr(after.content).endswith(f"/q/{fresh}")

    async def test_another_enterprise_gets_404(self, client):
        tree, enterprise, _ = await _setup()
        other = await builders.user(Role.ENTERPRISE, enterprise=await builders.enterprise(tree["north_grid"]))
        answer = await client.get(f"/api/v1/enterprises/{enterprise.id}/code.png", headers=builders.auth(other))
        assert answer.status_code == 404


async def test_the_poster_is_a5_at_300_dpi_and_scans(client, settings):
    tree, enterprise, _ = await _setup()
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    answer = await client.get(f"/api/v1/enterprises/{enterprise.id}/poster.png", headers=builders.auth(inspector))
    image = Image.open(io.BytesIO(answer.content))
    assert image.size == (1748, 2480) and round(image.info["dpi"][0]) == 300
    assert decode_qr(image) == f"{settings.public_base_url}/q/{enterprise.qr_token}"


async def test_the_risk_code_needs_a_colour_then_scans(client, settings):
    _, enterprise, owner = await _setup()
    url = f"/api/v1/enterprises/{enterprise.id}/risk-code.png"
    unscored = await client.get(url, headers=builders.auth(owner))
    assert unscored.status_code == 409 and unscored.json()["code"] == "RISK_NOT_SCORED"
    await Enterprise.filter(id=enterprise.id).update(risk_color="red", risk_score=62.0, risk_scored_at=clock.now())
    answer = await client.get(url, headers=builders.auth(owner))
    assert answer.status_code == 200
    assert decode_qr(answer.content) == f"{settings.public_base_url}/q/{enterprise.qr_token}"


async def test_the_printed_codes_say_whose_they_are_and_who_issued_them(client, settings):
    from enterprises import qr_images

    tree, enterprise, owner = await _setup()
    scan_url = f"{settings.public_base_url}/q/{enterprise.qr_token}"
    poster = await client.get(f"/api/v1/enterprises/{enterprise.id}/poster.png", headers=builders.auth(owner))
    assert poster.content == qr_images.render_poster_png(scan_url, enterprise.name, tree["north_grid"].name,
                                                         enterprise.credit_code, settings.issuing_body,
                                                         settings.report_hotline)
    assert settings.issuing_body == "广汉市金雁街道办事处"
    at = clock.now()
    await Enterprise.filter(id=enterprise.id).update(risk_color="yellow", risk_score=76.0, risk_scored_at=at)
    risk = await client.get(f"/api/v1/enterprises/{enterprise.id}/risk-code.png", headers=builders.auth(owner))
    assert risk.content == qr_images.render_risk_code_png(scan_url, "yellow", at.date(), enterprise.name,
                                                          enterprise.credit_code, "70至85分")
    assert decode_qr(risk.content) == scan_url
    # While a system admin's colour holds, the band says so instead of a score band it does not come from.
    await Enterprise.filter(id=enterprise.id).update(risk_color="red", risk_override_until=at + timedelta(days=9))
    overridden = await client.get(f"/api/v1/enterprises/{enterprise.id}/risk-code.png", headers=builders.auth(owner))
    assert overridden.content == qr_images.render_risk_code_png(scan_url, "red", at.date(), enterprise.name,
                                                                enterprise.credit_code, "人工认定")
