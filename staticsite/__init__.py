"""The public site as plain files, for any static host or CDN.

``build_static_site`` renders every live public page of every locale through Django's
own request handling (the same templates, context and URLs as the live site), so the
files are exactly what a visitor of the live site would get, with three differences:
canonical and alternate links use the export's base URL; the forms post to the API
origin (``inquiries.views.static_form_post`` without JavaScript, the JSON intake API
with it); and nothing per-visitor (CSRF or form tokens) is written into a page, so the
same content always renders to the same bytes. The one exception is dated, and the
same for every visitor: each form carries the shared token of the current period
(``inquiries.tokens.shared_token``), for visitors without JavaScript; the script the
pages load replaces it with a one-time token fetched from the backend. A refresh in a
new period re-renders the form pages, so their baked tokens stay young as long as the
worker (or cron) refreshes the export at least once a period (a quarter of
INTAKE_MAX_AGE_SECONDS): a no-JavaScript visitor always has three quarters of the
token's lifetime left to send the form.

That last property is what makes the incremental refresh simple and safe: a change
re-renders every file it could affect (the page in every locale, its parent, pages
that link to it, the whole locale when the menu may have changed, the sitemap) and
writes only the files whose bytes differ. The manifest next to the files records
each file's hash and source, and what the last run wrote, removed and why.

Every file is written to a temporary name and renamed into place, and a build renders
everything before it writes anything, so a visitor never sees a half-written page and
a failed build leaves the previous output serving.

The rooms of the app: ``render`` (pages as the live site answers them), ``assets``
(the static files, images and documents they use), ``changes`` (what a change
affects), ``writer`` (the folder, its manifest, full builds and refreshes),
``signals`` and ``tasks`` (the worker keeping the export current after each publish)
and the ``build_static_site`` command.
"""
