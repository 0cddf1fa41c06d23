"""The organisation's site-wide settings: its name, the footer line and contact details."""

from home.content.text import T

SITE_SETTINGS = {
    "organisation_name": T(
        ja="JII",
        en="JII",
        ne="JII",
    ),
    # JII's registered name with its legal form: to be filled in once JII confirms it
    # (the footer and the about page show it when set).
    "legal_name": T(
        ja="",
        en="",
        ne="",
    ),
    "footer_text": T(
        ja="外国人社員と地域をつなぐ、おとなりさん・コーポレート・プログラム(OCP)",
        en="Otonari-san Corporate Program (OCP): connecting foreign employees with their local community",
        ne="ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP): विदेशी कर्मचारीलाई स्थानीय समुदायसँग जोड्ने कार्यक्रम",
    ),
    "address": T(
        ja="",
        en="",
        ne="",
    ),
    "contact_email": "",
    "phone": "",
    "notification_recipients": [],
}
