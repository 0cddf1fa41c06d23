"""The staff pipeline room: leads (companies), their contacts and timeline.

It owns the rules that attach a company's submission to its lead, the merge and
split of leads, the bulk actions, the lead screens and exports, and the admin
dashboard's pipeline panel. The intake (``inquiries``) calls it; it never imports
the intake: a lead's submissions are found through the reverse relations of
:class:`leads.models.Organization`.
"""
