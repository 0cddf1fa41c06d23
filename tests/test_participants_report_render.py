"""A company report as people read it: the PDF's text (extracted) in Japanese and
English with its fonts embedded, the Nepali PDF, the CSV safe to open in a spreadsheet,
the inline SVG charts with titles and their numbers as text, "fewer than 5" in each
language, and the ``company_report`` command with its errors."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from participants import report_render, reports
from tests.test_participants_reports import START, TODAY, company_with

pytestmark = pytest.mark.django_db


@pytest.fixture
def company():
    """Six pairs (everything shown) and, in the same company, a one-off activity type
    with a single visit (withheld)."""
    organization = company_with(6)
    pair = organization.registrations.filter(role="supported").first().pairs_as_supported.get()
    from tests.test_participants_reports import activity

    activity(pair, need="enrolment")
    return organization


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdf_fonts(content: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(content))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts") or [font]
            for descendant in descendants:
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and any(
                    key in descriptor.get_object()
                    for key in ("/FontFile", "/FontFile2", "/FontFile3")
                ):
                    names.add(str(font["/BaseFont"]))
    return names


def test_the_japanese_pdf_reads_in_japanese_with_its_font_embedded(company):
    content = report_render.pdf(reports.figures(company, START, TODAY), "ja")
    text = pdf_text(content)
    for words in ("企業レポート", "参加者数", "ボランティアの活動時間", "満足度", "5人未満"):
        assert words in text
    assert company.name in text
    assert any("IPAGothic" in name or "IPAPGothic" in name for name in pdf_fonts(content))


def test_the_english_pdf_reads_in_english(company):
    content = report_render.pdf(reports.figures(company, START, TODAY), "en")
    text = pdf_text(content)
    for words in ("Company report", "Participants enrolled", "Volunteer hours", "fewer than 5"):
        assert words in text
    assert "Hospital visits" in text
    assert pdf_fonts(content)  # every font it uses is in the file


def test_the_nepali_pdf_embeds_a_devanagari_font(company):
    content = report_render.pdf(reports.figures(company, START, TODAY), "ne")
    assert any("Lohit" in name for name in pdf_fonts(content))


def test_the_charts_are_inline_svg_captioned_with_their_numbers_as_text(company):
    html = report_render.html_document(reports.figures(company, START, TODAY), "en")
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert html.count('class="report-chart"') == 3
    assert html.count("<svg") == 2 + 5 + 2 * 3  # a bar per type, rating, question and moment
    assert html.count('aria-hidden="true" focusable="false"') == html.count("<svg")
    assert '<figcaption id="chart-activities-title" class="chart-title">' in html
    assert (
        '<span class="chart-label">Nursery and school enrolment</span>'
        in html.split('id="chart-activities"')[1].split("</figure>")[0]
    )
    assert (
        'class="chart-withheld"' in html and '<span class="chart-value">fewer than 5</span>' in html
    )
    assert '<td class="report-number">6</td>' in html  # the same number in a table


@pytest.mark.parametrize(
    "language, words",
    [("ja", "5人未満"), ("en", "fewer than 5"), ("ne", "5 जनाभन्दा कम")],
)
def test_a_withheld_figure_reads_fewer_than_5_in_each_language(company, language, words):
    html = report_render.html_document(reports.figures(company, START, TODAY), language)
    assert words in html
    assert f'lang="{language}"' in html


def test_the_csv_has_the_figures_and_neutralises_formulas(company):
    from participants.models import SurveyQuestion

    question = SurveyQuestion.objects.order_by("sort_order", "pk").first()
    question.text_en = '=HYPERLINK("http://evil.example")'
    question.save()
    text = report_render.csv_text(reports.figures(company, START, TODAY), "en")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Section", "Figure", "Value"]
    assert ["Participants enrolled", "Supported participants", "6"] in rows
    assert ["One-off activities", "Nursery and school enrolment", "fewer than 5"] in rows
    cells = [cell for row in rows for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert "ward office" not in text  # comments are not aggregate figures


def test_the_command_writes_each_format(company, tmp_path):
    for kind in ("pdf", "csv", "html"):
        out = tmp_path / f"report.{kind}"
        call_command(
            "company_report",
            str(company.pk),
            "--from",
            START.isoformat(),
            "--to",
            TODAY.isoformat(),
            "--language",
            "en",
            "--format",
            kind,
            "--output",
            str(out),
        )
        assert out.stat().st_size > 500
    assert "Participants enrolled" in pdf_text((tmp_path / "report.pdf").read_bytes())
    assert (tmp_path / "report.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    out = tmp_path / "all.html"
    call_command(
        "company_report", "all", "--from", START.isoformat(), "--to", TODAY.isoformat(),
        "--language", "ja", "--format", "html", "--output", str(out),
    )  # fmt: skip
    assert "全加盟企業" in out.read_text()


@pytest.mark.parametrize(
    "company_id, start, end, language, kind, message",
    [
        ("999999", "2026-01-01", "2026-12-31", "ja", "pdf", "No member company has the id"),
        ("abc", "2026-01-01", "2026-12-31", "ja", "pdf", "is not a number"),
        ("１２", "2026-01-01", "2026-12-31", "ja", "pdf", "is not a number"),
        ("-1", "2026-01-01", "2026-12-31", "ja", "pdf", "is not a number"),
        ("all", "2026-13-01", "2026-12-31", "ja", "pdf", "--from '2026-13-01' is not a date"),
        ("all", "2026-01-01", "31/12/2026", "ja", "pdf", "--to '31/12/2026' is not a date"),
        ("all", "2026-12-31", "2026-01-01", "ja", "pdf", "ends before it starts"),
        ("all", "1900-01-01", "2026-01-01", "ja", "pdf", "Choose dates between"),
        ("all", "2026-01-01", "9999-12-31", "ja", "pdf", "Choose dates between"),
        ("all", "2026-01-01", "2026-12-31", "fr", "pdf", "Unknown language 'fr'"),
        ("all", "2026-01-01", "2026-12-31", "ja", "docx", "Unknown format 'docx'"),
    ],
)
def test_the_command_explains_what_is_wrong(
    company_id, start, end, language, kind, message, tmp_path
):
    with pytest.raises(CommandError, match=message):
        call_command(
            "company_report", company_id, "--from", start, "--to", end, "--language",
            language, "--format", kind, "--output", str(tmp_path / "out"),
        )  # fmt: skip
    assert not (tmp_path / "out").exists()


def test_the_command_refuses_a_lead_that_is_not_a_member(tmp_path):
    from tests.support.factories import OrganizationFactory

    lead = OrganizationFactory()
    with pytest.raises(CommandError, match="No member company"):
        call_command(
            "company_report", str(lead.pk), "--from", "2026-01-01", "--to", "2026-12-31",
            "--output", str(tmp_path / "out"),
        )  # fmt: skip
