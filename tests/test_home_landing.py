"""The landing page and what editors can show on any page: the hero's actions, the
program's steps with the seed's figures, the icon sprite, image blocks and the share
images social networks show."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client
from PIL import Image
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import PageViewRestriction

from home import share_images
from home.blocks import HeroBlock, ImageBlock, ImageTextBlock
from home.models import HomePage
from staticsite.assets import local_references
from tests.support.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("ja", "en", "ne")
PRIMARY = {
    "ja": "資料ダウンロード・お問い合わせ",
    "en": "Download materials / Contact us",
    "ne": "सामग्री डाउनलोड / सम्पर्क गर्नुहोस्",
}


def meta(html: str, key: str) -> str | None:
    found = re.search(rf'<meta (?:property|name)="{re.escape(key)}" content="([^"]*)"', html)
    return found.group(1) if found else None


def png_size(content: bytes) -> tuple[int, int]:
    assert content.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(content)) as image:
        image.verify()
    with Image.open(io.BytesIO(content)) as image:
        return image.size


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    @classmethod
    def of(cls, html: str) -> list[tuple[str, dict]]:
        parser = cls()
        parser.feed(html)
        return parser.found


@pytest.mark.parametrize("language", LANGUAGES)
def test_hero_leads_with_who_it_is_for_and_both_actions_before_the_long_text(client, language):
    html = client.get(f"/{language}/").content.decode()
    hero = html[html.index('<section class="hero') : html.index("</section>")]
    assert 'class="hero__audience"' in hero
    primary = re.search(r'<a class="button button--primary" href="([^"]+)">([^<]+)</a>', hero)
    assert primary.groups() == (f"/{language}/request-materials/", PRIMARY[language])
    assert f'class="button button--secondary" href="/{language}/programs/ocp/"' in hero
    assert hero.index("hero__actions") < hero.index("hero__body")


def test_how_it_works_shows_the_seeds_steps_and_figures_in_every_language(client):
    figures = {
        "ja": ("1〜2か月", "週2時間程度", "半年間", "1〜3回"),
        "en": ("1–2 months", "2 hours a week", "half a year", "1–3 times a month"),
        "ne": ("1–2 महिना", "हप्तामा करिब 2 घण्टा", "आधा वर्ष", "1–3 पटक"),
    }
    for language, expected in figures.items():
        html = client.get(f"/{language}/").content.decode()
        flow = html[html.index('<section class="section flow">') :]
        flow = flow[: flow.index("</section>")]
        assert flow.count('<li class="flow__step">') == 7
        for figure in expected:
            assert figure in flow, (language, figure)
        assert flow.count('<use href="/static/img/icons.svg#') == 7


def test_icons_come_from_one_sprite_and_are_hidden_from_screen_readers(client):
    html = client.get("/ja/").content.decode()
    icons = [attrs for tag, attrs in Elements.of(html) if tag == "svg"]
    assert len(icons) >= 7 + 3 + 3 + 5 + 1  # steps, audiences, supports, strengths, menu
    assert all(attrs.get("aria-hidden") == "true" for attrs in icons)
    uses = {attrs["href"].split("#")[0] for tag, attrs in Elements.of(html) if tag == "use"}
    assert uses == {"/static/img/icons.svg"}
    sprite = (settings.BASE_DIR / "static" / "img" / "icons.svg").read_text()
    for href in re.findall(r'<use href="[^"#]+#([a-z-]+)"', html):
        assert f'<symbol id="{href}"' in sprite, href
    assert "http" not in sprite.replace("http://www.w3.org/2000/svg", "")


def test_the_menu_is_a_disclosure_and_the_languages_sit_outside_it(client):
    html = client.get("/en/faq/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    menu = header[header.index("<details") : header.index("</details>")]
    assert "<summary" in menu and 'aria-label="Main menu"' in menu
    assert 'aria-current="page"' in menu
    assert 'class="language-switcher"' not in menu
    assert 'class="language-switcher"' in header
    assert 'src="/static/js/menu.js"' in html


def image_stream(image, alt="二人で地域のイベントに参加する様子"):
    return [
        ("image", {"image": image, "alt": alt, "caption": "おとなりさん活動"}),
        (
            "image_text",
            {
                "heading": "地域とつながる",
                "body": "<p>本文</p>",
                "image": image,
                "alt": alt,
                "image_position": "start",
            },
        ),
    ]


def large_image(width=1600, height=1200):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "seagreen").save(buffer, "PNG")
    return ImageFactory(file=ContentFile(buffer.getvalue(), name="large.png"))


def candidate_widths(srcset: str) -> list[str]:
    return [candidate.split()[-1] for candidate in srcset.split(",")]


@pytest.mark.parametrize(
    ("size", "widths"),
    [((1600, 1200), ["480w", "800w", "1200w"]), ((900, 700), ["480w", "800w"]), (None, None)],
)
def test_pictures_offer_only_the_widths_the_original_has(client, size, widths):
    """Wagtail never enlarges: two candidates of one width would be invalid HTML."""
    image = large_image(*size) if size else ImageFactory()  # the factory's is 4×4
    page = StandardPageFactory(body=image_stream(image))
    elements = Elements.of(client.get(page.url).content.decode())
    for tag, attrs in elements:
        if tag in ("source", "img") and "srcset" in attrs:
            found = candidate_widths(attrs["srcset"])
            assert len(found) == len(set(found)), attrs["srcset"]
            if widths:
                assert found == widths
    assert sum(1 for tag, _ in elements if tag == "picture") == 2


def test_image_blocks_render_responsive_pictures_with_their_alt_text(client):
    image = ImageFactory()
    page = StandardPageFactory(body=image_stream(image))
    html = client.get(page.url).content.decode()
    elements = Elements.of(html)
    sources = [attrs for tag, attrs in elements if tag == "source"]
    assert [s["type"] for s in sources] == ["image/avif", "image/webp"] * 2
    images = [attrs for tag, attrs in elements if tag == "img" and "/images/" in attrs["src"]]
    assert len(images) == 2
    for attrs in images:
        assert attrs["alt"] == "二人で地域のイベントに参加する様子"
        assert attrs["loading"] == "lazy"
        assert int(attrs["width"]) > 0 and int(attrs["height"]) > 0
        assert attrs["src"].startswith("/media/images/")
    assert all(source["srcset"] for source in sources)
    assert "<figcaption" in html


@pytest.mark.parametrize("alt", ["", "   ", None])
def test_a_chosen_image_without_alt_text_is_refused(alt):
    image = ImageFactory()
    for block, value in (
        (ImageBlock(), {"image": image, "alt": alt, "caption": ""}),
        (
            ImageTextBlock(),
            {
                "heading": "h",
                "body": "<p>b</p>",
                "image": image,
                "alt": alt,
                "image_position": "end",
            },
        ),
        (
            HeroBlock(),
            {"eyebrow": "e", "headline": "h", "image": image, "alt": alt, "buttons": []},
        ),
    ):
        struct = block.to_python({k: v.pk if k == "image" else v for k, v in value.items()})
        with pytest.raises(StructBlockValidationError) as refused:
            block.clean(struct)
        assert "alt" in refused.value.block_errors


def test_a_hero_without_an_image_needs_no_alt_text():
    block = HeroBlock()
    value = block.to_python({"eyebrow": "e", "headline": "h", "alt": "", "buttons": []})
    assert block.clean(value)["alt"] == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_names_a_share_image_of_its_title_in_its_language(client, language):
    home = HomePage.objects.get(locale__language_code=language)
    html = client.get(f"/{language}/").content.decode()
    url = meta(html, "og:image")
    assert url == meta(html, "twitter:image")
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "og:image:alt") == home.title
    assert (meta(html, "og:image:width"), meta(html, "og:image:height")) == ("1200", "630")
    assert url.startswith(settings.BASE_URL + f"/share/{home.pk}/")
    response = client.get(url.removeprefix(settings.BASE_URL))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "immutable" in response["Cache-Control"]
    assert png_size(response.content) == (1200, 630)


def test_share_images_differ_by_language_and_are_drawn_the_same_every_time():
    pictures = {lang: share_images.render(lang, f"title {lang}", "JII") for lang in LANGUAGES}
    assert len(set(pictures.values())) == 3
    share_images.render.cache_clear()
    assert share_images.render("ne", "title ne", "JII") == pictures["ne"]


def test_each_script_has_its_font():
    assert share_images.font_path("ja").endswith((".ttf", ".otf"))
    assert "Lohit-Devanagari" in share_images.font_path("ne")


@pytest.mark.parametrize(
    "title",
    [
        "",
        "短",
        "外国人社員が安心して暮らせる環境が、企業の未来を支える" * 6,
        "विदेशी कर्मचारीहरू ढुक्कसँग बस्न सक्ने वातावरणले नै कम्पनीको भविष्यलाई टेवा दिन्छ " * 4,
        "W" * 400,
        "a\u202eb\u200b\x00c\n\td",
        "🙂" * 50,
    ],
)
def test_any_title_gives_a_picture_of_the_right_size(title):
    for language in LANGUAGES:
        assert png_size(share_images.render(language, title, title[:50])) == (1200, 630)


def test_japanese_titles_do_not_start_a_line_with_closing_punctuation():
    font = share_images._font("ja", 60)
    lines = share_images.wrap("外国人社員が安心して暮らせる環境が、" * 5, "ja", font, 1040)
    assert len(lines) > 1
    assert not any(line[0] in share_images.NO_LINE_START for line in lines)


def test_share_image_addresses_of_no_public_page_are_not_found(client):
    draft = StandardPageFactory(publish=False)
    private = StandardPageFactory()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    for path in (
        f"/share/{draft.pk}/0123456789abcdef.png",
        f"/share/{private.pk}/0123456789abcdef.png",
        "/share/0/0123456789abcdef.png",
        f"/share/{2**31}/0123456789abcdef.png",
        f"/share/{10**30}/0123456789abcdef.png",
        "/share/-1/x.png",
        "/share/1%2F2/x.png",
    ):
        assert client.get(path).status_code == 404, path


def test_an_old_share_address_leads_to_the_current_picture(client):
    page = StandardPageFactory(title="Before")
    old = share_images.share_path(page, "JII")
    page.title = "After"
    page.save_revision().publish()
    for stale in (old, f"/share/{page.pk}/%E2%80%AE.png", f"/share/{page.pk}/x.png.png"):
        response = client.get(stale)
        assert response.status_code == 302, stale
        assert response["Location"] == share_images.share_path(page, "JII")
    assert client.post(response["Location"]).status_code == 405


def test_a_chosen_social_image_replaces_the_drawn_one(client):
    image = ImageFactory(width=1600, height=900)
    page = StandardPageFactory(social_image=image)
    html = client.get(page.url).content.decode()
    assert "/images/" in meta(html, "og:image")
    assert "/share/" not in meta(html, "og:image")


def test_the_static_export_collects_the_share_image_pages_name():
    html = Client().get("/en/").content
    paths = local_references(html, settings.BASE_URL)
    assert any(path.startswith("/share/") and path.endswith(".png") for path in paths)
    assert "/static/img/icons.svg" in paths


def test_the_hero_image_loads_at_once_beside_the_text_with_its_alt_text(rf):
    image = ImageFactory()
    block = HeroBlock()
    value = block.to_python(
        {"eyebrow": "OCP", "headline": "見出し", "image": image.pk, "alt": "交流する二人"}
    )
    html = block.render(value, context={"request": rf.get("/ja/")})
    elements = Elements.of(html)
    assert [a["type"] for tag, a in elements if tag == "source"] == ["image/avif", "image/webp"]
    (img,) = [attrs for tag, attrs in elements if tag == "img"]
    assert img["alt"] == "交流する二人"
    assert "loading" not in img and img["fetchpriority"] == "high"
    assert img["width"] and img["height"]
    assert "hero--with-image" in html
