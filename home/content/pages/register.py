"""The participant registration form page (``register/``). Its intro and thank-you
texts are rich text.
"""

from home.content.text import T

REGISTER = {
    "path": "register/",
    "type": "inquiries.IntakeFormPage",
    "title": T(
        ja="参加登録",
        en="Participant registration",
        ne="सहभागी दर्ता",
    ),
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)の参加登録フォーム。会員企業の社員の方が、"
            "サポートを受ける方またはボランティアとして登録できます。"
        ),
        en=(
            "Registration form for the Otonari-san Corporate Program (OCP). Employees of member "
            "companies can register to receive support or to volunteer."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) को सहभागी दर्ता फारम। सदस्य कम्पनीका "
            "कर्मचारीहरू सहयोग पाउन वा स्वयंसेवकका रूपमा सहभागी हुन दर्ता गर्न सक्छन्।"
        ),
    ),
    "show_in_menus": True,  # employees of member companies find it in the header
    "form_kind": "registration",
    "intro": T(
        ja=(
            "<p>OCPの会員企業にお勤めの方の参加登録フォームです。サポートを受ける外国人社員の方"
            "（ご家族を含む）も、ボランティアとして参加する社員の方も、こちらからご登録ください。"
            "</p>"
            "<ul>"
            "<li>サポートを受ける方：来日おおよそ10年未満が目安です。</li>"
            "<li>ボランティアとして参加する方：国籍は問いません。外国出身の方は、日本での生活経験が"
            "10年以上あり、かつ日本語でのコミュニケーションに支障がないことが条件です。</li>"
            "</ul>"
            "<p>ご登録後、マッチングの前に、本人確認・オリエンテーション・個別ヒアリングを"
            "行います。その後、JIIコーディネーターがペアの候補をご提案します。</p>"
        ),
        en=(
            "<p>This is the registration form for employees of OCP member companies. Whether "
            "you are a foreign employee who would like support (together with your family) or "
            "an employee who would like to volunteer, please register here.</p>"
            "<ul>"
            "<li>To receive support: as a guideline, you came to Japan less than about 10 years "
            "ago.</li>"
            "<li>To volunteer: open to all nationalities. Volunteers of foreign origin must have "
            "lived in Japan for 10 years or more and be able to communicate in Japanese without "
            "difficulty.</li>"
            "</ul>"
            "<p>After you register, and before matching, we carry out identity verification, an "
            "orientation and an individual interview. A JII coordinator will then propose a "
            "partner for you.</p>"
        ),
        ne=(
            "<p>यो OCP का सदस्य कम्पनीमा काम गर्नुहुने कर्मचारीहरूका लागि दर्ता फारम हो। सहयोग "
            "चाहनुहुने विदेशी कर्मचारी (परिवारसहित) होस् वा स्वयंसेवकका रूपमा सहभागी हुन "
            "चाहनुहुने कर्मचारी, कृपया यहाँबाट दर्ता गर्नुहोस्।</p>"
            "<ul>"
            "<li>सहयोग पाउन चाहनुहुनेका लागि: जापान आएको करिब 10 वर्षभन्दा कम भएको हुनु सामान्य "
            "मापदण्ड हो।</li>"
            "<li>स्वयंसेवकका रूपमा सहभागी हुन चाहनुहुनेका लागि: राष्ट्रियताको कुनै सर्त छैन। "
            "विदेशी मूलका स्वयंसेवकका लागि जापानमा 10 वर्ष वा सोभन्दा बढी बसेको अनुभव हुनुपर्छ "
            "र जापानी भाषामा सहज रूपमा कुराकानी गर्न सक्नुपर्छ।</li>"
            "</ul>"
            "<p>दर्तापछि र साझेदार मिलान गर्नुअघि परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत "
            "अन्तर्वार्ता गरिन्छ। त्यसपछि JII संयोजकले तपाईंका लागि उपयुक्त जोडीको प्रस्ताव "
            "गर्छन्।</p>"
        ),
    ),
    "thank_you_text": T(
        ja=(
            "<p>ご登録いただき、ありがとうございます。</p>"
            "<p>内容を確認のうえ、本人確認・オリエンテーション・個別ヒアリングの日程について、"
            "担当者よりご連絡いたします。</p>"
        ),
        en=(
            "<p>Thank you for registering.</p>"
            "<p>We will check your details, and a member of our staff will contact you to "
            "arrange your identity verification, orientation and individual interview.</p>"
        ),
        ne=(
            "<p>दर्ता गर्नुभएकोमा धन्यवाद।</p>"
            "<p>तपाईंको विवरण हेरेपछि परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत अन्तर्वार्ताको "
            "समय मिलाउन हाम्रा कर्मचारीले तपाईंलाई सम्पर्क गर्नेछन्।</p>"
        ),
    ),
}
