"""Downloadable materials: the OCP introduction brochure, in Japanese, English and Nepali."""

from home.content.text import T

MATERIALS = [
    {
        "slug": "ocp-brochure",
        "title": T(
            ja="おとなりさん・コーポレート・プログラム(OCP)ご紹介資料",
            en="Otonari-san Corporate Program (OCP) introduction brochure",
            ne="ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) परिचय पुस्तिका",
        ),
        "description": T(
            ja=(
                "プログラムの概要、3つのサポート、活動の種類、JIIの強み、導入までの流れを"
                "まとめたご紹介資料です（A4・2ページ）。"
            ),
            en=(
                "An overview of the program, its 3 kinds of support, the types of activity, "
                "JII's strengths and how to get started (A4, 2 pages)."
            ),
            ne=(
                "कार्यक्रमको संक्षिप्त परिचय, 3 प्रकारका सहयोग, गतिविधिका प्रकार, JII का बलिया "
                "पक्ष र सुरु गर्ने प्रक्रिया समेटिएको परिचय पुस्तिका (A4, 2 पृष्ठ)।"
            ),
        ),
        "files": {
            "ja": "ocp-brochure-ja.pdf",
            "en": "ocp-brochure-en.pdf",
            "ne": "ocp-brochure-ne.pdf",
        },
        "cover": "ocp-brochure-cover.png",
        "request_required": True,
    },
]
