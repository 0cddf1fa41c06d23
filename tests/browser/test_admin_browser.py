"""The staff screens in a real browser, for each role: they render and axe-core finds
no violations in what this project adds."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PASSWORD = "browser-test-password-1"  # noqa: S105
ROLES = {
    "Lead staff": ["/admin/", "/admin/inquiries_lead/", "/admin/inquiries_inquiry/"],
    "Coordinators": ["/admin/", "/admin/inquiries_participantregistration/"],
    "Privacy officer": ["/admin/inquiries_lead/", "/admin/inquiries_participantregistration/"],
    "Editors": ["/admin/", "/admin/pages/"],
}
SETUP = """
from tests.support.factories import UserFactory
for name in {roles!r}:
    username = name.replace(' ', '_')
    UserFactory(username=username, password={password!r}, groups=[name], language='en')
"""


@pytest.fixture(scope="module")
def staff_accounts(running_site):
    running_site.manage("shell", "-c", SETUP.format(roles=list(ROLES), password=PASSWORD))
    return running_site


def sign_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


@pytest.mark.parametrize("role", list(ROLES))
def test_staff_screens_render_accessibly_for_each_role(staff_accounts, page, role):
    base = staff_accounts.url
    sign_in(page, base, role.replace(" ", "_"))
    for path in ROLES[role]:
        response = page.goto(base + path)
        assert response.status == 200, path
        assert page.locator("main").is_visible()
        results = Axe().run(page, context={"include": [["main"]]})
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
    if role == "Lead staff":
        assert page.goto(base + "/admin/inquiries_participantregistration/").url.endswith(
            "/admin/"
        )  # refused: back to the dashboard
