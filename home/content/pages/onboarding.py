"""The onboarding consultation form page (``onboarding/``). Its intro and thank-you
texts are rich text.
"""

from home.content.glossary import ONBOARDING_TITLE
from home.content.text import T

ONBOARDING = {
    "path": "onboarding/",
    "type": "inquiries.IntakeFormPage",
    "title": ONBOARDING_TITLE,
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)の導入をご検討中の企業様向けの相談"
            "フォーム。ご相談から導入までは通常1〜2か月程度です。"
        ),
        en=(
            "Consultation form for companies considering the Otonari-san Corporate Program "
            "(OCP). Introduction usually takes about 1–2 months from the first consultation."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) सुरु गर्ने विचार गरिरहनुभएका कम्पनीहरूका "
            "लागि परामर्श फारम। परामर्शदेखि कार्यक्रम सुरु हुनसम्म सामान्यतया करिब 1–2 महिना "
            "लाग्छ।"
        ),
    ),
    "show_in_menus": False,
    "form_kind": "onboarding",
    "intro": T(
        ja=(
            "<p>おとなりさん・コーポレート・プログラム(OCP)の導入をご検討中の企業様は、こちらの"
            "フォームからご相談ください。外国人社員の状況や課題、想定される参加人数、ご予算などを"
            "わかる範囲でご記入いただければ、目的に合わせた支援内容とコストをご提案します。</p>"
            "<p>ご相談から導入までは、通常1〜2か月程度です。導入前に社員向けの説明会を開催する"
            "こともできます。</p>"
        ),
        en=(
            "<p>If your company is considering the Otonari-san Corporate Program (OCP), please "
            "use this form to talk to us. Tell us what you can about your foreign employees and "
            "the issues you face, how many people you expect to take part and your budget, and "
            "we will propose support and costs to suit your goals.</p>"
            "<p>Introduction usually takes about 1–2 months from the first consultation. We can "
            "also hold an information session for your staff beforehand.</p>"
        ),
        ne=(
            "<p>तपाईंको कम्पनीले ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) सुरु गर्ने विचार "
            "गरिरहेको छ भने कृपया यो फारममार्फत परामर्श लिनुहोस्। विदेशी कर्मचारीहरूको अवस्था र "
            "समस्या, सहभागी हुने अनुमानित संख्या, बजेट आदि थाहा भएसम्म लेख्नुभयो भने हामी "
            "तपाईंको उद्देश्यअनुसार सहयोगको विषयवस्तु र खर्च प्रस्ताव गर्नेछौँ।</p>"
            "<p>परामर्शदेखि कार्यक्रम सुरु हुनसम्म सामान्यतया करिब 1–2 महिना लाग्छ। सुरु "
            "गर्नुअघि कर्मचारीहरूका लागि जानकारी सत्र पनि आयोजना गर्न सकिन्छ।</p>"
        ),
    ),
    "thank_you_text": T(
        ja=(
            "<p>導入についてご相談いただき、ありがとうございます。</p>"
            "<p>内容を確認のうえ、担当者よりご連絡いたします。しばらくお待ちください。</p>"
        ),
        en=(
            "<p>Thank you for getting in touch about introducing OCP.</p>"
            "<p>We will check your message and a member of our staff will get back to you. "
            "Thank you for your patience.</p>"
        ),
        ne=(
            "<p>OCP सुरु गर्नेबारे परामर्शका लागि सम्पर्क गर्नुभएकोमा धन्यवाद।</p>"
            "<p>तपाईंको सन्देश हेरेपछि हाम्रा कर्मचारीले तपाईंलाई सम्पर्क गर्नेछन्। कृपया "
            "केही समय पर्खनुहोस्।</p>"
        ),
    ),
}
