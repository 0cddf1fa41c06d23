"""A company report's figures (``participants.reports.figures``) as people read them:
the admin's HTML page, a standalone HTML document and its PDF (WeasyPrint), and a CSV
of the aggregate figures, in Japanese, English or Nepali.

Everything is drawn from the figures alone, never from the database, so a report sent
months ago renders today exactly as it was sent. Charts are inline SVG drawn here
(no script, nothing fetched), each with a title and a description that say what it
shows; the same numbers are always in a table beside it. A withheld figure reads
"fewer than 5" in the reader's language, in the charts too.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from home.clock import staff_date
from inquiries.choices import Need
from leads.exports import neutralise

LANGUAGES = ("ja", "en", "ne")
FORMATS = ("html", "pdf", "csv")
# The longest bar, in CSS pixels: it fits a phone's width beside "fewer than 5".
BAR_SPAN = 240
BAR = 'class="chart-bar" fill="#005c8a"'
WITHHELD = 'class="chart-withheld" fill="none" stroke="#555" stroke-dasharray="4 3"'
BAR_HEIGHT = 16


@dataclass
class Row:
    label: str
    value: str
    number: float | None = None
    note: str = ""


@dataclass
class Section:
    key: str
    title: str
    rows: list[Row]
    headers: tuple[str, ...] = ()
    table: list[tuple[str, ...]] = field(default_factory=list)
    chart: SafeString | None = None


def fewer_than(figures: dict) -> str:
    return _("fewer than %(number)s") % {"number": figures.get("min_group", 5)}


def value_text(value, figures: dict) -> str:
    """A figure as the report writes it: the number, or "fewer than 5" when withheld."""
    if value is None:
        return fewer_than(figures)
    if isinstance(value, float):
        return f"{value:,.1f}"
    return f"{value:,}"


def _day(iso: str) -> str:
    try:
        return staff_date(datetime.date.fromisoformat(iso))
    except (TypeError, ValueError):
        return iso or "—"


def title_of(figures: dict) -> str:
    if figures.get("organization_id") is None:
        return _("Program-wide report: all member companies")
    return _("Company report: %(company)s") % {"company": figures.get("organization", "")}


def period_of(figures: dict) -> str:
    return _("%(start)s to %(end)s") % {
        "start": _day(figures.get("from")),
        "end": _day(figures.get("to")),
    }


def bar_chart(key: str, title: str, rows: list[Row], figures: dict, scale: float | None = None):
    """A bar chart: a figure captioned with its title, one row per bar with the label
    and the value as text and the bar drawn as inline SVG (a withheld value is an
    outlined empty bar beside "fewer than 5"). The text stays HTML: WeasyPrint draws
    an SVG's text letter by letter, which breaks Devanagari, and a screen reader reads
    each row as it reads the table below."""
    known = [row.number for row in rows if row.number is not None]
    top = scale or max(known, default=0) or 1
    bars = []
    for row in rows:
        withheld = row.number is None
        if withheld:
            width = BAR_SPAN // 5
        else:
            width = max(round(BAR_SPAN * row.number / top), 2 * bool(row.number))
        bars.append(
            format_html(
                '<div class="chart-row"><span class="chart-label">{}</span>'
                '<span class="chart-line"><svg width="{}" height="{}" viewBox="0 0 {} {}" '
                'aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">'
                '<rect x="1" y="1" width="{}" height="{}" {}/></svg>'
                '<span class="chart-value">{}</span></span></div>',
                row.label,
                width + 2,
                BAR_HEIGHT + 2,
                width + 2,
                BAR_HEIGHT + 2,
                width,
                BAR_HEIGHT,
                mark_safe(WITHHELD if withheld else BAR),  # noqa: S308 (constants)
                row.value,
            )
        )
    return format_html(
        '<figure class="report-chart" id="chart-{key}" aria-labelledby="chart-{key}-title">'
        '<figcaption id="chart-{key}-title" class="chart-title">{title}</figcaption>'
        "{bars}</figure>",
        key=key,
        title=title,
        bars=mark_safe("".join(bars)),  # noqa: S308 (each part is format_html's)
    )


def _row(label: str, value, figures: dict) -> Row:
    return Row(label, value_text(value, figures), value)


def sections(figures: dict, language: str) -> list[Section]:
    """The report's sections in the active language."""
    enrolled, pairs = figures.get("enrolled", {}), figures.get("pairs", {})
    activities, hours = figures.get("activities", {}), figures.get("hours", {})
    satisfaction = figures.get("satisfaction", {})
    needs = dict(Need.choices)
    out = [
        Section(
            "enrolled",
            _("Participants enrolled"),
            [
                _row(_("Supported participants"), enrolled.get("supported"), figures),
                _row(_("Volunteers"), enrolled.get("volunteers"), figures),
            ],
        ),
        Section(
            "pairs",
            _("Long-term pairs"),
            [
                _row(_("Started in the period"), pairs.get("started"), figures),
                _row(_("Active in the period"), pairs.get("active"), figures),
                _row(_("Completed in the period"), pairs.get("completed"), figures),
            ],
        ),
    ]
    by_need = [
        _row(str(needs.get(item.get("need"), item.get("need"))), item.get("count"), figures)
        for item in activities.get("by_need", [])
    ]
    section = Section(
        "activities",
        _("One-off activities"),
        [*by_need, _row(_("All one-off activities"), activities.get("total"), figures)],
    )
    if by_need:
        section.chart = bar_chart("activities", _("One-off activities by type"), by_need, figures)
    out.append(section)
    out.append(
        Section(
            "hours",
            _("Volunteer hours"),
            [
                _row(_("Hours given by volunteers"), hours.get("hours"), figures),
                _row(_("Volunteers who logged hours"), hours.get("volunteers"), figures),
            ],
        )
    )
    distribution = [
        _row(_("Rated %(rating)s") % {"rating": cell.get("rating")}, cell.get("answers"), figures)
        for cell in satisfaction.get("distribution", [])
    ]
    section = Section(
        "satisfaction",
        _("Satisfaction (1 to 5)"),
        [
            _row(_("People who answered a check-in"), satisfaction.get("respondents"), figures),
            _row(_("Average satisfaction"), satisfaction.get("average"), figures),
            _row(
                _("Average of supported participants"),
                satisfaction.get("average_supported"),
                figures,
            ),
            _row(_("Average of volunteers"), satisfaction.get("average_volunteers"), figures),
        ],
        headers=(_("Rating"), _("Answers")),
        table=[(row.label, row.value) for row in distribution],
    )
    section.chart = bar_chart(
        "satisfaction", _("Answers by satisfaction rating"), distribution, figures
    )
    out.append(section)
    awareness = figures.get("awareness", [])
    chart_rows, table = [], []
    before_label, after_label = _("before"), _("after")
    for item in awareness:
        question = item.get("question", {})
        text = question.get(language) or question.get("ja", "")
        before, after = item.get("before"), item.get("after")
        table.append(
            (
                text,
                value_text(before, figures),
                value_text(after, figures),
                value_text(item.get("before_respondents"), figures),
                value_text(item.get("after_respondents"), figures),
            )
        )
        chart_rows.append(Row(f"{text} · {before_label}", value_text(before, figures), before))
        chart_rows.append(Row(f"{text} · {after_label}", value_text(after, figures), after))
    section = Section(
        "awareness",
        _("Volunteers' awareness before and after (average, 1 to 5)"),
        [],
        headers=(
            _("Question"),
            _("Before"),
            _("After"),
            _("Answered before"),
            _("Answered after"),
        ),
        table=table,
    )
    if chart_rows:
        section.chart = bar_chart(
            "awareness", _("Volunteers' awareness before and after"), chart_rows, figures, 5
        )
    out.append(section)
    return out


