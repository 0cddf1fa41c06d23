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
# The chart's drawing box; the page scales it to its width.
CHART_WIDTH = 640
LABEL_WIDTH = 250
BAR_HEIGHT = 22
ROW_GAP = 12
LABEL_CHARACTERS = 34  # a longer label is cut in the chart (the table has it whole)


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


def _cut(text: str) -> str:
    return text if len(text) <= LABEL_CHARACTERS else text[: LABEL_CHARACTERS - 1] + "…"


def bar_chart(key: str, title: str, rows: list[Row], figures: dict, scale: float | None = None):
    """Horizontal bars, one per row: the label, the bar, the value as text. A withheld
    value is an outlined empty bar that says "fewer than 5"."""
    known = [row.number for row in rows if row.number is not None]
    top = scale or max(known, default=0) or 1
    span = CHART_WIDTH - LABEL_WIDTH - 90
    step = BAR_HEIGHT + ROW_GAP
    height = max(len(rows), 1) * step + ROW_GAP
    parts = []
    for index, row in enumerate(rows):
        y = ROW_GAP + index * step
        label = format_html(
            '<text x="{}" y="{}" class="chart-label" text-anchor="end">{}</text>',
            LABEL_WIDTH - 8,
            y + BAR_HEIGHT * 0.7,
            _cut(row.label),
        )
        if row.number is None:
            bar = format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" class="chart-withheld"/>'
                '<text x="{}" y="{}" class="chart-value">{}</text>',
                LABEL_WIDTH,
                y,
                span // 4,
                BAR_HEIGHT,
                LABEL_WIDTH + span // 4 + 6,
                y + BAR_HEIGHT * 0.7,
                row.value,
            )
        else:
            width = max(round(span * row.number / top), 2 if row.number else 0)
            bar = format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"/>'
                '<text x="{}" y="{}" class="chart-value">{}</text>',
                LABEL_WIDTH,
                y,
                width,
                BAR_HEIGHT,
                LABEL_WIDTH + width + 6,
                y + BAR_HEIGHT * 0.7,
                row.value,
            )
        parts.append(label + bar)
    description = "; ".join(f"{row.label}: {row.value}" for row in rows) or _("No figures")
    return format_html(
        '<svg class="report-chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        'aria-labelledby="{key}-title {key}-desc" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{key}-title">{title}</title><desc id="{key}-desc">{desc}</desc>{bars}</svg>',
        w=CHART_WIDTH,
        h=height,
        key=f"chart-{key}",
        title=title,
        desc=description,
        bars=mark_safe("".join(parts)),  # noqa: S308 (each part is format_html's)
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
        short = _cut(text)
        chart_rows.append(Row(f"{short} · {before_label}", value_text(before, figures), before))
        chart_rows.append(Row(f"{short} · {after_label}", value_text(after, figures), after))
    section = Section(
        "awareness",
        _("Volunteers' awareness before and after (average, 1 to 5)"),
        [],
        headers=(
            _("Question"),
            _("Before"),
            _("After"),
            _("Volunteers answering before"),
            _("Volunteers answering after"),
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
