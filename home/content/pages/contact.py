"""The contact form page (``contact/``). Its intro and thank-you texts are rich text."""

from home.content.glossary import CONTACT_TITLE
from home.content.text import T

CONTACT = {
    "path": "contact/",
    "type": "inquiries.IntakeFormPage",
    "title": CONTACT_TITLE,
    "search_description": T(
        ja="おとなりさん・コーポレート・プログラム(OCP)やJIIの活動についてのお問い合わせはこちらから。",
        en="Contact JII about the Otonari-san Corporate Program (OCP) or JII's activities.",
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) वा JII का गतिविधिबारे सोधपुछका लागि यहाँबाट "
            "सम्पर्क गर्नुहोस्।"
        ),
    ),
    "show_in_menus": True,
    "form_kind": "inquiry",
    "intro": T(
        ja=(
            "<p>おとなりさん・コーポレート・プログラム(OCP)やJIIの活動についてのご質問・ご相談は、"
            "こちらのフォームからお寄せください。企業のご担当者様、参加を検討している社員の方を"
            "はじめ、どなたからのお問い合わせも歓迎いたします。</p>"
            "<p>内容を確認のうえ、担当者よりご連絡いたします。</p>"
        ),
        en=(
            "<p>If you have a question or would like to talk to us about the Otonari-san "
            "Corporate Program (OCP) or JII's activities, please use this form. We welcome "
            "enquiries from anyone, including the people in charge at companies and employees "
            "thinking of taking part.</p>"
            "<p>We will check your message and a member of our staff will get back to you.</p>"
        ),
        ne=(
            "<p>ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) वा JII का गतिविधिबारे कुनै प्रश्न वा "
            "परामर्श भए कृपया यो फारम प्रयोग गर्नुहोस्। कम्पनीका जिम्मेवार व्यक्ति, सहभागी हुने "
            "विचार गरिरहनुभएका कर्मचारी लगायत जो कोहीबाट पनि सोधपुछलाई स्वागत छ।</p>"
            "<p>तपाईंको सन्देश हेरेपछि हाम्रा कर्मचारीले तपाईंलाई सम्पर्क गर्नेछन्।</p>"
        ),
    ),
    "thank_you_text": T(
        ja=(
            "<p>お問い合わせいただき、ありがとうございます。</p>"
            "<p>内容を確認のうえ、担当者よりご連絡いたします。しばらくお待ちください。</p>"
        ),
        en=(
            "<p>Thank you for contacting us.</p>"
            "<p>We will check your message and a member of our staff will get back to you. "
            "Thank you for your patience.</p>"
        ),
        ne=(
            "<p>सम्पर्क गर्नुभएकोमा धन्यवाद।</p>"
            "<p>तपाईंको सन्देश हेरेपछि हाम्रा कर्मचारीले तपाईंलाई सम्पर्क गर्नेछन्। कृपया "
            "केही समय पर्खनुहोस्।</p>"
        ),
    ),
}
