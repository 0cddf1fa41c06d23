"""The FAQ page (``faq/``); its questions are the snippets of ``home.content.faq``."""

from home.content.glossary import FAQ_TITLE
from home.content.text import T

FAQ_INDEX = {
    "path": "faq/",
    "type": "faq.FAQIndexPage",
    "title": FAQ_TITLE,
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)についてよくある質問。サポート内容、"
            "参加条件、ボランティアの時間、マッチング、導入期間、費用、成果報告について。"
        ),
        en=(
            "Frequently asked questions about the Otonari-san Corporate Program (OCP): support, "
            "who can take part, time commitment for volunteers, matching, how long introduction "
            "takes, costs and reporting."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) बारे बारम्बार सोधिने प्रश्नहरू: सहयोग, "
            "सहभागिताका सर्त, स्वयंसेवाका लागि चाहिने समय, साझेदार मिलान, सुरु गर्न लाग्ने समय, "
            "खर्च र प्रतिवेदन।"
        ),
    ),
    "show_in_menus": True,
    "intro": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)について、企業のご担当者様や参加を"
            "検討している社員の方からよくいただくご質問をまとめました。ここにないご質問は、"
            "お気軽にお問い合わせください。"
        ),
        en=(
            "Here are the questions we are most often asked about the Otonari-san Corporate "
            "Program (OCP) by the people in charge at companies and by employees thinking of "
            "taking part. If your question is not answered here, please feel free to contact us."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) बारे कम्पनीका जिम्मेवार व्यक्ति र सहभागी हुने "
            "विचार गरिरहनुभएका कर्मचारीहरूले प्रायः सोध्ने प्रश्नहरू यहाँ सङ्कलन गरिएका छन्। "
            "तपाईंको प्रश्न यहाँ छैन भने निःसंकोच सम्पर्क गर्नुहोस्।"
        ),
    ),
}