def context(figures: dict, language: str) -> dict:
    comments = figures.get("comments", {})
    kinds = {"went_well": _("What went well"), "concern": pgettext("report comment", "Concern")}
    return {
        "figures": figures,
        "language": language,
        "title": title_of(figures),
        "period": period_of(figures),
        "sections": sections(figures, language),
        "comments_shown": comments.get("shown", False),
        "comments": [
            {"kind": kinds.get(item.get("kind"), ""), "text": item.get("text", "")}
            for item in comments.get("items", [])
        ],
        "fewer_than": fewer_than(figures),
        "min_group": figures.get("min_group", 5),
    }


def html_document(figures: dict, language: str) -> str:
    """The report as a standalone page (the PDF's source, and the command's HTML)."""
    with translation.override(language):
        return render_to_string("participants/reports/document.html", context(figures, language))


def pdf(figures: dict, language: str) -> bytes:
    """The report as a PDF; WeasyPrint embeds (a subset of) the fonts the text uses:
    IPA Gothic for Japanese, Lohit Devanagari for Nepali."""
    from weasyprint import HTML  # imported when a PDF is made: it loads Pango

    return HTML(string=html_document(figures, language)).write_pdf()


def csv_text(figures: dict, language: str) -> str:
    """The aggregate figures as CSV (section, figure, value), no comments; every cell
    is safe to open in a spreadsheet (``leads.exports.neutralise``: a question a
    coordinator typed could start with "=")."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def write(*cells):
        writer.writerow([neutralise(str(cell)) for cell in cells])

    with translation.override(language):
        write(_("Section"), _("Figure"), _("Value"))
        write(title_of(figures), _("Period"), period_of(figures))
        for section in sections(figures, language):
            for row in section.rows:
                write(section.title, row.label, row.value)
            for cells in section.table:
                if section.key == "awareness":
                    for header, cell in zip(section.headers[1:], cells[1:], strict=True):
                        write(section.title, f"{cells[0]} ({header})", cell)
                else:
                    write(section.title, *cells)
    return buffer.getvalue()


def filename(figures: dict, language: str, extension: str) -> str:
    scope = (
        f"company-{figures.get('organization_id')}" if figures.get("organization_id") else "program"
    )
    return f"report-{scope}-{figures.get('from')}-{figures.get('to')}-{language}.{extension}"
