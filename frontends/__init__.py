"""Other front ends of the site's content: webhooks when content changes, and the
editors' preview opened on a front end.

A room of its own, beside ``staticsite`` rather than inside it: the static export and
a front end on the API are two consumers of the same question, "what does this change
affect" (``staticsite.changes``), which this app uses and does not change; but an
export writes files on this host while a front end is someone else's server, reached
over the network with its own secret, retries, failures for staff to see, and a
preview token the API accepts. It depends on ``staticsite`` (the affected set, the
pages' public paths) and ``home`` (the public pages, the page API's content); nothing
depends on it.

The rooms of the app: ``config`` (the front ends from the environment, and which
addresses may be requested), ``signals`` and ``events`` (what changed, as a JSON
event), ``signing`` (the HMAC signature), ``models`` and ``tasks`` (the delivery log
and the worker posting each event with retries), ``viewsets``, ``panels`` and
``wagtail_hooks`` (the deliveries in the admin), ``preview`` and ``api`` (an editor's
preview opened on a front end, and the draft its token gives in the v3 page API).
"""
