"""The page specs (see ``home.content``): one module a page.

``HOME`` is the home page; ``PAGES`` every other page, parents before children.
"""

from home.content.pages.about import ABOUT
from home.content.pages.contact import CONTACT
from home.content.pages.faq import FAQ_INDEX
from home.content.pages.home import HOME
from home.content.pages.materials import MATERIALS_PAGE
from home.content.pages.ocp import OCP
from home.content.pages.ofp import OFP
from home.content.pages.onboarding import ONBOARDING
from home.content.pages.privacy import PRIVACY
from home.content.pages.programs import PROGRAMS
from home.content.pages.register import REGISTER
from home.content.pages.request_materials import REQUEST_MATERIALS
from home.content.pages.terms import TERMS

PAGES = [
    PROGRAMS,
    OCP,
    OFP,
    FAQ_INDEX,
    MATERIALS_PAGE,
    ABOUT,
    CONTACT,
    REQUEST_MATERIALS,
    ONBOARDING,
    REGISTER,
    PRIVACY,
    TERMS,
]

__all__ = ["HOME", "PAGES"]
