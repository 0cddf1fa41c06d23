"""The frequently asked questions: the translatable FAQ items (snippets), the FAQ
page, and the teaser block that shows the first questions (``faq.blocks``).

Builds on ``home``.
"""
