"""A company report's figures (``participants.reports``): what each figure counts, the
k-anonymity rule at 4, 5 and 6 people in every breakdown, comments only when at least
5 people answered and never with a name, the program-wide view, and queries that do not
grow with the number of check-ins."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from inquiries.choices import Need
from leads.choices import Stage
from participants import reports
from participants.models import (
    ActivityStatus,
    CheckInKind,
    CheckInSide,
    EndReason,
    OneOffActivity,
    PairStatus,
    SurveyMoment,
    SurveyQuestion,
)
from tests.support.factories import (
    ActivePairFactory,
    CheckInFactory,
    OrganizationFactory,
    SurveyAnswerFactory,
    VolunteerHoursFactory,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
START = TODAY - datetime.timedelta(days=29)
KINDS = (CheckInKind.TWO_WEEKS, CheckInKind.ONE_MONTH, CheckInKind.THREE_MONTHS)


def at(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def activity(pair, need=Need.HOSPITAL, day=TODAY) -> OneOffActivity:
    return OneOffActivity.objects.create(
        registration=pair.supported,
        volunteer=pair.volunteer,
        need=need,
        date=day,
        starts_at=datetime.time(10),
        ends_at=datetime.time(12),
        language="en",
        status=ActivityStatus.DONE,
    )


def company_with(
    people: int,
    *,
    check_ins: int = 1,
    organization=None,
    rating: int = 4,
    sides=(CheckInSide.SUPPORTED,),
):
    """A member company with ``people`` pairs of its own employees started this month:
    the member on each of ``sides`` answered ``check_ins`` check-ins (quotable), each
    volunteer logged hours and rated the survey before and after, each pair had one
    one-off activity (a hospital visit)."""
    organization = organization or OrganizationFactory(stage=Stage.MEMBER)
    question = SurveyQuestion.objects.order_by("sort_order", "pk").first()
    for n in range(people):
        pair = ActivePairFactory(
            supported__member_company=organization,
            supported__name=f"Ram Bahadur{n}",
            volunteer__member_company=organization,
            first_meeting=START,
        )
        for kind in KINDS[:check_ins]:
            for side in sides:
                CheckInFactory(
                    pair=pair,
                    side=side,
                    kind=kind,
                    answered=True,
                    answered_at=at(TODAY),
                    satisfaction=rating,
                    may_quote=True,
                    went_well=f"Ram Bahadur{n} and I went to the ward office ({n}).",
                )
        VolunteerHoursFactory(pair=pair, date=TODAY, minutes=90)
        SurveyAnswerFactory(pair=pair, question=question, moment=SurveyMoment.START, rating=2)
        SurveyAnswerFactory(pair=pair, question=question, moment=SurveyMoment.END, rating=4)
        activity(pair)
    return organization


def report(organization):
    return reports.figures(organization, START, TODAY)


@pytest.mark.parametrize("side", CheckInSide.values)
@pytest.mark.parametrize("people", [4, 5, 6])
def test_every_figure_is_shown_from_5_people_and_suppressed_below(people, side):
    organization = company_with(people, sides=(side,))
    OrganizationFactory(stage=Stage.MEMBER)  # another company: counts nowhere here
    figures = report(organization)
    visible = people >= 5

    def expect(value, number):
        assert value == (number if visible else None)

    expect(figures["enrolled"]["supported"], people)
    expect(figures["enrolled"]["volunteers"], people)
    expect(figures["pairs"]["started"], people)
    expect(figures["pairs"]["active"], people)
    expect(figures["activities"]["total"], people)
    assert figures["activities"]["by_need"] == [
        {"need": Need.HOSPITAL, "count": people if visible else None}
    ]
    expect(figures["hours"]["volunteers"], people)
    expect(figures["hours"]["hours"], people * 1.5)
    satisfaction = figures["satisfaction"]
    expect(satisfaction["respondents"], people)
    expect(satisfaction["average"], 4.0)
    supported = side == CheckInSide.SUPPORTED
    assert satisfaction["average_supported"] == (4.0 if visible and supported else None)
    assert satisfaction["average_volunteers"] == (4.0 if visible and not supported else None)
    cells = {cell["rating"]: cell["answers"] for cell in satisfaction["distribution"]}
    assert cells == {1: None, 2: None, 3: None, 4: people if visible else None, 5: None}
    awareness = figures["awareness"][0]
    expect(awareness["before"], 2.0)
    expect(awareness["after"], 4.0)
    expect(awareness["before_respondents"], people)
    expect(awareness["after_respondents"], people)
    assert all(row["before"] is None for row in figures["awareness"][1:])  # not asked
    assert figures["comments"]["shown"] is visible
    assert len(figures["comments"]["items"]) == (people if visible else 0)


@pytest.mark.parametrize("people", [4, 5, 6])
def test_each_cell_of_a_breakdown_counts_its_own_people(people):
    """A company with enough people overall still hides a cell of fewer than 5."""
    organization = company_with(10, rating=3)
    company_with(people, organization=organization, rating=5)
    pairs = list(organization.registrations.filter(role="supported").order_by("pk"))
    for registration in pairs[:people]:
        activity(registration.pairs_as_supported.get(), need=Need.ENROLMENT)
    figures = report(organization)
    cells = {cell["rating"]: cell["answers"] for cell in figures["satisfaction"]["distribution"]}
    assert cells[3] == 10
    assert cells[5] == (people if people >= 5 else None)
    assert figures["satisfaction"]["average"] is not None
    by_need = {row["need"]: row["count"] for row in figures["activities"]["by_need"]}
    assert by_need[Need.HOSPITAL] == 10 + people
    assert by_need[Need.ENROLMENT] == (people if people >= 5 else None)
    assert figures["activities"]["total"] == 10 + 2 * people


@pytest.mark.parametrize("people", [4, 5, 6])
def test_the_awareness_averages_need_5_volunteers_at_each_moment(people):
    organization = company_with(people)
    question = SurveyQuestion.objects.order_by("sort_order", "pk").first()
    # One more volunteer answered at the start only: the start may reach 5 first.
    extra = ActivePairFactory(volunteer__member_company=organization, first_meeting=START)
    SurveyAnswerFactory(pair=extra, question=question, moment=SurveyMoment.START, rating=2)
    row = report(organization)["awareness"][0]
    assert row["before_respondents"] == (people + 1 if people + 1 >= 5 else None)
    assert row["after_respondents"] == (people if people >= 5 else None)
    assert (row["after"] is None) is (people < 5)


@pytest.mark.parametrize("people", [4, 5, 6])
def test_pairs_completed_need_5_people_on_each_side(people):
    organization = OrganizationFactory(stage=Stage.MEMBER)
    for _n in range(people):
        ActivePairFactory(
            supported__member_company=organization,
            volunteer__member_company=organization,
            first_meeting=START - datetime.timedelta(days=200),
            status=PairStatus.ENDED,
            ended_on=TODAY,
            end_reason=EndReason.COMPLETED,
        )
    pairs = report(organization)["pairs"]
    assert pairs["completed"] == (people if people >= 5 else None)
    assert pairs["active"] == (people if people >= 5 else None)
    assert pairs["started"] is None  # they started long before the period


def test_comments_show_only_those_allowed_and_never_a_name_or_contact_details():
    organization = company_with(5)
    pair = organization.registrations.filter(role="supported").first().pairs_as_supported.get()
    CheckInFactory(
        pair=pair,
        side=CheckInSide.SUPPORTED,
        kind=CheckInKind.END,
        answered=True,
        answered_at=at(TODAY),
        may_quote=True,
        went_well="",
        concern="Call me at 090-1234-5678 or ram@example.com",
    )
    CheckInFactory(
        pair=pair,
        side=CheckInSide.VOLUNTEER,
        kind=CheckInKind.END,
        answered=True,
        answered_at=at(TODAY),
        may_quote=False,
        went_well="This must stay private.",
    )
    comments = report(organization)["comments"]
    texts = [item["text"] for item in comments["items"]]
    assert comments["shown"] is True
    assert len(texts) == 6  # five quotable check-ins and the concern
    assert "This must stay private." not in " ".join(texts)
    assert all("Ram" not in text and "山田" not in text for text in texts)
    assert "Call me at … or …" in texts
    assert "… and I went to the ward office (0)." in texts


def test_the_period_and_the_company_bound_every_figure():
    organization = company_with(5)
    other = company_with(5)
    before = START - datetime.timedelta(days=1)
    pair = other.registrations.filter(role="supported").first().pairs_as_supported.get()
    VolunteerHoursFactory(pair=pair, date=before, minutes=600)
    figures = report(organization)
    assert figures["hours"]["hours"] == 7.5
    assert figures["pairs"]["started"] == 5
    program = reports.figures(None, START, TODAY)
    assert program["organization"] == ""
    assert program["pairs"]["started"] == 10
    assert program["hours"]["hours"] == 15.0  # the hours logged before the period stay out
    assert program["enrolled"]["supported"] == 10
    assert reports.figures(organization, TODAY, TODAY)["pairs"]["started"] is None


def test_no_name_of_a_participant_is_anywhere_in_the_figures():
    organization = company_with(6)
    text = str(report(organization))
    for registration in organization.registrations.all():
        assert registration.name.split()[0] not in text
        assert registration.email not in text


@pytest.mark.parametrize(
    "start, end",
    [
        (TODAY, START),
        (datetime.date(1999, 12, 31), TODAY),
        (START, datetime.date.max),  # the day after it does not exist
        (datetime.date.min, datetime.date.min),
    ],
)
def test_a_period_out_of_order_or_out_of_range_is_refused(start, end):
    with pytest.raises(ValidationError):
        reports.figures(None, start, end)


REPORT_QUERIES = 10


def test_the_queries_do_not_grow_with_the_check_ins(django_assert_num_queries):
    small = company_with(5, check_ins=1)
    large = company_with(8, check_ins=3)
    with django_assert_num_queries(REPORT_QUERIES):
        reports.figures(small, START, TODAY)
    with django_assert_num_queries(REPORT_QUERIES):
        figures = reports.figures(large, START, TODAY)
    assert figures["satisfaction"]["distribution"][3]["answers"] == 8 * 3
    with django_assert_num_queries(REPORT_QUERIES):
        reports.figures(None, START, TODAY)
