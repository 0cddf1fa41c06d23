"""The privacy policy (``privacy/``)."""

from home.content.text import T

PRIVACY = {
    "path": "privacy/",
    "type": "home.StandardPage",
    "title": T(
        ja="プライバシーポリシー",
        en="Privacy policy",
        ne="गोपनीयता नीति",
    ),
    "search_description": T(
        ja="JIIの個人情報の取り扱いについて（プライバシーポリシー）。",
        en="How JII handles personal information (privacy policy).",
        ne="JII ले व्यक्तिगत जानकारी कसरी व्यवस्थापन गर्छ (गोपनीयता नीति)।",
    ),
    "show_in_menus": False,
    "intro": T(
        ja=(
            "JII（以下「当団体」といいます）は、本ウェブサイトを通じてお預かりする個人情報を、"
            "個人情報の保護に関する法律（個人情報保護法）その他の関係法令を遵守し、以下のとおり"
            "適切に取り扱います。"
        ),
        en=(
            "JII (“we”) handles the personal information entrusted to us through this website "
            "appropriately, as set out below, in compliance with Japan's Act on the Protection "
            "of Personal Information (APPI) and other relevant laws and regulations."
        ),
        ne=(
            "JII (यसपछि “हामी”) ले यस वेबसाइटमार्फत हामीलाई सुम्पिएको व्यक्तिगत जानकारी "
            "जापानको व्यक्तिगत जानकारी संरक्षण सम्बन्धी ऐन (APPI) र अन्य सम्बन्धित कानुनको "
            "पालना गर्दै तल उल्लेख गरिएअनुसार उचित रूपमा व्यवस्थापन गर्छ।"
        ),
    ),
    "body": [
        (
            "section",
            {
                "heading": T(
                    ja="事業者",
                    en="Business operator",
                    ne="व्यक्तिगत जानकारी व्यवस्थापन गर्ने संस्था",
                ),
                "body": T(
                    ja=(
                        "<p>個人情報取扱事業者の名称はJIIです。住所および代表者の氏名は、"
                        '<a href="/ja/contact/">お問い合わせフォーム</a>からご請求いただければ、遅滞なくお知らせします。</p>'
                    ),
                    en=(
                        "<p>The business operator handling personal information is JII. If you ask "
                        'through the <a href="/en/contact/">contact form</a>, we will tell you our address and the name of our '
                        "representative without delay.</p>"
                    ),
                    ne=(
                        "<p>व्यक्तिगत जानकारी व्यवस्थापन गर्ने संस्थाको नाम JII हो। "
                        '<a href="/ne/contact/">सम्पर्क फारम</a>मार्फत अनुरोध गर्नुभएमा हाम्रो ठेगाना र प्रतिनिधिको नाम '
                        "ढिलाइ नगरी जानकारी गराइनेछ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="取得する個人情報",
                    en="Personal information we collect",
                    ne="हामीले सङ्कलन गर्ने व्यक्तिगत जानकारी",
                ),
                "body": T(
                    ja=(
                        "<p>本サイトのフォームを通じて、次の個人情報をお預かりします。</p>"
                        "<ul>"
                        "<li>お問い合わせ：氏名、会社名・所属、連絡先（メールアドレス、電話番号）、"
                        "お問い合わせ内容など</li>"
                        "<li>資料請求：氏名、会社名・所属、連絡先（メールアドレス、電話番号）など</li>"
                        "<li>導入のご相談：氏名、会社名・所属、連絡先（メールアドレス、電話番号）、"
                        "ご相談内容（想定される参加人数、ご予算など）など</li>"
                        "<li>参加登録：氏名、連絡先、所属企業、国籍、日本での生活年数、使用言語と"
                        "日本語でのコミュニケーション力、家族構成、趣味や希望する活動など、"
                        "マッチングに必要な情報</li>"
                        "</ul>"
                        "<p>要配慮個人情報は、法令で認められる場合を除き、ご本人の同意なく取得"
                        "しません。</p>"
                    ),
                    en=(
                        "<p>Through the forms on this site, we collect the following personal "
                        "information.</p>"
                        "<ul>"
                        "<li>Enquiries: your name, company and department, contact details (email "
                        "address, phone number), what you are asking about, and similar "
                        "information</li>"
                        "<li>Material requests: your name, company and department, contact details "
                        "(email address, phone number), and similar information</li>"
                        "<li>Consultations on introducing OCP: your name, company and department, contact "
                        "details (email address, phone number), what you would like to discuss "
                        "(such as the expected number of participants and your budget), and "
                        "similar information</li>"
                        "<li>Participant registrations: information needed for matching, such as "
                        "your name, contact details, employer, nationality, how long you have "
                        "lived in Japan, the languages you use and your ability to communicate in "
                        "Japanese, your family, your interests and the activities you would "
                        "like</li>"
                        "</ul>"
                        "<p>We do not obtain special care-required personal information (sensitive "
                        "personal information) without your consent, except where the law permits "
                        "it.</p>"
                    ),
                    ne=(
                        "<p>यस वेबसाइटका फारमहरूमार्फत हामी निम्न व्यक्तिगत जानकारी सङ्कलन "
                        "गर्छौँ।</p>"
                        "<ul>"
                        "<li>सोधपुछ: नाम, कम्पनी र विभाग, सम्पर्क विवरण (इमेल ठेगाना, फोन नम्बर), "
                        "सोधपुछको विषय आदि</li>"
                        "<li>सामग्री अनुरोध: नाम, कम्पनी र विभाग, सम्पर्क विवरण (इमेल ठेगाना, फोन "
                        "नम्बर) आदि</li>"
                        "<li>कार्यक्रम सुरु गर्नेबारे परामर्श: नाम, कम्पनी र विभाग, सम्पर्क विवरण "
                        "(इमेल ठेगाना, फोन नम्बर), परामर्शको विषय (सहभागी हुने अनुमानित संख्या, "
                        "बजेट आदि) आदि</li>"
                        "<li>सहभागी दर्ता: नाम, सम्पर्क विवरण, काम गर्ने कम्पनी, राष्ट्रियता, "
                        "जापानमा बसेको अवधि, प्रयोग गर्ने भाषा र जापानी भाषामा कुराकानी गर्ने "
                        "क्षमता, परिवारको विवरण, रुचि र चाहेको गतिविधि जस्ता साझेदार मिलानका लागि "
                        "आवश्यक जानकारी</li>"
                        "</ul>"
                        "<p>कानुनले अनुमति दिएको अवस्थाबाहेक, हामी तपाईंको सहमतिबिना संवेदनशील "
                        "व्यक्तिगत जानकारी सङ्कलन गर्दैनौँ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="利用目的",
                    en="Purposes of use",
                    ne="प्रयोगका उद्देश्य",
                ),
                "body": T(
                    ja=(
                        "<p>お預かりした個人情報は、次の目的の範囲内で利用します。</p>"
                        "<ul>"
                        "<li>お問い合わせへの回答と、そのためのご連絡</li>"
                        "<li>資料の送付と、プログラムに関するご案内</li>"
                        "<li>導入のご相談への対応、ご提案、契約の締結と履行</li>"
                        "<li>参加者の本人確認、オリエンテーション、個別ヒアリング、マッチング、"
                        "活動中のフォローと安全管理</li>"
                        "<li>参加者アンケートの実施、成果の把握、会員企業へのレポートの作成</li>"
                        "<li>プログラムの運営と改善</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>We use the personal information entrusted to us only for the following "
                        "purposes.</p>"
                        "<ul>"
                        "<li>Answering enquiries and contacting you to do so</li>"
                        "<li>Sending materials and information about the program</li>"
                        "<li>Handling consultations on introducing OCP, making proposals, and concluding and "
                        "performing contracts</li>"
                        "<li>Identity verification, orientation, individual interviews, matching, "
                        "follow-up during activities and safety management for participants</li>"
                        "<li>Carrying out participant surveys, measuring results and preparing "
                        "reports for member companies</li>"
                        "<li>Running and improving the program</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<p>हामीलाई सुम्पिएको व्यक्तिगत जानकारी निम्न उद्देश्यका लागि मात्र "
                        "प्रयोग गरिन्छ।</p>"
                        "<ul>"
                        "<li>सोधपुछको जवाफ दिन र त्यसका लागि सम्पर्क गर्न</li>"
                        "<li>सामग्री पठाउन र कार्यक्रमसम्बन्धी जानकारी दिन</li>"
                        "<li>कार्यक्रम सुरु गर्नेबारे परामर्शको जवाफ दिन, प्रस्ताव गर्न, र सम्झौता "
                        "गर्न तथा कार्यान्वयन गर्न</li>"
                        "<li>सहभागीहरूको परिचय प्रमाणीकरण, अभिमुखीकरण, व्यक्तिगत अन्तर्वार्ता, "
                        "साझेदार मिलान, गतिविधिका क्रममा फलोअप र सुरक्षा व्यवस्थापन गर्न</li>"
                        "<li>सहभागी सर्वेक्षण गर्न, नतिजा मापन गर्न र सदस्य कम्पनीहरूका लागि "
                        "प्रतिवेदन तयार गर्न</li>"
                        "<li>कार्यक्रम सञ्चालन र सुधार गर्न</li>"
                        "</ul>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="第三者への提供",
                    en="Provision to third parties",
                    ne="तेस्रो पक्षलाई जानकारी उपलब्ध गराउने",
                ),
                "body": T(
                    ja=(
                        "<p>当団体は、次の場合を除き、ご本人の同意なく個人情報を第三者に提供"
                        "しません。</p>"
                        "<ul>"
                        "<li>法令に基づく場合</li>"
                        "<li>人の生命、身体または財産の保護のために必要であって、ご本人の同意を"
                        "得ることが困難な場合</li>"
                        "<li>その他、個人情報保護法で認められる場合</li>"
                        "</ul>"
                        "<p>参加者の所属企業に、参加状況など、プログラムの運営と報告に必要な範囲の"
                        "情報を共有する場合は、あらかじめご本人の同意を得ます。</p>"
                    ),
                    en=(
                        "<p>We do not provide personal information to third parties without your "
                        "consent, except in the following cases.</p>"
                        "<ul>"
                        "<li>Where required by law</li>"
                        "<li>Where it is necessary to protect a person's life, body or property "
                        "and it is difficult to obtain your consent</li>"
                        "<li>Other cases permitted by the Act on the Protection of Personal "
                        "Information</li>"
                        "</ul>"
                        "<p>Before sharing with a participant's employer any information needed to "
                        "run and report on the program, such as whether and how they are taking "
                        "part, we obtain the participant's consent.</p>"
                    ),
                    ne=(
                        "<p>निम्न अवस्थाबाहेक, हामी तपाईंको सहमतिबिना व्यक्तिगत जानकारी तेस्रो "
                        "पक्षलाई उपलब्ध गराउँदैनौँ।</p>"
                        "<ul>"
                        "<li>कानुनबमोजिम आवश्यक भएमा</li>"
                        "<li>कुनै व्यक्तिको जीवन, शरीर वा सम्पत्तिको सुरक्षाका लागि आवश्यक भएको "
                        "र तपाईंको सहमति लिन कठिन भएको अवस्थामा</li>"
                        "<li>व्यक्तिगत जानकारी संरक्षण सम्बन्धी ऐनले अनुमति दिएका अन्य "
                        "अवस्थामा</li>"
                        "</ul>"
                        "<p>सहभागिताको अवस्था जस्ता कार्यक्रम सञ्चालन र प्रतिवेदनका लागि आवश्यक "
                        "जानकारी सहभागीले काम गर्ने कम्पनीसँग साझा गर्नुअघि हामी सहभागीको सहमति "
                        "लिन्छौँ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="業務の委託",
                    en="Entrusting work to service providers",
                    ne="सेवा प्रदायकलाई काम सुम्पिने",
                ),
                "body": T(
                    ja=(
                        "<p>当団体は、ウェブサイトの運営やメールの送信など、業務の一部を外部の"
                        "事業者に委託することがあります。その場合は、個人情報を適切に取り扱う"
                        "事業者を選び、契約を結んだうえで、委託先に対して必要かつ適切な監督を"
                        "行います。</p>"
                    ),
                    en=(
                        "<p>We may entrust part of our work, such as running the website or "
                        "sending email, to outside service providers. In that case we choose "
                        "providers that handle personal information properly, conclude a contract "
                        "with them, and supervise them as necessary and appropriate.</p>"
                    ),
                    ne=(
                        "<p>हामी वेबसाइट सञ्चालन वा इमेल पठाउने जस्ता कामको केही अंश बाहिरी सेवा "
                        "प्रदायकलाई सुम्पिन सक्छौँ। यस्तो अवस्थामा हामी व्यक्तिगत जानकारी उचित "
                        "रूपमा व्यवस्थापन गर्ने सेवा प्रदायक छान्छौँ, उनीहरूसँग सम्झौता गर्छौँ, र "
                        "आवश्यक तथा उपयुक्त रूपमा उनीहरूको निगरानी गर्छौँ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="安全管理措置",
                    en="Security measures",
                    ne="सुरक्षा उपायहरू",
                ),
                "body": T(
                    ja=(
                        "<p>当団体は、個人情報の漏えい、滅失またはき損を防ぐため、次のような安全"
                        "管理措置を講じます。</p>"
                        "<ul>"
                        "<li>個人情報を取り扱う者を必要な範囲に限り、適切に教育・監督します。</li>"
                        "<li>アクセス制御や通信の暗号化など、技術的な対策を行います。</li>"
                        "<li>取り扱いのルールを定め、取り扱いの状況を定期的に点検します。</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>To prevent personal information from being leaked, lost or damaged, we "
                        "take security measures such as the following.</p>"
                        "<ul>"
                        "<li>We limit the people who handle personal information to those who "
                        "need to, and train and supervise them properly.</li>"
                        "<li>We take technical measures such as access control and encrypted "
                        "communication.</li>"
                        "<li>We set rules for handling personal information and check regularly "
                        "how it is handled.</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<p>व्यक्तिगत जानकारी चुहिन, हराउन वा बिग्रन नदिन हामी निम्न जस्ता "
                        "सुरक्षा उपायहरू अपनाउँछौँ।</p>"
                        "<ul>"
                        "<li>व्यक्तिगत जानकारी व्यवस्थापन गर्ने व्यक्तिहरूलाई आवश्यक दायरामा "
                        "मात्र सीमित राख्छौँ, र उनीहरूलाई उचित तालिम तथा निगरानी गर्छौँ।</li>"
                        "<li>पहुँच नियन्त्रण र सञ्चारको इन्क्रिप्सन जस्ता प्राविधिक उपायहरू "
                        "अपनाउँछौँ।</li>"
                        "<li>जानकारी व्यवस्थापनका नियमहरू तय गर्छौँ र व्यवस्थापनको अवस्था नियमित "
                        "रूपमा जाँच गर्छौँ।</li>"
                        "</ul>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="保存期間",
                    en="How long we keep information",
                    ne="जानकारी राख्ने अवधि",
                ),
                "body": T(
                    ja=(
                        "<p>個人情報は、利用目的の達成に必要な期間に限って保存し、その後は速やかに"
                        "削除するか、個人を特定できない形に加工します。目安は次のとおりです。</p>"
                        "<ul>"
                        "<li>お問い合わせ、資料請求、導入のご相談のうち、ご契約やご参加に"
                        "至らなかったもの：最長1年</li>"
                        "<li>参加者の登録情報と活動の記録：活動終了後、最長3年</li>"
                        "</ul>"
                        "<p>法令で保存が義務付けられている情報は、その期間保存します。</p>"
                    ),
                    en=(
                        "<p>We keep personal information only for as long as needed to achieve the "
                        "purposes of use, and then promptly delete it or anonymise it so that no "
                        "individual can be identified. As a guide:</p>"
                        "<ul>"
                        "<li>Enquiries, material requests and consultations on introducing OCP "
                        "that do not lead to a contract or participation: up to 1 year</li>"
                        "<li>Participants' registration details and activity records: up to 3 "
                        "years after the activity ends</li>"
                        "</ul>"
                        "<p>Information that the law requires us to keep is kept for the period "
                        "the law sets.</p>"
                    ),
                    ne=(
                        "<p>व्यक्तिगत जानकारी प्रयोगको उद्देश्य पूरा गर्न आवश्यक अवधिसम्म मात्र "
                        "राखिन्छ, त्यसपछि तुरुन्तै मेटाइन्छ वा कुनै व्यक्ति पहिचान गर्न नसकिने "
                        "बनाइन्छ। सामान्य अवधि यस प्रकार छ:</p>"
                        "<ul>"
                        "<li>सम्झौता वा सहभागितासम्म नपुगेका सोधपुछ, सामग्री अनुरोध र कार्यक्रम "
                        "सुरु गर्नेबारे परामर्श: बढीमा 1 वर्ष</li>"
                        "<li>सहभागीहरूको दर्ता विवरण र गतिविधिको अभिलेख: गतिविधि सकिएपछि बढीमा 3 "
                        "वर्ष</li>"
                        "</ul>"
                        "<p>कानुनले राख्नुपर्ने भनी तोकेको जानकारी सोही अवधिसम्म राखिन्छ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="開示等のご請求",
                    en="Requests for disclosure, correction, deletion and more",
                    ne="जानकारी हेर्ने, सच्याउने, मेटाउने आदि अनुरोध",
                ),
                "body": T(
                    ja=(
                        "<p>ご本人から、保有個人データの利用目的の通知、開示、訂正・追加・削除、"
                        "利用停止・消去、第三者提供の停止、または第三者提供記録の開示のご請求が"
                        "あった場合は、ご本人であることを確認したうえで、法令に従って遅滞なく対応"
                        "します。</p>"
                        '<p>ご請求は、本サイトの<a href="/ja/contact/">「お問い合わせ」フォーム</a>からお送りください。</p>'
                    ),
                    en=(
                        "<p>If you ask us to notify you of the purposes of use of your retained "
                        "personal data, to disclose it, to correct, add to or delete it, to stop "
                        "using or erase it, to stop providing it to third parties, or to disclose "
                        "the records of its provision to third parties, we will confirm your "
                        "identity and respond without delay in accordance with the law.</p>"
                        "<p>Please send your request through the "
                        '<a href="/en/contact/">“Contact” form</a> on this site.</p>'
                    ),
                    ne=(
                        "<p>तपाईंले आफ्नो बारेमा हामीसँग रहेको व्यक्तिगत जानकारीको प्रयोगको "
                        "उद्देश्य जानकारी गराउन, त्यो जानकारी देखाउन, सच्याउन, थप्न वा मेटाउन, "
                        "प्रयोग रोक्न वा हटाउन, तेस्रो पक्षलाई उपलब्ध गराउन रोक्न, वा तेस्रो "
                        "पक्षलाई उपलब्ध गराइएको अभिलेख देखाउन अनुरोध गर्नुभएमा, हामी तपाईंको "
                        "पहिचान पुष्टि गरेर कानुनबमोजिम ढिलाइ नगरी जवाफ दिनेछौँ।</p>"
                        '<p>कृपया आफ्नो अनुरोध यस वेबसाइटको <a href="/ne/contact/">“सम्पर्क” फारम</a>मार्फत पठाउनुहोस्।</p>'
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="Cookieについて",
                    en="Cookies",
                    ne="कुकी",
                ),
                "body": T(
                    ja=(
                        "<p>本サイトでは、表示言語の保持やセキュリティの確保（フォームの不正送信の"
                        "防止など）のように、サイトが正しく動作するために必要なCookieのみを使用"
                        "します。広告やアクセス解析を目的としたCookieは使用しません。</p>"
                        "<p>ブラウザの設定でCookieを無効にすることもできますが、その場合、本サイト"
                        "の一部の機能が正しく動作しないことがあります。</p>"
                    ),
                    en=(
                        "<p>This site uses only the cookies it needs to work properly, such as "
                        "those that remember your language and keep the site secure (for example, "
                        "by preventing forged form submissions). We do not use cookies for "
                        "advertising or analytics.</p>"
                        "<p>You can turn cookies off in your browser settings, but some parts of "
                        "this site may then not work properly.</p>"
                    ),
                    ne=(
                        "<p>यो वेबसाइटले ठीकसँग चल्नका लागि आवश्यक कुकी मात्र प्रयोग गर्छ, "
                        "जस्तै तपाईंले रोज्नुभएको भाषा सम्झने र वेबसाइट सुरक्षित राख्ने (उदाहरणका "
                        "लागि, फारमको अनधिकृत पठाइ रोक्ने) कुकी। विज्ञापन वा वेबसाइट प्रयोगको "
                        "विश्लेषणका लागि हामी कुकी प्रयोग गर्दैनौँ।</p>"
                        "<p>तपाईं ब्राउजरको सेटिङबाट कुकी बन्द गर्न सक्नुहुन्छ, तर त्यसो गर्दा यस "
                        "वेबसाइटका केही सुविधा ठीकसँग नचल्न सक्छन्।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="本ポリシーの変更",
                    en="Changes to this policy",
                    ne="यो नीतिमा परिवर्तन",
                ),
                "body": T(
                    ja=(
                        "<p>当団体は、法令の改正や業務の変更に応じて、本ポリシーを変更することが"
                        "あります。変更後のポリシーは、本ページに掲載した時点から効力を生じます。"
                        "</p>"
                    ),
                    en=(
                        "<p>We may change this policy when laws or our work change. The revised "
                        "policy takes effect when it is published on this page.</p>"
                    ),
                    ne=(
                        "<p>कानुन वा हाम्रो काममा परिवर्तन भएमा हामी यो नीति परिवर्तन गर्न "
                        "सक्छौँ। परिवर्तित नीति यस पृष्ठमा प्रकाशित भएदेखि लागू हुनेछ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="お問い合わせ窓口",
                    en="Where to contact us",
                    ne="सम्पर्कका लागि",
                ),
                "body": T(
                    ja=(
                        "<p>個人情報の取り扱いに関するご質問やご相談、苦情は、本サイトの"
                        '<a href="/ja/contact/">「お問い合わせ」フォーム</a>からお寄せください。</p>'
                    ),
                    en=(
                        "<p>Please send any questions, requests or complaints about how we handle "
                        'personal information through the <a href="/en/contact/">“Contact” form</a> on this site.</p>'
                    ),
                    ne=(
                        "<p>व्यक्तिगत जानकारीको व्यवस्थापनसम्बन्धी प्रश्न, परामर्श वा उजुरी भए "
                        'कृपया यस वेबसाइटको <a href="/ne/contact/">“सम्पर्क” फारम</a>मार्फत पठाउनुहोस्।</p>'
                    ),
                ),
            },
        ),
    ],
}
