"""The landing page and the header as a visitor meets them, at a phone's and a laptop's
size in every language: the primary action on the first screen, the menu toggle with
and without JavaScript, the header in one row on a laptop, and the share image.

The pages' accessibility and HTML validity are checked for every page type in
``test_pages_browser``; here axe runs on what only these tests show (the open menu).
"""

from __future__ import annotations

import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from PIL import Image
from playwright.sync_api import expect

from tests.browser.conftest import _watch_for_policy_violations

pytestmark = pytest.mark.browser

LANGUAGES = ["ja", "en", "ne"]
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
MENU = {"ja": "メニュー", "en": "Menu", "ne": "मेनु"}
MAIN_MENU = {"ja": "メインメニュー", "en": "Main menu", "ne": "मुख्य मेनु"}


@pytest.fixture
def open_context(browser):
    """New browser contexts of the session's browser, closed (and checked for refused
    content) at the end of the test."""
    opened = []

    def open_(viewport, **options):
        context = browser.new_context(viewport=viewport, **options)
        page = context.new_page()
        opened.append((context, _watch_for_policy_violations(page)))
        return page

    yield open_
    refused = []
    for context, found in opened:
        context.close()
        refused += found
    assert not refused, "\n".join(refused)


def within_first_screen(page, locator) -> bool:
    box = locator.bounding_box()
    viewport = page.viewport_size
    return (
        box is not None
        and box["y"] >= 0
        and box["y"] + box["height"] <= viewport["height"]
        and box["x"] >= 0
        and box["x"] + box["width"] <= viewport["width"]
    )


def test_both_actions_are_on_the_first_screen_of_a_phone_and_a_laptop(site_server, open_context):
    for viewport in (PHONE, LAPTOP):
        page = open_context(viewport)
        for language in LANGUAGES:
            page.goto(f"{site_server}/{language}/")
            hero = page.locator(".hero")
            primary = hero.locator(".button--primary")
            secondary = hero.locator(".button--secondary")
            assert primary.is_visible() and secondary.is_visible()
            assert within_first_screen(page, primary), (viewport, language)
            assert within_first_screen(page, secondary), (viewport, language)
            assert within_first_screen(page, hero.locator(".hero__audience")), (viewport, language)
            primary.click()
            page.wait_for_url(f"{site_server}/{language}/request-materials/")


def test_the_strengths_icons_stand_clear_of_their_titles(site_server, open_context):
    """Each strength's icon sits left of its title, none hides the title's first
    characters, and no number is drawn behind an icon (the item's counter)."""
    for viewport in (PHONE, LAPTOP):
        page = open_context(viewport)
        for language in LANGUAGES:
            page.goto(f"{site_server}/{language}/")
            items = page.locator(".strength--icon")
            assert items.count() == 5
            for i in range(items.count()):
                item = items.nth(i)
                icon = item.locator(".strength__icon").bounding_box()
                title = item.locator(".strength__title").bounding_box()
                assert icon["x"] + icon["width"] <= title["x"], (viewport, language, i)
                marker = item.evaluate("e => getComputedStyle(e, '::before').content")
                assert marker == "none", (viewport, language, i, marker)


