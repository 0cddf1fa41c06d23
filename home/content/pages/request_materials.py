"""The material request form page (``request-materials/``). Its intro and thank-you
texts are rich text.
"""

from home.content.text import T

REQUEST_MATERIALS = {
    "path": "request-materials/",
    "type": "inquiries.IntakeFormPage",
    "title": T(
        ja="資料請求",
        en="Request materials",
        ne="सामग्रीका लागि अनुरोध",
    ),
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)のご紹介資料の請求フォーム。送信後すぐに"
            "ダウンロードできます。"
        ),
        en=(
            "Request form for the Otonari-san Corporate Program (OCP) introduction materials. "
            "Download them as soon as you submit the form."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) को परिचय सामग्री अनुरोध फारम। फारम "
            "पठाउनेबित्तिकै डाउनलोड गर्न सकिन्छ।"
        ),
    ),
    "show_in_menus": False,
    "form_kind": "material_request",
    "intro": T(
        ja=(
            "<p>おとなりさん・コーポレート・プログラム(OCP)のご紹介資料をご希望の方は、こちらの"
            "フォームにご記入ください。</p>"
            "<p>送信後すぐに、次のページから資料をダウンロードいただけます。ご入力いただいた"
            "メールアドレスにもお送りします。導入のご相談やご質問は、"
            '<a href="/ja/contact/">お問い合わせフォーム</a>からお寄せください。</p>'
        ),
        en=(
            "<p>If you would like the Otonari-san Corporate Program (OCP) introduction "
            "materials, please fill in this form.</p>"
            "<p>As soon as you submit it, you can download the materials on the next page. We "
            "will also send them to the email address you enter. For questions, or to talk "
            'about introducing the program, please use the <a href="/en/contact/">contact '
            "form</a>.</p>"
        ),
        ne=(
            "<p>ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) को परिचय सामग्री चाहनुहुन्छ भने कृपया "
            "यो फारम भर्नुहोस्।</p>"
            "<p>फारम पठाउनेबित्तिकै अर्को पृष्ठबाट सामग्री डाउनलोड गर्न सक्नुहुन्छ। तपाईंले "
            "लेख्नुभएको इमेल ठेगानामा पनि सामग्री पठाइनेछ। कार्यक्रम सुरु गर्नेबारे परामर्श वा "
            'कुनै प्रश्न भए <a href="/ne/contact/">सम्पर्क फारम</a>मार्फत पठाउनुहोस्।</p>'
        ),
    ),
    "thank_you_text": T(
        # Shown above the download links, under the form's own thanks.
        ja=(
            "<p>資料は以下からすぐにダウンロードいただけます。ご質問やご相談は、"
            '<a href="/ja/contact/">お問い合わせフォーム</a>からいつでもお寄せください。</p>'
        ),
        en=(
            "<p>You can download the materials right away below. For questions, or to talk "
            'to us, the <a href="/en/contact/">contact form</a> is always open.</p>'
        ),
        ne=(
            "<p>सामग्री तलबाट तुरुन्तै डाउनलोड गर्न सक्नुहुन्छ। कुनै प्रश्न वा परामर्श भए "
            'जुनसुकै बेला <a href="/ne/contact/">सम्पर्क फारम</a>मार्फत पठाउनुहोस्।</p>'
        ),
    ),
}
