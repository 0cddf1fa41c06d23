"""The Otonari-san Family Friend Program's page (``programs/ofp/``), the origin of the OCP."""

from home.content.glossary import CONTACT_TITLE, LEARN_MORE_ABOUT_OCP
from home.content.text import T

OFP_NAME = T(
    ja="おとなりさん・ファミリーフレンド・プログラム(OFP)",
    en="Otonari-san Family Friend Program (OFP)",
    ne="ओतोनारी-सान फ्यामिली फ्रेन्ड प्रोग्राम (OFP)",
)


OFP = {
    "path": "programs/ofp/",
    "type": "programs.ProgramPage",
    "title": OFP_NAME,
    "search_description": T(
        ja=(
            "地域の日本人ボランティア（おとなりさん）が外国人住民とその家族の暮らしに寄り添う、"
            "JIIの「おとなりさん・ファミリーフレンド・プログラム(OFP)」。企業向けプログラム"
            "OCPの基となった取り組みです。"
        ),
        en=(
            "JII's Otonari-san Family Friend Program (OFP), in which local Japanese volunteers "
            "(Otonari-san, neighbours) stand by foreign residents and their families in daily "
            "life. It is the basis of OCP, the program for companies."
        ),
        ne=(
            "स्थानीय जापानी स्वयंसेवक (ओतोनारी-सान, अर्थात् छिमेकी) ले विदेशी बासिन्दा र "
            "उनीहरूका परिवारलाई दैनिक जीवनमा साथ दिने JII को ओतोनारी-सान फ्यामिली फ्रेन्ड "
            "प्रोग्राम (OFP)। कम्पनीहरूका लागि बनेको OCP कार्यक्रमको आधार यही हो।"
        ),
    ),
    "show_in_menus": False,
    "intro": T(
        ja=(
            "おとなりさん・ファミリーフレンド・プログラム(OFP)は、外国人住民とその家族を、"
            "地域の日本人ボランティア（おとなりさん）とつなぎ、日々の暮らしを支えるJIIの"
            "プログラムです。企業向けのOCPは、このOFPを基に生まれました。"
        ),
        en=(
            "The Otonari-san Family Friend Program (OFP) is JII's program that connects foreign "
            "residents and their families with local Japanese volunteers, the Otonari-san "
            "(neighbours), who support them in daily life. OCP, the program for companies, grew "
            "out of OFP."
        ),
        ne=(
            "ओतोनारी-सान फ्यामिली फ्रेन्ड प्रोग्राम (OFP) JII को कार्यक्रम हो, जसले विदेशी "
            "बासिन्दा र उनीहरूका परिवारलाई दैनिक जीवनमा साथ दिने स्थानीय जापानी स्वयंसेवक, "
            "अर्थात् ओतोनारी-सान (छिमेकी) सँग जोड्छ। कम्पनीहरूका लागि बनेको OCP यही OFP को "
            "आधारमा सुरु भएको हो।"
        ),
    ),
    "body": [
        (
            "section",
            {
                "heading": T(
                    ja="OFPとは",
                    en="What is OFP?",
                    ne="OFP के हो?",
                ),
                "body": T(
                    ja=(
                        "<p>日本で暮らす外国人住民は、生活習慣や文化、言葉の違いから、身近に相談"
                        "できる相手がいないまま孤立してしまうことがあります。OFPでは、地域に暮らす"
                        "日本人ボランティアが「おとなりさん」として外国人住民やその家族とつながり、"
                        "日常生活の中で寄り添います。</p>"
                        "<p>JIIは長年にわたり、このOFPを通じて外国人住民の支援と社会課題の解決に"
                        "取り組んできました。</p>"
                    ),
                    en=(
                        "<p>Foreign residents in Japan can become isolated, with no one nearby to "
                        "turn to, because of differences in daily habits, culture and language. In "
                        "OFP, Japanese volunteers who live in the area connect with foreign "
                        "residents and their families as “Otonari-san” (neighbours) and stand by "
                        "them in everyday life.</p>"
                        "<p>Through OFP, JII has for many years supported foreign residents and "
                        "worked to solve social issues.</p>"
                    ),
                    ne=(
                        "<p>जापानमा बस्ने विदेशी बासिन्दाहरू जीवनशैली, संस्कृति र भाषाको "
                        "भिन्नताका कारण नजिकै सल्लाह गर्ने कोही नहुँदा एक्लो पर्न सक्छन्। OFP मा "
                        "सोही क्षेत्रमा बस्ने जापानी स्वयंसेवकहरू “ओतोनारी-सान” (छिमेकी) का रूपमा "
                        "विदेशी बासिन्दा र उनीहरूका परिवारसँग जोडिन्छन् र दैनिक जीवनमा साथ "
                        "दिन्छन्।</p>"
                        "<p>JII ले लामो समयदेखि यही OFP मार्फत विदेशी बासिन्दाहरूलाई सहयोग गर्दै "
                        "र सामाजिक समस्या समाधानमा काम गर्दै आएको छ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="OFPからOCPへ",
                    en="From OFP to OCP",
                    ne="OFP बाट OCP सम्म",
                ),
                "body": T(
                    ja=(
                        "<p>OFPで培った仕組みを基に、企業と地域が一体となって取り組むプログラムと"
                        "して生まれたのが、おとなりさん・コーポレート・プログラム(OCP)です。外国人"
                        "社員とその家族が地域で安心して暮らせるよう支えると同時に、日本人社員も"
                        "ボランティアとして参加し、社会課題に関わりながら成長できます。</p>"
                        "<p>JIIには、多文化共生の現場での4年間で、ボランティアと外国人参加者合わせて"
                        "1,500名以上の参加実績があります。</p>"
                    ),
                    en=(
                        "<p>The Otonari-san Corporate Program (OCP) was born from the system "
                        "developed in OFP, as a program in which companies and their local "
                        "communities work as one. It helps foreign employees and their families "
                        "live in their community with peace of mind, while Japanese employees can "
                        "take part as volunteers and grow by engaging with social issues.</p>"
                        "<p>Over 4 years of hands-on work in multicultural coexistence, JII has a "
                        "track record of more than 1,500 participants, volunteers and foreign "
                        "participants combined.</p>"
                    ),
                    ne=(
                        "<p>OFP मा विकसित व्यवस्थाको आधारमा कम्पनी र स्थानीय समुदाय एकजुट भएर "
                        "काम गर्ने कार्यक्रमका रूपमा सुरु भएको हो ओतोनारी-सान कर्पोरेट प्रोग्राम "
                        "(OCP)। यसले विदेशी कर्मचारी र उनीहरूका परिवारलाई स्थानीय समुदायमा "
                        "ढुक्कसँग बस्न सहयोग गर्छ, र साथै जापानी कर्मचारीहरू पनि स्वयंसेवकका "
                        "रूपमा सहभागी भई सामाजिक समस्यासँग जोडिँदै आफ्नो क्षमता विकास गर्न "
                        "सक्छन्।</p>"
                        "<p>बहुसांस्कृतिक सहअस्तित्वको क्षेत्रमा 4 वर्षको प्रत्यक्ष कामका क्रममा "
                        "JII सँग स्वयंसेवक र विदेशी सहभागी गरी जम्मा 1,500 भन्दा बढी सहभागीको "
                        "अनुभव छ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="おとなりさん活動を支える運営",
                    en="How JII runs Otonari-san (neighbour) activities",
                    ne="ओतोनारी-सान (छिमेकी) गतिविधि कसरी सञ्चालन गरिन्छ",
                ),
                "body": T(
                    ja=(
                        "<p>JIIは、次のような体制でおとなりさん活動を運営しています。</p>"
                        "<ul>"
                        "<li>明確な活動ルールと登録条件を整え、参加者双方が安心して関われる仕組み</li>"
                        "<li>一人ひとりの特性、趣味、こだわり、希望や課題、言語スキルに合わせた丁寧な"
                        "マッチングと継続的なフォロー</li>"
                        "<li>法律・医療・教育・在留資格など、専門的な知識が必要とされる課題に対応できる、"
                        "専門機関との連携</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>JII runs Otonari-san (neighbour) activities with:</p>"
                        "<ul>"
                        "<li>Clear activity rules and registration requirements, so that "
                        "participants on both sides can take part with peace of mind</li>"
                        "<li>Careful matching tailored to each person's character, interests, "
                        "preferences, hopes, challenges and language skills, with ongoing "
                        "follow-up</li>"
                        "<li>Partnerships with specialist organisations, so that issues that call "
                        "for specialist knowledge, such as legal matters, healthcare, education "
                        "and residence status, can be dealt with</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<p>JII ले ओतोनारी-सान (छिमेकी) गतिविधि निम्न व्यवस्थासहित सञ्चालन "
                        "गर्छ:</p>"
                        "<ul>"
                        "<li>स्पष्ट गतिविधि नियम र दर्ता सर्तहरू, जसले गर्दा दुवै पक्षका "
                        "सहभागीहरू ढुक्कसँग संलग्न हुन सक्छन्</li>"
                        "<li>प्रत्येक व्यक्तिको स्वभाव, रुचि, विशेष प्राथमिकता, चाहना र समस्या "
                        "तथा भाषा सीप अनुसार ध्यानपूर्वक गरिने साझेदार मिलान र निरन्तर फलोअप</li>"
                        "<li>कानुन, स्वास्थ्य, शिक्षा, बसोबास अनुमति (भिसा) जस्ता विशेषज्ञ ज्ञान "
                        "चाहिने समस्याहरूमा सहयोग गर्न विशेषज्ञ संस्थाहरूसँगको सहकार्य</li>"
                        "</ul>"
                    ),
                ),
            },
        ),
        (
            "cta",
            {
                "heading": T(
                    ja="企業の皆さまへ",
                    en="For companies",
                    ne="कम्पनीहरूका लागि",
                ),
                "text": T(
                    ja=(
                        "OFPの仕組みを企業で活かせるのが、おとなりさん・コーポレート・プログラム"
                        "(OCP)です。詳しくはOCPのページをご覧いただくか、お気軽にお問い合わせ"
                        "ください。"
                    ),
                    en=(
                        "The Otonari-san Corporate Program (OCP) brings the OFP approach to "
                        "companies. See the OCP page for details, or feel free to contact us."
                    ),
                    ne=(
                        "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) ले OFP को व्यवस्थालाई कम्पनीहरूमा "
                        "उपयोग गर्न सम्भव बनाउँछ। विस्तृत जानकारीका लागि OCP को पृष्ठ हेर्नुहोस्, "
                        "वा निःसंकोच सम्पर्क गर्नुहोस्।"
                    ),
                ),
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
