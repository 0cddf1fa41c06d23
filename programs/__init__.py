"""The programs (OCP and its origin, OFP): their index and pages, their blocks
(``programs.blocks``), and the downloadable materials with the one rule that decides
whether a document is public or gated (``programs.documents``).

Builds on ``home``.
"""
