"""The coordinators' matching screens: a participant's suggestions (propose one, in
rank order or not; see who was excluded and why) and the draft for everyone waiting
(untick rows, change a row's volunteer, confirm).

Both are read by those who may see registrations (Coordinators, the Privacy officer);
proposing needs the right to change them (Coordinators). Every POST is checked against
the pair as it is in the database when it arrives (``matching.assess``), and proposed
through ``participants.pairs.propose``, which refuses what changed meanwhile.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from inquiries import choices
from inquiries.models import ParticipantRegistration, ParticipantStatus
from participants import assignment, matching, pairs
from participants.views import CHANGE_PERMISSION, VIEW_PERMISSION

NAMESPACE = "inquiries_participantregistration"
OVERRIDE_MAX = 500


def _pk(value) -> int | None:
    """A primary key as sent by a form, or None for anything else (text, negative,
    huge, control characters)."""
    text = str(value or "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > 12:
        return None
    return int(text)


def _messages(error: ValidationError) -> list[str]:
    return [str(message) for message in error.messages]


class MatchingView(WagtailAdminTemplateMixin, TemplateView):
    """What both screens share: who may see them, who may propose."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def can_propose(self) -> bool:
        return self.request.user.has_perm(CHANGE_PERMISSION)

    def post(self, request, *args, **kwargs):
        if not self.can_propose:
            raise PermissionDenied
        return self.confirm(request)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse(f"{NAMESPACE}:index"), "label": gettext_lazy("Participant queue")},
            {"url": "", "label": self.get_page_title()},
        ]


class SuggestionsView(MatchingView):
    """A supported participant's ranked candidates, each with score, reasons and places,
    and a Propose button; ``?excluded=1`` adds who was excluded and by which rule."""

    template_name = "participants/admin/suggestions.html"
    header_icon = "group"

    @cached_property
    def registration(self) -> ParticipantRegistration:
        return get_object_or_404(ParticipantRegistration, pk=self.kwargs["pk"])

    def get_page_title(self):
        return pgettext("matching", "Suggestions")

    def get_page_subtitle(self):
        return self.registration.name

    @property
    def ready(self) -> bool:
        person = self.registration
        return (
            person.role == choices.Role.SUPPORTED
            and person.status == ParticipantStatus.READY
            and not person.is_spam
        )

    def confirm(self, request):
        person = self.registration
        volunteer_pk = _pk(request.POST.get("volunteer"))
        override = str(request.POST.get("override") or "")
        back = request.get_full_path()
        found = matching.assess(person, volunteer_pk) if volunteer_pk else None
        if not self.ready:
            messages.error(request, _("Only a participant ready for matching can be paired."))
            return HttpResponseRedirect(back)
        if found is None:
            messages.error(request, _("This person is not a volunteer who may be paired."))
            return HttpResponseRedirect(back)
        if found.rule not in (None, matching.OVERRIDABLE):
            messages.error(request, found.message)
            return HttpResponseRedirect(back)
        if len(override) > OVERRIDE_MAX:
            messages.error(
                request,
                _("Please keep the reason under %(count)d characters.") % {"count": OVERRIDE_MAX},
            )
            return HttpResponseRedirect(back)
        try:
            pairs.propose(
                person,
                found.volunteer,
                by=request.user,
                kind=found.kind,
                score=found.score,
                reasons=found.reasons,
                override=override if found.rule == matching.OVERRIDABLE else "",
            )
        except ValidationError as error:
            for message in _messages(error):
                messages.error(request, message)
            return HttpResponseRedirect(back)
        messages.success(
            request,
            _("Pair proposed: %(participant)s and %(volunteer)s.")
            % {"participant": person.name, "volunteer": found.volunteer.name},
        )
        return HttpResponseRedirect(reverse(f"{NAMESPACE}:inspect", args=[person.pk]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        person = self.registration
        show_excluded = self.request.GET.get("excluded") == "1"
        ready = self.ready
        context.update(
            registration=person,
            ready=ready,
            can_propose=self.can_propose and ready,
            suggestions=matching.suggest(person) if ready else [],
            show_excluded=show_excluded,
            excluded=matching.excluded(person) if ready and show_excluded else [],
            overridable=str(matching.RULES[matching.OVERRIDABLE]),
            inspect_url=reverse(f"{NAMESPACE}:inspect", args=[person.pk]),
            draft_url=reverse(f"{NAMESPACE}:suggest_all"),
            override_max=OVERRIDE_MAX,
        )
        return context


class DraftView(MatchingView):
    """The globally best draft for everyone waiting: one row per participant (ticked
    when the draft found them a volunteer), the volunteer a select of every candidate
    no rule excludes; confirming proposes the ticked rows."""

    template_name = "participants/admin/suggest_all.html"
    header_icon = "group"

    def get_page_title(self):
        return _("Suggest pairs for everyone waiting")

    def confirm(self, request):
        waiting = {person.pk: person for person in assignment.waiting()}
        chosen = []
        refused = []
        for value in request.POST.getlist("keep"):
            supported_pk = _pk(value)
            person = waiting.get(supported_pk)
            if person is None:
                refused.append(_("A participant who is not waiting for a pair was skipped."))
                continue
            if supported_pk in {p.pk for p, _v in chosen}:
                continue  # the same row sent twice
            chosen.append((person, _pk(request.POST.get(f"volunteer-{supported_pk}"))))
        proposed = 0
        with transaction.atomic():
            for person, volunteer_pk in chosen:
                found = matching.assess(person, volunteer_pk) if volunteer_pk else None
                if found is None:
                    refused.append(
                        _("%(participant)s: please choose a volunteer who may be paired.")
                        % {"participant": person.name}
                    )
                    continue
                if found.rule:
                    refused.append(
                        _("%(participant)s and %(volunteer)s: %(rule)s")
                        % {
                            "participant": person.name,
                            "volunteer": found.volunteer.name,
                            "rule": found.message,
                        }
                    )
                    continue
                try:
                    with transaction.atomic():
                        pairs.propose(
                            person,
                            found.volunteer,
                            by=request.user,
                            kind=found.kind,
                            score=found.score,
                            reasons=found.reasons,
                        )
                except ValidationError as error:
                    refused.append(
                        _("%(participant)s and %(volunteer)s: %(rule)s")
                        % {
                            "participant": person.name,
                            "volunteer": found.volunteer.name,
                            "rule": " ".join(_messages(error)),
                        }
                    )
                    continue
                proposed += 1
        if proposed:
            messages.success(
                request,
                ngettext("%(count)d pair proposed.", "%(count)d pairs proposed.", proposed)
                % {"count": proposed},
            )
        for message in refused:
            messages.error(request, message)
        if not proposed and not refused:
            messages.warning(request, _("No row was ticked: nothing was proposed."))
        return HttpResponseRedirect(request.path)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        problem = assignment.Problem()
        draft = problem.draft(with_options=True)
        rows = [
            {
                "supported": row.supported,
                "volunteer": row.volunteer,
                "score": row.score,
                "reasons": row.reasons,
                "options": draft.options.get(row.supported.pk, []),
            }
            for row in draft.rows
        ]
        rows += [
            {
                "supported": person,
                "volunteer": None,
                "score": None,
                "reasons": [],
                "options": draft.options.get(person.pk, []),
            }
            for person in draft.unmatched
        ]
        context.update(
            rows=rows,
            draft=draft,
            can_propose=self.can_propose,
            volunteers=len(problem.volunteers),
            places=sum(problem.places),
        )
        return context
