"""About JII (``about/``)."""

from home.content.glossary import (
    CONTACT_TITLE,
    GET_IN_TOUCH,
    LEARN_MORE_ABOUT_OCP,
    STRENGTHS_HEADING,
)
from home.content.text import T

ABOUT = {
    "path": "about/",
    "type": "home.StandardPage",
    "title": T(
        ja="JIIについて",
        en="About JII",
        ne="JII को बारेमा",
    ),
    "search_description": T(
        ja=(
            "外国人住民支援と社会課題の解決に長年取り組んできたNPO、JIIについて。おとなりさん"
            "活動と、JIIの強みをご紹介します。"
        ),
        en=(
            "About JII, an NPO that has long supported foreign residents and worked to solve "
            "social issues: our Otonari-san (neighbour) activities and our strengths."
        ),
        ne=(
            "लामो समयदेखि विदेशी बासिन्दाहरूलाई सहयोग गर्दै र सामाजिक समस्या समाधानमा काम "
            "गर्दै आएको NPO, JII को बारेमा: ओतोनारी-सान (छिमेकी) गतिविधि र JII का बलिया पक्ष।"
        ),
    ),
    "show_in_menus": True,
    "intro": T(
        ja=(
            "JIIは、外国人住民の支援と社会課題の解決に長年取り組んできたNPOです。地域社会を"
            "巻き込んだ「おとなりさん活動」を通じて、外国から来た人と地域の人々をつなぎ、"
            "国籍を問わず一人ひとりが力を発揮できる環境づくりに取り組んでいます。"
        ),
        en=(
            "JII is an NPO that has for many years supported foreign residents and worked to "
            "solve social issues. Through Otonari-san (neighbour) activities that involve the "
            "local community, we connect people who have come from abroad with the people around "
            "them, and work to create an environment where everyone, whatever their nationality, "
            "can make the most of their abilities."
        ),
        ne=(
            "JII लामो समयदेखि विदेशी बासिन्दाहरूलाई सहयोग गर्दै र सामाजिक समस्या समाधानमा काम "
            "गर्दै आएको NPO (गैरनाफामूलक संस्था) हो। स्थानीय समाजलाई समेत समेट्ने ओतोनारी-सान "
            "(छिमेकी) गतिविधिमार्फत हामी विदेशबाट आएका मानिसहरूलाई वरपरका मानिसहरूसँग "
            "जोड्छौँ, र राष्ट्रियता जेसुकै भए पनि प्रत्येक व्यक्तिले आफ्नो क्षमता पूर्ण रूपमा "
            "प्रयोग गर्न सक्ने वातावरण निर्माणमा काम गर्छौँ।"
        ),
    ),
    "body": [
        (
            "section",
            {
                "heading": T(
                    ja="おとなりさん活動とは",
                    en="What are Otonari-san (neighbour) activities?",
                    ne="ओतोनारी-सान (छिमेकी) गतिविधि के हो?",
                ),
                "body": T(
                    ja=(
                        "<p>「おとなりさん」とは、地域に暮らす日本人ボランティアのことです。"
                        "おとなりさんは、外国人住民とその家族の身近な相談相手として、生活相談や"
                        "地域の情報提供、日本語や日本の文化・習慣への理解を深める支援などを行い、"
                        "家族ぐるみで付き合える隣人・仲間になります。</p>"
                        "<p>JIIは、この取り組みを「おとなりさん・ファミリーフレンド・プログラム"
                        "(OFP)」として長年続けてきました。そしてOFPを基に、企業と地域が一体となって"
                        "取り組む「おとなりさん・コーポレート・プログラム(OCP)」を提供しています。"
                        "</p>"
                    ),
                    en=(
                        "<p>“Otonari-san” means “neighbour”: a Japanese volunteer who lives in the "
                        "local area. As someone close by whom foreign residents and their families "
                        "can turn to, an Otonari-san offers advice on daily life and local "
                        "information, helps them understand the Japanese language, culture and "
                        "customs more deeply, and becomes a neighbour and friend to the whole "
                        "family.</p>"
                        "<p>JII has run this work for many years as the Otonari-san Family Friend "
                        "Program (OFP). Building on OFP, we now offer the Otonari-san Corporate "
                        "Program (OCP), in which companies and their local communities work as "
                        "one.</p>"
                    ),
                    ne=(
                        "<p>“ओतोनारी-सान” को अर्थ “छिमेकी” हो: स्थानीय क्षेत्रमा बस्ने जापानी "
                        "स्वयंसेवक। ओतोनारी-सान विदेशी बासिन्दा र उनीहरूका परिवारले नजिकबाट सल्लाह "
                        "लिन सक्ने व्यक्तिका रूपमा दैनिक जीवनसम्बन्धी सल्लाह र स्थानीय जानकारी "
                        "दिन्छन्, जापानी भाषा, संस्कृति र चालचलनको बुझाइ गहिरो बनाउन सहयोग गर्छन्, "
                        "र पूरै परिवारका छिमेकी तथा साथी बन्छन्।</p>"
                        "<p>JII ले यो काम लामो समयदेखि ओतोनारी-सान फ्यामिली फ्रेन्ड प्रोग्राम (OFP) "
                        "का रूपमा सञ्चालन गर्दै आएको छ। OFP लाई आधार बनाएर हामी अहिले कम्पनी र "
                        "स्थानीय समुदाय एकजुट भएर काम गर्ने ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) "
                        "उपलब्ध गराउँछौँ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": STRENGTHS_HEADING,
                "body": T(
                    ja=(
                        "<h3>ボランティアと外国人参加者合わせて1,500名以上の参加実績</h3>"
                        "<p>4年間、多文化共生の現場で培った豊富なノウハウと信頼のネットワーク。</p>"
                        "<h3>安心・安全を守る運営体制</h3>"
                        "<p>明確な活動ルールと登録条件を整え、参加者双方が安心して関われる仕組みを"
                        "構築。</p>"
                        "<h3>丁寧なマッチングと継続的なフォロー</h3>"
                        "<p>一人ひとりの特性、趣味、こだわり、希望や課題、言語スキルに合わせた"
                        "マッチングと伴走支援で、満足度が高く、継続的な信頼関係づくりを実現。</p>"
                        "<h3>専門機関との連携による包括支援</h3>"
                        "<p>法律・医療・教育・在留資格など、専門的な知識が必要とされる課題にも"
                        "スムーズに対応できる連携体制。</p>"
                        "<h3>企業課題に合わせた柔軟なプログラム設計</h3>"
                        "<p>採用・人材育成・組織開発・定着・CSRなど、目的に応じてカスタマイズ可能。"
                        "現場のニーズに根ざした支援を提供。相互理解を深める多文化共生イベントなどの"
                        "企画協力も可能。</p>"
                    ),
                    en=(
                        "<h3>More than 1,500 people have taken part, volunteers and foreign "
                        "participants together</h3>"
                        "<p>Extensive know-how and a trusted network, built over 4 years of "
                        "hands-on work in multicultural coexistence.</p>"
                        "<h3>An operating structure that keeps everyone safe and at ease</h3>"
                        "<p>Clear activity rules and registration requirements, so that "
                        "participants on both sides can take part with peace of mind.</p>"
                        "<h3>Careful matching and ongoing follow-up</h3>"
                        "<p>Matching tailored to each person's character, interests, preferences, "
                        "hopes, challenges and language skills, and support that stays alongside "
                        "them, build highly satisfying, lasting relationships of trust.</p>"
                        "<h3>Comprehensive support through partnerships with specialist "
                        "organisations</h3>"
                        "<p>A network of partners that lets us respond smoothly even to issues "
                        "that call for specialist knowledge, such as legal matters, healthcare, "
                        "education and residence status.</p>"
                        "<h3>Flexible program design tailored to your company's needs</h3>"
                        "<p>The program can be customised to your goals, whether recruitment, "
                        "people development, organisational development, retention or CSR. We "
                        "provide support grounded in real needs on the ground, and can also help "
                        "plan events, such as multicultural coexistence events that deepen mutual "
                        "understanding.</p>"
                    ),
                    ne=(
                        "<h3>स्वयंसेवक र विदेशी सहभागी गरी जम्मा 1,500 भन्दा बढी सहभागीको अनुभव"
                        "</h3>"
                        "<p>बहुसांस्कृतिक सहअस्तित्वको क्षेत्रमा 4 वर्षसम्म प्रत्यक्ष काम गर्दै "
                        "आर्जन गरेको प्रशस्त ज्ञान र भरपर्दो सञ्जाल।</p>"
                        "<h3>सुरक्षा र ढुक्क सुनिश्चित गर्ने सञ्चालन व्यवस्था</h3>"
                        "<p>स्पष्ट गतिविधि नियम र दर्ता सर्तहरू तय गरी दुवै पक्षका सहभागीहरू "
                        "ढुक्कसँग संलग्न हुन सक्ने व्यवस्था।</p>"
                        "<h3>ध्यानपूर्वक गरिने साझेदार मिलान र निरन्तर फलोअप</h3>"
                        "<p>प्रत्येक व्यक्तिको स्वभाव, रुचि, विशेष प्राथमिकता, चाहना र समस्या "
                        "तथा भाषा सीप अनुसार गरिने साझेदार मिलान र साथमै रहेर गरिने सहयोगले उच्च "
                        "सन्तुष्टि र दिगो विश्वासको सम्बन्ध निर्माण गर्छ।</p>"
                        "<h3>विशेषज्ञ संस्थाहरूसँगको सहकार्यमार्फत व्यापक सहयोग</h3>"
                        "<p>कानुन, स्वास्थ्य, शिक्षा, बसोबास अनुमति (भिसा) जस्ता विशेषज्ञ ज्ञान "
                        "चाहिने समस्याहरूमा पनि सहज रूपमा सहयोग गर्न सकिने साझेदारी व्यवस्था।</p>"
                        "<h3>कम्पनीका आवश्यकता अनुसार लचिलो कार्यक्रम डिजाइन</h3>"
                        "<p>भर्ना, जनशक्ति विकास, संगठन विकास, कर्मचारी टिकाइराख्ने, CSR लगायत "
                        "उद्देश्य अनुसार अनुकूलन गर्न सकिन्छ। कार्यस्थलको वास्तविक आवश्यकतामा "
                        "आधारित सहयोग उपलब्ध गराइन्छ। आपसी बुझाइ गहिरो बनाउने बहुसांस्कृतिक "
                        "सहअस्तित्व कार्यक्रमहरूको योजना बनाउन पनि सहयोग गर्न सकिन्छ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="JIIのプログラム",
                    en="JII's programs",
                    ne="JII का कार्यक्रमहरू",
                ),
                "body": T(
                    ja=(
                        "<ul>"
                        "<li><b>おとなりさん・コーポレート・プログラム(OCP)</b>：外国人社員を雇用する"
                        "企業向けのプログラムです。外国人社員とその家族を地域のおとなりさんとつなぎ、"
                        "日本人社員もボランティアとして参加できます。</li>"
                        "<li><b>おとなりさん・ファミリーフレンド・プログラム(OFP)</b>：外国人住民と"
                        "その家族を地域のおとなりさんとつなぐ、OCPの基となったプログラムです。</li>"
                        "</ul>"
                    ),
                    en=(
                        "<ul>"
                        "<li><b>Otonari-san Corporate Program (OCP)</b>: a program for companies "
                        "that employ foreign staff. It connects foreign employees and their "
                        "families with local Otonari-san, and Japanese employees can take part as "
                        "volunteers too.</li>"
                        "<li><b>Otonari-san Family Friend Program (OFP)</b>: the program on which "
                        "OCP is based, connecting foreign residents and their families with local "
                        "Otonari-san.</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<ul>"
                        "<li><b>ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP)</b>: विदेशी कर्मचारी राख्ने "
                        "कम्पनीहरूका लागि कार्यक्रम। यसले विदेशी कर्मचारी र उनीहरूका परिवारलाई "
                        "स्थानीय ओतोनारी-सानसँग जोड्छ, र जापानी कर्मचारीहरू पनि स्वयंसेवकका रूपमा "
                        "सहभागी हुन सक्छन्।</li>"
                        "<li><b>ओतोनारी-सान फ्यामिली फ्रेन्ड प्रोग्राम (OFP)</b>: विदेशी बासिन्दा र "
                        "उनीहरूका परिवारलाई स्थानीय ओतोनारी-सानसँग जोड्ने, OCP को आधार बनेको "
                        "कार्यक्रम।</li>"
                        "</ul>"
                    ),
                ),
            },
        ),
        (
            "cta",
            {
                "heading": GET_IN_TOUCH,
                "text": None,
                "buttons": [
                    {
                        "label": LEARN_MORE_ABOUT_OCP,
                        "page": "programs/ocp/",
                        "style": "primary",
                    },
                    {"label": CONTACT_TITLE, "page": "contact/", "style": "secondary"},
                ],
            },
        ),
    ],
}