def test_the_japanese_program_name_wraps_between_its_words(site_server, open_context):
    """Where the header's name takes two lines, it breaks between コーポレート and
    プログラム, never inside one of them (プロ / グラム)."""
    words = ["おとなりさん", "コーポレート", "プログラム"]
    for viewport in (PHONE, LAPTOP):
        page = open_context(viewport)
        page.goto(f"{site_server}/ja/faq/")
        lines = page.locator(".site-brand").evaluate(
            """(brand, words) => {
                const text = brand.firstChild;
                return words.map(word => {
                    const range = document.createRange();
                    const start = text.data.indexOf(word);
                    range.setStart(text, start);
                    range.setEnd(text, start + word.length);
                    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
                });
            }""",
            words,
        )
        assert lines == [1, 1, 1], (viewport, dict(zip(words, lines, strict=True)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_laptop_header_is_one_row_with_the_menu_open(site_server, open_context, language):
    page = open_context(LAPTOP)
    page.goto(f"{site_server}/{language}/faq/")
    assert not page.locator(".site-menu__toggle").is_visible()
    links = page.locator(".site-header .site-nav a, .site-header .language-switcher a")
    assert links.count() >= 8
    boxes = [links.nth(i).bounding_box() for i in range(links.count())]
    assert all(box is not None for box in boxes)
    assert max(b["y"] for b in boxes) - min(b["y"] for b in boxes) < 8, boxes
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 100
    assert max(b["x"] + b["width"] for b in boxes) <= LAPTOP["width"]


def test_the_phone_menu_opens_and_closes_without_javascript(site_server, open_context):
    page = open_context(PHONE, java_script_enabled=False)
    page.goto(f"{site_server}/ne/")
    nav = page.get_by_role("navigation", name=MAIN_MENU["ne"])
    faq = page.locator(".site-nav a[href='/ne/faq/']")
    assert not faq.is_visible()
    # The languages need no menu: one tap away on every screen.
    english = page.get_by_role("link", name="English")
    assert english.is_visible() and within_first_screen(page, english)
    toggle = page.locator(".site-menu__toggle")
    assert toggle.inner_text().strip() == MENU["ne"]
    assert within_first_screen(page, toggle)
    toggle.click()
    assert faq.is_visible() and nav.is_visible()
    assert within_first_screen(page, faq)
    toggle.click()
    assert not faq.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert faq.is_visible()
    faq.click()
    page.wait_for_url(f"{site_server}/ne/faq/")


def test_the_laptop_menu_needs_no_javascript_either(site_server, open_context):
    page = open_context(LAPTOP, java_script_enabled=False)
    page.goto(f"{site_server}/en/")
    assert not page.locator(".site-menu__toggle").is_visible()
    assert page.locator(".site-nav a[href='/en/faq/']").is_visible()


def test_the_phone_menu_with_javascript_announces_its_state(site_server, open_context):
    page = open_context(PHONE)
    page.goto(f"{site_server}/ja/")
    toggle = page.locator(".site-menu__toggle")
    faq = page.locator(".site-nav a[href='/ja/faq/']")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not faq.is_visible()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")  # set on the toggle event
    assert faq.is_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    faq.focus()
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    assert not faq.is_visible()
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    # Widening the window opens the menu for good and hides the toggle.
    page.set_viewport_size(LAPTOP)
    page.wait_for_function("document.querySelector('[data-site-menu]').open")
    assert faq.is_visible()
    assert not toggle.is_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_share_image_is_a_png_of_the_page_title(site_server, open_context, language):
    page = open_context(LAPTOP)
    page.goto(f"{site_server}/{language}/faq/")
    url = page.locator('meta[property="og:image"]').get_attribute("content")
    assert url == page.locator('meta[name="twitter:image"]').get_attribute("content")
    assert page.locator('meta[name="twitter:card"]').get_attribute("content") == (
        "summary_large_image"
    )
    path = url[url.index("/share/") :]
    response = page.request.get(site_server + path)
    assert response.status == 200
    assert response.headers["content-type"] == "image/png"
    body = response.body()
    assert body.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(body)) as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)


@pytest.mark.django_db
def test_pages_with_pictures_have_no_violations_and_validate(browser, tmp_path, settings):
    """The image blocks on a page in the browser, with axe and the Nu checker. The page
    is rendered in-process (its content made here), then shown to the browser with the
    site's own files: the callback answering the browser's requests reads files only,
    since it cannot use this test's database connection."""
    from pathlib import Path

    from django.contrib.staticfiles import finders
    from django.test import Client

    from tests.browser.conftest import validate_html
    from tests.support.factories import ImageFactory, StandardPageFactory

    image = ImageFactory()
    alt = {"ja": "地域のイベントで話す二人", "en": "Two people talking at a local event"}
    client = Client()
    origin = "http://testserver"
    rendered: dict[str, bytes] = {}
    for language, text in alt.items():
        target = StandardPageFactory(
            language=language,
            body=[
                ("image", {"image": image, "alt": text, "caption": text}),
                (
                    "image_text",
                    {
                        "heading": text,
                        "body": f"<p>{text}</p>",
                        "image": image,
                        "alt": text,
                        "image_position": "start",
                    },
                ),
            ],
        )
        response = client.get(target.url)
        assert response.status_code == 200
        rendered[target.url] = response.content
        (tmp_path / f"{language}.html").write_bytes(response.content)

    def answer(route):
        path = route.request.url.removeprefix(origin).split("?")[0]
        if path in rendered:
            route.fulfill(status=200, content_type="text/html", body=rendered[path])
        elif path.startswith(settings.STATIC_URL):
            found = finders.find(path.removeprefix(settings.STATIC_URL))
            route.fulfill(status=200, body=Path(found).read_bytes())
        elif path.startswith(settings.MEDIA_URL):
            file = Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)
            route.fulfill(status=200, body=file.read_bytes())
        else:
            route.fulfill(status=404, body=b"")

    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.route(f"{origin}/**", answer)
    for url, text in zip(rendered, alt.values(), strict=True):
        page.goto(origin + url)
        pictures = page.locator("picture img")
        assert pictures.count() == 2
        assert page.locator(f'img[alt="{text}"]').count() == 2
        assert all(pictures.nth(i).get_attribute("loading") == "lazy" for i in range(2))
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
    context.close()
    validate_html(tmp_path)
