"""The site's base: ``BasePage`` (``home.base``), the home and standard pages, site
settings, the shared blocks, navigation, localization, SEO, template tags, the search
backend, and the site's content with its loader (``home.content``, ``home.seed``).

Every other app builds on it; it imports no other app, except that ``home.models``
(the home page's stream) holds the FAQ teaser of ``faq.blocks``.
"""
