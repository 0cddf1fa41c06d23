"""The materials page (``materials/``); the materials are ``home.content.materials``."""

from home.content.text import T

MATERIALS_PAGE = {
    "path": "materials/",
    "type": "programs.MaterialsPage",
    "title": T(
        ja="資料ダウンロード",
        en="Download materials",
        ne="सामग्री डाउनलोड",
    ),
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)のご紹介資料。フォームからご請求"
            "いただくと、すぐにダウンロードできます。"
        ),
        en=(
            "Introduction materials for the Otonari-san Corporate Program (OCP). Request them "
            "through the form and download them straight away."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) को परिचय सामग्री। फारममार्फत अनुरोध गरेपछि "
            "तुरुन्तै डाउनलोड गर्न सकिन्छ।"
        ),
    ),
    "show_in_menus": True,
    "intro": T(
        ja=(
            "OCPの概要、3つのサポート、活動の種類、JIIの強み、導入までの流れをまとめたご紹介"
            "資料をご用意しています。フォームからご請求いただくと、すぐにダウンロードいただけ"
            "ます。資料は日本語・英語・ネパール語でご覧いただけます。"
        ),
        en=(
            "Our introduction brochure covers an overview of OCP, its 3 kinds of support, the "
            "types of activity, JII's strengths and how to get started. Request it through the "
            "form and you can download it straight away. It is available in Japanese, English "
            "and Nepali."
        ),
        ne=(
            "हाम्रो परिचय पुस्तिकामा OCP को संक्षिप्त परिचय, 3 प्रकारका सहयोग, गतिविधिका "
            "प्रकार, JII का बलिया पक्ष र सुरु गर्ने प्रक्रिया समेटिएका छन्। फारममार्फत अनुरोध "
            "गर्नुभयो भने तुरुन्तै डाउनलोड गर्न सक्नुहुन्छ। यो पुस्तिका जापानी, अङ्ग्रेजी र "
            "नेपाली भाषामा उपलब्ध छ।"
        ),
    ),
}
