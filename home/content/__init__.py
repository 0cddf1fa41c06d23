"""The site's content, as code: what ``manage.py load_site_content`` builds.

Every piece of copy is a :class:`home.content.text.T` holding Japanese (the source),
English and Nepali. The loader builds the Japanese pages and snippets from ``T.ja``
and imports ``T.en`` / ``T.ne`` through wagtail-localize, so the other languages are
real translations that editors can update in the admin.

Modules and what they define
----------------------------
``pages``      ``HOME``: the home page (the program's landing page, ``pages.home``), and
               ``PAGES``: every other page, parents before children; one module a page.
``glossary``   terms used on more than one page (the program's name, button labels).
``faq``        ``FAQ_ITEMS``: the FAQ snippets, in display order.
``materials``  ``MATERIALS``: downloadable materials; their files live in ``files/``.
``settings``   ``SITE_SETTINGS``: the organisation's site-wide settings.

Page specs
----------
A page spec is a dict::

    {
        "path": "programs/ocp/",          # ASCII slugs; "" is the home page
        "type": "programs.ProgramPage",   # app_label.ModelName
        "title": T(...),
        "search_description": T(...),     # the meta description
        "show_in_menus": True,            # header menu (children of home only)
        ...type-specific fields...
    }

Type-specific fields:

* ``home.HomePage``: ``body`` (blocks)
* ``programs.ProgramIndexPage``: ``intro`` (T, plain text)
* ``programs.ProgramPage``: ``intro`` (T, plain text), ``body`` (blocks)
* ``programs.MaterialsPage``: ``intro`` (T, plain text)
* ``faq.FAQIndexPage``: ``intro`` (T, plain text)
* ``home.StandardPage``: ``intro`` (T, plain text), ``body`` (blocks)
* ``inquiries.IntakeFormPage``: ``form_kind`` (one of "inquiry", "material_request",
  "onboarding", "registration"), ``intro`` (T, rich text HTML),
  ``thank_you_text`` (T, rich text HTML)

Blocks
------
``body`` is a list of ``(block_type, value)`` pairs. A page reference is the target's
path (``"contact/"``); the loader resolves it to the page in the same locale.

* ``hero``: ``eyebrow``, ``headline``, ``subheadline``, ``audience`` (T: who the page
  is for, one line), ``buttons`` (as in ``cta``: the primary action, then a secondary
  one), ``body`` (T, rich text); ``image`` and ``alt`` are for editors (the content
  ships no photographs)
* ``flow``: ``heading``, ``intro`` (T), ``steps``: list of
  ``{"icon": name, "title": T, "duration": T or None, "text": T}``
* ``audiences``: ``heading`` (T), ``groups``: list of
  ``{"icon": name, "title": T, "items": [T, ...]}``
* ``section``: ``heading`` (T), ``body`` (T, rich text)
* ``supports``: ``heading`` (T), ``items``: list of
  ``{"icon": name, "title": T, "lead": T, "points": [T, ...]}``
* ``strengths``: ``heading`` (T), ``items``: list of
  ``{"icon": name, "title": T, "text": T}``

``icon`` is optional everywhere; its names are the symbols of the site's sprite
(``static/img/icons.svg``, listed in ``home.blocks.ICON_CHOICES``).
* ``faq_teaser``: ``heading`` (T), ``count`` (int), ``link_label`` (T), ``page`` (path)
* ``cta``: ``heading`` (T or None), ``text`` (T or None), ``buttons``: list of
  ``{"label": T, "page": path, "style": "primary" | "secondary"}``
* ``activity_types``: ``heading`` (T), ``items``: list of
  ``{"name": T, "duration": T, "description": T, "examples": [T, ...]}``
* ``participant_groups``: ``heading`` (T), ``groups``: list of
  ``{"title": T, "description": T, "conditions": [T, ...]}``
* ``steps``: ``heading`` (T), ``items``: list of ``{"title": T, "text": T}``

Snippets
--------
* ``FAQ_ITEMS``: list of ``{"category": key, "question": T, "answer": T (rich text)}``;
  ``category`` is one of "support", "participation", "volunteering", "matching",
  "company" (labels are UI strings in ``faq.models``).
* ``MATERIALS``: list of ``{"slug": str, "title": T, "description": T (plain text),
  "files": {"ja": name, "en": name, "ne": name}, "cover": name,
  "request_required": bool}``; file names are in ``files/``.
* ``SITE_SETTINGS``: ``{"organisation_name": T, "footer_text": T, "address": T,
  "contact_email": str, "phone": str, "notification_recipients": [str, ...]}``.

Rich text allows ``<p>``, ``<ul>``/``<ol>`` with ``<li>``, ``<b>``, ``<i>`` and
``<h3>`` (inside ``section`` bodies). A Japanese string that appears in several places
must have the same translation everywhere.
"""
