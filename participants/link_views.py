"""The pages participants open from the links in their emails: a pair's proposal to
accept or decline, a one-off activity for the volunteer to confirm or decline, the
form a supported participant asks for a one-off activity with, and a pair's check-in.

Each speaks the person's contact language (the token names them), whatever the
address's language prefix; a link that was changed, is too old or was already used
gets a page saying so in the prefix's language (the person's, as emailed), never an
error. Opening a link changes nothing (mail scanners open links): only the button on
the page does. Pages are private and not indexed.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from inquiries.models import CLOSED_PARTICIPANT_STATUSES, ParticipantRegistration
from participants import activities, checkins, emails, pairs, report_render, report_sends, survey
from participants.forms import ActivityForm, AnswerForm, CheckInForm, SurveyForm
from participants.links import (
    BadLink,
    LinkProblem,
    Side,
    read_activity_request_token,
    read_activity_token,
    read_check_in_token,
    read_pair_token,
    read_report_token,
    read_survey_token,
)
from participants.models import (
    ActivityStatus,
    CheckIn,
    CheckInSide,
    OneOffActivity,
    Pair,
    ReportSend,
    SurveyMoment,
)


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def _page(request, language: str, context: dict, status: int = 200) -> HttpResponse:
    with translation.override(language):
        request.LANGUAGE_CODE = language
        return _private(render(request, "participants/links/page.html", context, status=status))


def _bad(request, lang: str, problem: LinkProblem | None) -> HttpResponse:
    with translation.override(lang):
        if problem == LinkProblem.EXPIRED:
            title = _("This link has expired")
            message = _(
                "Links in our emails work for a limited time. Please reply to the email "
                "or contact JII, and a coordinator will help you."
            )
            status = 410
        else:
            title = _("This link does not work")
            message = _(
                "The link may have been copied only in part. Please open it again from "
                "the email, or contact JII."
            )
            status = 404
        return _page(request, lang, {"title": title, "message": message}, status=status)


def _answer_form(request) -> AnswerForm:
    """The answer as sent: one answer only (two buttons' values at once answer nothing)."""
    if request.method != "POST":
        return AnswerForm()
    data = request.POST.copy()
    if len(data.getlist("answer")) != 1:
        data.setlist("answer", [])
    return AnswerForm(data)


def _done(request, language: str, title: str, message: str) -> HttpResponse:
    return _page(request, language, {"title": title, "message": message})


@require_http_methods(["GET", "POST"])
def pair_answer(request: HttpRequest, lang: str, token: str) -> HttpResponse:
    try:
        link = read_pair_token(token)
    except BadLink as bad:
        return _bad(request, lang, bad.problem)
    pair = Pair.objects.select_related("supported", "volunteer").filter(pk=link.pair_id).first()
    if pair is None:
        return _bad(request, lang, LinkProblem.FORGED)
    person = pair.supported if link.side == Side.SUPPORTED else pair.volunteer
    partner = pair.volunteer if link.side == Side.SUPPORTED else pair.supported
    language = emails.language_of(person)
    with translation.override(language):
        if pairs.answered(pair, link.side):
            return _done(
                request,
                language,
                _("You have already answered"),
                _("Thank you: your answer was recorded. A coordinator will be in touch."),
            )
        form = _answer_form(request)
        if request.method == "POST" and form.is_valid():
            try:
                if form.cleaned_data["answer"] == "accept":
                    pairs.accept(pair, [link.side])
                    return _done(
                        request,
                        language,
                        _("Thank you for accepting"),
                        _("We will let you know when your pair has accepted too."),
                    )
                pairs.decline(pair, link.side, reason=form.cleaned_data["reason"])
                return _done(
                    request,
                    language,
                    _("Your answer is recorded"),
                    _("Thank you for telling us. A coordinator will be in touch."),
                )
            except ValidationError:
                return _done(
                    request,
                    language,
                    _("You have already answered"),
                    _("Thank you: your answer was recorded. A coordinator will be in touch."),
                )
        return _page(
            request,
            language,
            {
                "title": _("A pair is proposed to you"),
                "message": (
                    _("A JII coordinator proposes that you support %(name)s as their otonari-san.")
                    if link.side == Side.VOLUNTEER
                    else _("A JII coordinator proposes %(name)s as your otonari-san.")
                )
                % {"name": emails.first_name(partner)},
                "answer_form": form,
                "accept_label": _("Accept"),
                "decline_label": _("Decline"),
            },
            status=200 if request.method == "GET" or form.is_valid() else 400,
        )


@require_http_methods(["GET", "POST"])
def activity_answer(request: HttpRequest, lang: str, token: str) -> HttpResponse:
    try:
        activity_id, volunteer_id = read_activity_token(token)
    except BadLink as bad:
        return _bad(request, lang, bad.problem)
    activity = OneOffActivity.objects.select_related("registration").filter(pk=activity_id).first()
    volunteer = ParticipantRegistration.objects.filter(pk=volunteer_id).first()
    if activity is None or volunteer is None:
        return _bad(request, lang, LinkProblem.FORGED)
    language = emails.language_of(volunteer)
    with translation.override(language):
        if activity.status != ActivityStatus.ASSIGNED or activity.volunteer_id != volunteer_id:
            return _done(
                request,
                language,
                _("You have already answered"),
                _("Thank you: your answer was recorded. A coordinator will be in touch."),
            )
        form = _answer_form(request)
        if request.method == "POST" and form.is_valid():
            confirm = form.cleaned_data["answer"] == "accept"
            try:
                activities.answer(activity, volunteer_id=volunteer_id, confirm=confirm)
            except ValidationError:
                return _done(
                    request,
                    language,
                    _("You have already answered"),
                    _("Thank you: your answer was recorded. A coordinator will be in touch."),
                )
            if confirm:
                return _done(
                    request,
                    language,
                    _("Thank you for confirming"),
                    _("We have emailed you both. A coordinator will tell you where to meet."),
                )
            return _done(
                request,
                language,
                _("Your answer is recorded"),
                _("Thank you for telling us. We will ask another volunteer."),
            )
        return _page(
            request,
            language,
            {
                "title": _("Could you help once?"),
                "message": _("%(name)s would like someone to go with them: %(need)s, %(when)s.")
                % {
                    "name": emails.first_name(activity.registration),
                    "need": activity.get_need_display(),
                    "when": f"{date_format(activity.date)} {activity.starts_at:%H:%M}–"
                    f"{activity.ends_at:%H:%M}",
                },
                "answer_form": form,
                "accept_label": _("Confirm"),
                "decline_label": _("Decline"),
            },
            status=200 if request.method == "GET" or form.is_valid() else 400,
        )


@require_http_methods(["GET", "POST"])
def activity_request(request: HttpRequest, lang: str, token: str) -> HttpResponse:
    try:
        registration_id = read_activity_request_token(token)
    except BadLink as bad:
        return _bad(request, lang, bad.problem)
    registration = ParticipantRegistration.objects.genuine().filter(pk=registration_id).first()
    if registration is None or registration.status in CLOSED_PARTICIPANT_STATUSES:
        return _bad(request, lang, LinkProblem.FORGED)
    language = emails.language_of(registration)
    with translation.override(language):
        initial = {"prefecture": registration.prefecture, "language": language}
        form = ActivityForm(request.POST or None, initial=initial)
        status = 200
        if request.method == "POST":
            if form.is_valid():
                try:
                    activities.record(
                        registration, requested_by_participant=True, **form.cleaned_data
                    )
                except ValidationError as error:
                    for field, messages in error.message_dict.items():
                        form.add_error(field if field in form.fields else None, messages)
                else:
                    return _done(
                        request,
                        language,
                        _("Thank you: we have your request"),
                        _("A JII coordinator will look for a volunteer and contact you."),
                    )
            status = 400
        return _page(
            request,
            language,
            {
                "title": _("Ask for help once"),
                "message": _(
                    "Tell us what you need help with (city hall, hospital, school "
                    "enrolment…), when and where. A coordinator will look for a volunteer."
                ),
                "request_form": form,
            },
            status=status,
        )


def check_in_context(check_in: CheckIn) -> dict:
    """The check-in page's heading and introduction, in the active language."""
    pair = check_in.pair
    partner = pair.volunteer if check_in.side == CheckInSide.SUPPORTED else pair.supported
    return {
        "title": _("How is your pair going?"),
        "message": _(
            "%(kind)s: a few questions about your time with %(name)s. Your answers go "
            "to the JII coordinators only; your company sees only figures for groups of "
            "at least 5 people, never your name."
        )
        % {"kind": check_in.get_kind_display(), "name": emails.first_name(partner)},
    }


def find_check_in(token: str) -> CheckIn:
    """The check-in a link names, or ``BadLink``."""
    check_in_id = read_check_in_token(token)
    check_in = (
        CheckIn.objects.select_related("pair__supported", "pair__volunteer")
        .filter(pk=check_in_id)
        .first()
    )
    if check_in is None:
        raise BadLink(LinkProblem.FORGED)
    return check_in


def add_refusal(form, error: ValidationError) -> None:
    """A service's refusal on the form it came from: each message on its field, or
    above the form when the field is not one of the form's (or none is named)."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


def save_check_in(check_in: CheckIn, form: CheckInForm) -> bool:
    """Hands a valid form to the service; False (with the form's errors) when refused."""
    try:
        checkins.answer(check_in, **form.cleaned_data)
    except ValidationError as error:
        add_refusal(form, error)
        return False
    return True


@require_http_methods(["GET", "POST"])
def check_in(request: HttpRequest, lang: str, token: str) -> HttpResponse:
    try:
        found = find_check_in(token)
    except BadLink as bad:
        return _bad(request, lang, bad.problem)
    language = emails.language_of(found.person)
    with translation.override(language):
        if not checkins.can_answer(found):
            return _done(
                request,
                language,
                _("You have already answered"),
                _("Thank you: your answers were recorded. This link cannot be used again."),
            )
        form = CheckInForm(request.POST or None)
        status = 200
        if request.method == "POST":
            if form.is_valid() and save_check_in(found, form):
                return _done(
                    request,
                    language,
                    _("Thank you for your answers"),
                    _("A coordinator reads every answer. If you asked us to, we will contact you."),
                )
            status = 400
        return _page(
            request, language, {**check_in_context(found), "request_form": form}, status=status
        )


def one_value_each(request):
    """The POST with every field that came with several values emptied: two ratings
    for one statement answer nothing (the form then asks for one)."""
    if request.method != "POST":
        return None
    data = request.POST.copy()
    for key in list(data):
        if len(data.getlist(key)) != 1:
            data.setlist(key, [])
    return data


def find_survey(token: str) -> tuple[Pair, str]:
    """The pair and moment a survey link names, or ``BadLink``."""
    pair_id, moment = read_survey_token(token)
    pair = Pair.objects.select_related("volunteer").filter(pk=pair_id).first()
    if pair is None:
        raise BadLink(LinkProblem.FORGED)
    return pair, moment


def survey_context(moment: str) -> dict:
    """The survey page's heading and introduction, in the active language."""
    return {
        "title": _("A few questions for you as a volunteer"),
        "message": _(
            "At the start of your pair: how do you see things now? Please rate each "
            "statement from 1 (I do not agree at all) to 5 (I fully agree). Your answers "
            "go to the JII coordinators only; your company sees only figures for groups "
            "of at least 5 people, never your name."
        )
        if moment == SurveyMoment.START
        else _(
            "At the end of your pair: how do you see things now? Please rate each "
            "statement from 1 (I do not agree at all) to 5 (I fully agree). Your answers "
            "go to the JII coordinators only; your company sees only figures for groups "
            "of at least 5 people, never your name."
        ),
    }


def save_survey(pair: Pair, moment: str, form: SurveyForm) -> bool:
    """Hands a valid form to the service; False (with the form's errors) when refused."""
    try:
        survey.answer(pair, moment, form.ratings())
    except ValidationError as error:
        add_refusal(form, error)
        return False
    return True


@require_http_methods(["GET", "POST"])
def survey_page(request: HttpRequest, lang: str, token: str) -> HttpResponse:
    try:
        pair, moment = find_survey(token)
    except BadLink as bad:
        return _bad(request, lang, bad.problem)
    language = emails.language_of(pair.volunteer)
    with translation.override(language):
        if survey.answered(pair, moment):
            return _done(
                request,
                language,
                _("You have already answered"),
                _("Thank you: your answers were recorded. This link cannot be used again."),
            )
        form = SurveyForm(one_value_each(request), questions=survey.questions())
        status = 200
        if request.method == "POST":
            if form.is_valid() and save_survey(pair, moment, form):
                return _done(
                    request,
                    language,
                    _("Thank you for your answers"),
                    _("They help JII show what the program changes."),
                )
            status = 400
        return _page(
            request, language, {**survey_context(moment), "request_form": form}, status=status
        )


def _report_send(token: str):
    """The send a report link names, and the problem if it may not be used; the send
    (and its language) even for an expired link, so its page speaks that language."""
    problem = None
    try:
        token_id = read_report_token(token)
    except BadLink as bad:
        problem = bad.problem
        if problem != LinkProblem.EXPIRED:
            return None, problem
        token_id = read_report_token(token, expired_too=True)
    try:
        sent = ReportSend.objects.select_related("organization").filter(token_id=token_id).first()
    except ValidationError:  # not a UUID
        return None, LinkProblem.FORGED
    if sent is None:
        return None, LinkProblem.FORGED
    return sent, problem


@require_http_methods(["GET", "HEAD"])
def company_report(request: HttpRequest, lang: str, token: str) -> HttpResponse:
    """The PDF of a report as it was sent (from the figures the send keeps); a changed
    link, an expired one, or one whose send was deleted gets a page saying so."""
    sent, problem = _report_send(token)
    language = sent.language if sent is not None else lang
    if problem is not None or sent is None:
        return _bad(request, language, problem or LinkProblem.FORGED)
    content = report_render.pdf(sent.figures, sent.language)
    if request.method == "GET":
        report_sends.downloaded(sent)
    response = HttpResponse(content, content_type="application/pdf")
    name = report_render.filename(sent.figures, sent.language, "pdf")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return _private(response)
