"""Terms used on more than one page, defined once so they read and translate the same
everywhere (the loader refuses two translations of one Japanese text)."""

from home.content.text import T

OCP_NAME = T(
    ja="おとなりさん・コーポレート・プログラム(OCP)",
    en="Otonari-san Corporate Program (OCP)",
    ne="ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP)",
)

MATERIALS_LABEL = T(
    ja="資料ダウンロード・お問い合わせはこちら",
    en="Download materials / Contact us",
    ne="सामग्री डाउनलोड / सम्पर्क गर्नुहोस्",
)

CONTACT_TITLE = T(
    ja="お問い合わせ",
    en="Contact",
    ne="सम्पर्क",
)

ONBOARDING_TITLE = T(
    ja="導入のご相談",
    en="Consultation on introducing OCP",
    ne="OCP सुरु गर्नेबारे परामर्श",
)

GET_IN_TOUCH = T(
    ja="まずはお気軽にご相談ください",
    en="Feel free to get in touch",
    ne="निःसंकोच हामीसँग सल्लाह गर्नुहोस्",
)

STRENGTHS_HEADING = T(
    ja="JIIの強み",
    en="JII's strengths",
    ne="JII का बलिया पक्ष",
)

FAQ_TITLE = T(
    ja="よくある質問",
    en="FAQ",
    ne="बारम्बार सोधिने प्रश्नहरू",
)

LEARN_MORE_ABOUT_OCP = T(
    ja="OCPについて詳しく見る",
    en="Learn more about OCP",
    ne="OCP बारे थप जान्नुहोस्",
)
