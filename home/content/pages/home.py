"""The home page: the landing page of the Otonari-san Corporate Program (OCP).

``HOME`` is the page spec of the home page. Its Japanese copy is the program's own
landing page (``shared/seed/ocp-landing-page.ja.txt``) word for word, split into the
page's sections; English and Nepali are translations of it.
"""

from home.content.glossary import (
    FAQ_TITLE,
    GET_IN_TOUCH,
    LEARN_MORE_ABOUT_OCP,
    MATERIALS_LABEL,
    OCP_NAME,
    ONBOARDING_TITLE,
    STRENGTHS_HEADING,
)
from home.content.text import T

# Used twice on the home page.
CONTACT_LABEL = T(
    ja="お問い合わせはこちら",
    en="Contact us",
    ne="सम्पर्क गर्नुहोस्",
)

# The hero's primary action: the seed's call to action, without its "はこちら" (here).
PRIMARY_ACTION = T(
    ja="資料ダウンロード・お問い合わせ",
    en="Download materials / Contact us",
    ne="सामग्री डाउनलोड / सम्पर्क गर्नुहोस्",
)

# How the program works, step by step; every figure is the seed's (FAQ answers 4, 6, 8,
# 9 and 11): introduction in 1–2 months, pairs meeting about 2 hours a week (often
# 1–3 times a month) for half a year, followed up by JII, and reports to the company.
FLOW = {
    "heading": T(
        ja="プログラムの流れ",
        en="How the program works",
        ne="कार्यक्रम कसरी चल्छ",
    ),
    "intro": T(
        ja="ご相談から企業へのご報告まで、JIIが一貫して伴走します。",
        en="From the first consultation to reporting back to you, JII is with you at every step.",
        ne="पहिलो परामर्शदेखि कम्पनीलाई प्रतिवेदन दिनेसम्म JII हरेक चरणमा साथमा रहन्छ।",
    ),
    "steps": [
        {
            "icon": "consult",
            "title": ONBOARDING_TITLE,
            "duration": None,
            "text": T(
                ja="企業の課題、参加人数、予算をうかがい、支援内容とコストを調整します。",
                en=(
                    "We learn about your company's challenges, the number of participants and "
                    "your budget, and tailor the support and its cost."
                ),
                ne=("कम्पनीका समस्या, सहभागी संख्या र बजेट बुझेर सहयोगको विषयवस्तु र लागत मिलाइन्छ।"),
            ),
        },
        {
            "icon": "calendar",
            "title": T(
                ja="プログラムの導入",
                en="Introducing the program",
                ne="कार्यक्रम सुरु गर्ने",
            ),
            "duration": T(
                ja="通常1〜2か月",
                en="Usually 1–2 months",
                ne="सामान्यतया 1–2 महिना",
            ),
            "text": T(
                ja="ご相談から導入まで、通常1〜2か月程度です。導入前に社員向け説明会も開けます。",
                en=(
                    "Introduction usually takes about 1–2 months from the first consultation. "
                    "We can also hold a briefing for your employees beforehand."
                ),
                ne=(
                    "परामर्शदेखि कार्यक्रम सुरु हुनसम्म सामान्यतया 1–2 महिना जति लाग्छ। सुरु गर्नुअघि "
                    "कर्मचारीहरूका लागि जानकारी सत्र पनि सञ्चालन गर्न सकिन्छ।"
                ),
            ),
        },
        {
            "icon": "register",
            "title": T(
                ja="社員の参加登録",
                en="Employees register",
                ne="कर्मचारीहरूको दर्ता",
            ),
            "duration": None,
            "text": T(
                ja=(
                    "社員は好きなタイミングで、サポートを受ける外国人社員として、"
                    "またはボランティアとして登録できます。"
                ),
                en=(
                    "Employees can sign up whenever suits them, either as foreign employees "
                    "receiving support or as volunteers."
                ),
                ne=(
                    "कर्मचारीहरूले आफूलाई मिल्ने समयमा सहयोग पाउने विदेशी कर्मचारी वा "
                    "स्वयंसेवकका रूपमा दर्ता गर्न सक्छन्।"
                ),
            ),
        },
        {
            "icon": "check",
            "title": T(
                ja="本人確認・説明会・個別ヒアリング",
                en="Identity check, orientation and interview",
                ne="परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत अन्तर्वार्ता",
            ),
            "duration": None,
            "text": T(
                ja="活動を始める前に、全参加者が受けます。初めての方でも安心して始められます。",
                en=(
                    "Every participant goes through all three before any activity begins, so "
                    "even first-timers can start with confidence."
                ),
                ne=(
                    "गतिविधि सुरु हुनुअघि सबै सहभागीले यी तीनै चरण पूरा गर्छन्, त्यसैले पहिलो "
                    "पटक सहभागी हुनेहरू पनि ढुक्कसँग सुरु गर्न सक्छन्।"
                ),
            ),
        },
        {
            "icon": "match",
            "title": T(
                ja="マッチング",
                en="Matching",
                ne="साझेदार मिलान",
            ),
            "duration": None,
            "text": T(
                ja=(
                    "特性、趣味、こだわり、希望や課題、言語スキルをもとに、"
                    "経験豊富なJIIコーディネーターが相手を提案します。"
                ),
                en=(
                    "Based on each person's character, interests, preferences, hopes, "
                    "challenges and language skills, an experienced JII coordinator proposes "
                    "a partner."
                ),
                ne=(
                    "प्रत्येक व्यक्तिको स्वभाव, रुचि, विशेष प्राथमिकता, चाहना र समस्या तथा "
                    "भाषा सीपका आधारमा अनुभवी JII संयोजकले उपयुक्त साझेदार प्रस्ताव गर्छन्।"
                ),
            ),
        },
        {
            "icon": "pair",
            "title": T(
                ja="ペアで活動",
                en="Pairs meet",
                ne="जोडीमा गतिविधि",
            ),
            "duration": T(
                ja="週2時間程度・半年間",
                en="About 2 hours a week, for half a year",
                ne="हप्तामा करिब 2 घण्टा, आधा वर्ष",
            ),
            "text": T(
                ja=(
                    "月に1〜3回ほど直接会うケースも多く、"
                    "活動中もJIIコーディネーターが定期的にフォローします。"
                ),
                en=(
                    "Many pairs meet in person 1–3 times a month, and a JII coordinator "
                    "follows up with them regularly throughout."
                ),
                ne=(
                    "धेरै जोडी महिनामा 1–3 पटक प्रत्यक्ष भेट्छन्, र गतिविधिभरि JII संयोजकले "
                    "नियमित फलोअप गर्छन्।"
                ),
            ),
        },
        {
            "icon": "report",
            "title": T(
                ja="企業へのご報告",
                en="Reports to your company",
                ne="कम्पनीलाई प्रतिवेदन",
            ),
            "duration": None,
            "text": T(
                ja=(
                    "参加者アンケートやフォローアップをもとに、満足度や意識の変化を"
                    "定期的に可視化してご報告します。"
                ),
                en=(
                    "From participant surveys and follow-up, we regularly measure satisfaction "
                    "and changes in attitude, and report them to you."
                ),
                ne=(
                    "सहभागी सर्वेक्षण र फलोअपका आधारमा सन्तुष्टि र सोचमा आएको परिवर्तन नियमित "
                    "रूपमा मापन गरी कम्पनीलाई जानकारी गराइन्छ।"
                ),
            ),
        },
    ],
}

HOME = {
    "path": "",
    "type": "home.HomePage",
    "title": OCP_NAME,
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)は、外国人社員と地域をつなぐ共生の"
            "仕組みを通じて、企業の成長をサポートするJIIの多文化共生支援プログラムです。"
        ),
        en=(
            "The Otonari-san Corporate Program (OCP) is JII's multicultural coexistence "
            "support program that helps companies grow through a system of coexistence "
            "connecting foreign employees with the local community."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) JII को बहुसांस्कृतिक सहअस्तित्व सहयोग "
            "कार्यक्रम हो, जसले विदेशी कर्मचारी र स्थानीय समुदायलाई जोड्ने सहअस्तित्वको "
            "व्यवस्थामार्फत कम्पनीहरूको विकासमा सहयोग गर्छ।"
        ),
    ),
    "show_in_menus": False,
    "body": [
        (
            "hero",
            {
                "eyebrow": OCP_NAME,
                "headline": T(
                    ja="外国人社員が安心して暮らせる環境が、企業の未来を支える",
                    en=(
                        "An environment where foreign employees can live with peace of mind "
                        "underpins your company's future"
                    ),
                    ne="विदेशी कर्मचारीहरू ढुक्कसँग बस्न सक्ने वातावरणले नै कम्पनीको भविष्यलाई टेवा दिन्छ",
                ),
                "subheadline": T(
                    ja="~JIIは、外国人社員と地域をつなぐ共生の仕組みを通じて、企業の成長をサポートします~",
                    en=(
                        "JII supports your company's growth through a system of coexistence "
                        "that connects foreign employees with the local community"
                    ),
                    ne=(
                        "JII ले विदेशी कर्मचारी र स्थानीय समुदायलाई जोड्ने सहअस्तित्वको "
                        "व्यवस्थामार्फत कम्पनीको विकासमा सहयोग गर्छ"
                    ),
                ),
                "audience": T(
                    ja="外国人社員を迎える企業の、人事・人材育成・CSRご担当者様へ",
                    en="For HR, people development and CSR teams at companies with foreign employees",
                    ne=(
                        "विदेशी कर्मचारी भएका कम्पनीका मानव संसाधन, जनशक्ति विकास र CSR का "
                        "जिम्मेवार व्यक्तिहरूका लागि"
                    ),
                ),
                "buttons": [
                    {"label": PRIMARY_ACTION, "page": "request-materials/", "style": "primary"},
                    {"label": LEARN_MORE_ABOUT_OCP, "page": "programs/ocp/", "style": "secondary"},
                ],
                "body": T(
                    ja=(
                        "<p>企業の持続可能性は、社員が安心して暮らせる地域社会によって支えられています。</p>"
                        "<p>人材確保のため外国人社員を採用する企業は年々増えていますが、彼らは生活習慣や"
                        "文化の違い、帯同した自身の家族のケアなど、会社には相談しにくいさまざまな課題を"
                        "抱えています。</p>"
                        "<p>外国人社員が「この会社に入社してよかった」と感じる事は、成果の発揮と会社への"
                        "貢献、そして離職率の低下や企業価値の向上につながります。</p>"
                        "<p>つまり、多文化共生の取り組みは、「企業にとって今現在、そして未来への投資」"
                        "です。</p>"
                        "<p>JIIは地域社会を巻き込んだ「おとなりさん活動」を通じて、外国人社員と地域住民を"
                        "つなぐ仕組みを提供します。外国人社員の生活面でのケアを行うと同時に、日本人社員にも"
                        "社会課題に関わる機会を提供し、互いの理解と成長を促すことで 、国籍を問わず社員の力を"
                        "最大限に発揮する環境づくりに貢献します。</p>"
                    ),
                    en=(
                        "<p>A company's sustainability rests on a local community where its "
                        "employees can live with peace of mind.</p>"
                        "<p>Every year more companies hire foreign employees to secure the people "
                        "they need. Yet these employees face many challenges that are hard to raise "
                        "at work, from differences in daily habits and culture to caring for the "
                        "family members who came to Japan with them.</p>"
                        "<p>When foreign employees feel “I'm glad I joined this company”, they "
                        "deliver results and contribute to the company, which in turn lowers "
                        "turnover and raises corporate value.</p>"
                        "<p>In other words, work on multicultural coexistence is “an investment "
                        "for the company, both in the present and in its future”.</p>"
                        "<p>Through Otonari-san (neighbour) activities that involve the local "
                        "community, JII provides a system that connects foreign employees with "
                        "local residents. While supporting foreign employees in their daily lives, "
                        "it also gives Japanese employees the chance to engage with social issues, "
                        "and by fostering mutual understanding and growth it helps create an "
                        "environment where every employee, whatever their nationality, can make "
                        "the most of their abilities.</p>"
                    ),
                    ne=(
                        "<p>कम्पनीको दिगोपना कर्मचारीहरू ढुक्कसँग बस्न सक्ने स्थानीय समाजमा "
                        "आधारित हुन्छ।</p>"
                        "<p>आवश्यक जनशक्ति सुनिश्चित गर्न विदेशी कर्मचारी भर्ना गर्ने कम्पनीहरू "
                        "वर्षेनि बढ्दै गएका छन्। तर उनीहरूले दैनिक जीवनशैली र संस्कृतिमा भिन्नता, "
                        "साथै आफूसँगै जापान आएका परिवारको हेरचाह जस्ता कम्पनीमा सजिलै भन्न नसकिने "
                        "विभिन्न समस्याहरू भोगिरहेका हुन्छन्।</p>"
                        "<p>विदेशी कर्मचारीहरूले “यो कम्पनीमा काम गर्न आएकोमा खुसी छु” भन्ने महसुस "
                        "गर्दा उनीहरूले राम्रो नतिजा दिन्छन् र कम्पनीमा योगदान गर्छन्, जसले जागिर "
                        "छोड्ने दर घटाउँछ र कम्पनीको मूल्य बढाउँछ।</p>"
                        "<p>अर्थात्, बहुसांस्कृतिक सहअस्तित्वका लागि गरिने प्रयास “कम्पनीका लागि "
                        "वर्तमान र भविष्य दुवैमा गरिने लगानी” हो।</p>"
                        "<p>JII ले स्थानीय समाजलाई समेत समेट्ने “ओतोनारी-सान (छिमेकी) गतिविधि” "
                        "मार्फत विदेशी कर्मचारी र स्थानीय बासिन्दालाई जोड्ने व्यवस्था उपलब्ध "
                        "गराउँछ। विदेशी कर्मचारीहरूको दैनिक जीवनमा सहयोग गर्नुका साथै जापानी "
                        "कर्मचारीहरूलाई पनि सामाजिक समस्यासँग जोडिने अवसर दिन्छ, र आपसी बुझाइ तथा "
                        "विकासलाई प्रोत्साहन गरेर राष्ट्रियता जेसुकै भए पनि सबै कर्मचारीले आफ्नो "
                        "क्षमता पूर्ण रूपमा प्रयोग गर्न सक्ने वातावरण निर्माणमा योगदान गर्छ।</p>"
                    ),
                ),
            },
        ),
        ("flow", FLOW),
        (
            "audiences",
            {
                "heading": T(
                    ja="こんな方にお勧めです",
                    en="Who this program is for",
                    ne="यो कार्यक्रम यस्ता व्यक्तिहरूका लागि उपयुक्त छ",
                ),
                "groups": [
                    {
                        "icon": "briefcase",
                        "title": T(
                            ja="人事・採用担当",
                            en="HR and recruitment staff",
                            ne="मानव संसाधन तथा भर्नाका जिम्मेवार व्यक्ति",
                        ),
                        "items": [
                            T(
                                ja="外国人社員の採用や受け入れを検討している",
                                en="You are considering hiring or taking on foreign employees",
                                ne="विदेशी कर्मचारी भर्ना गर्ने वा स्वागत गर्ने बारे विचार गर्दै हुनुहुन्छ",
                            ),
                            T(
                                ja="外国人社員の力を引き出し、自社の人財として活躍を期待している",
                                en=(
                                    "You want to bring out your foreign employees' strengths and "
                                    "see them thrive as valued members of your company"
                                ),
                                ne=(
                                    "विदेशी कर्मचारीहरूको क्षमता उजागर गरी उनीहरू आफ्नो कम्पनीको "
                                    "बहुमूल्य जनशक्तिका रूपमा सफल होऊन् भन्ने चाहनुहुन्छ"
                                ),
                            ),
                            T(
                                ja="採用した外国人社員の離職率を下げ定着させたい",
                                en=(
                                    "You want to reduce turnover among the foreign employees you "
                                    "have hired and help them stay"
                                ),
                                ne=(
                                    "भर्ना गरेका विदेशी कर्मचारीहरूको जागिर छोड्ने दर घटाएर "
                                    "उनीहरूलाई लामो समय टिकाउन चाहनुहुन्छ"
                                ),
                            ),
                        ],
                    },
                    {
                        "icon": "growth",
                        "title": T(
                            ja="人材育成・管理職",
                            en="People development and managers",
                            ne="जनशक्ति विकास तथा व्यवस्थापक",
                        ),
                        "items": [
                            T(
                                ja="多様な人材が活躍できる職場づくりを進めたい",
                                en=(
                                    "You want to build a workplace where people of diverse "
                                    "backgrounds can thrive"
                                ),
                                ne="विविध पृष्ठभूमिका व्यक्तिहरू सफल हुन सक्ने कार्यस्थल बनाउन चाहनुहुन्छ",
                            ),
                            T(
                                ja="外国人社員のマネジメントに悩んでいる管理職",
                                en="You are a manager who finds managing foreign employees a challenge",
                                ne="विदेशी कर्मचारीहरूको व्यवस्थापनमा अलमलमा परेका व्यवस्थापक हुनुहुन्छ",
                            ),
                            T(
                                ja="日本人社員と外国人社員の交流を増やしたい",
                                en="You want more interaction between Japanese and foreign employees",
                                ne="जापानी र विदेशी कर्मचारीहरूबीचको आपसी भेटघाट र सम्बन्ध बढाउन चाहनुहुन्छ",
                            ),
                        ],
                    },
                    {
                        "icon": "heart-hand",
                        "title": T(
                            ja="CSR・社内エンゲージメント担当",
                            en="CSR and employee engagement staff",
                            ne="CSR तथा कर्मचारी संलग्नताका जिम्मेवार व्यक्ति",
                        ),
                        "items": [
                            T(
                                ja="社員が気軽に参加できる社会貢献・越境体験の機会を作りたい",
                                en=(
                                    "You want to give employees easy ways to contribute to "
                                    "society and gain experience beyond their usual workplace"
                                ),
                                ne=(
                                    "कर्मचारीहरूले सहजै सहभागी हुन सक्ने समाजसेवा तथा "
                                    "आफ्नो कार्यक्षेत्रभन्दा बाहिरको अनुभवका अवसर सिर्जना गर्न चाहनुहुन्छ"
                                ),
                            ),
                            T(
                                ja="社会課題の解決と社員成長を両立できる仕組みを探している",
                                en=(
                                    "You are looking for a way to help solve social issues and "
                                    "develop your employees at the same time"
                                ),
                                ne=(
                                    "सामाजिक समस्या समाधान र कर्मचारी विकास दुवै सँगसँगै गर्न "
                                    "सकिने व्यवस्था खोजिरहनुभएको छ"
                                ),
                            ),
                        ],
                    },
                ],
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="企業と地域がともに育つ「共生のエコシステム」",
                    en="An “ecosystem of coexistence” where companies and communities grow together",
                    ne="कम्पनी र समुदाय सँगै अघि बढ्ने “सहअस्तित्वको इकोसिस्टम”",
                ),
                "body": T(
                    ja=(
                        "<p>外国人社員の文化的ギャップや孤独を減らし、社員の成長、地域の活性化——"
                        "そのすべてを同時に実現するのが、「おとなりさん・コーポレート・プログラム(OCP)」"
                        "です。</p>"
                        "<p>JIIが長年にわたり外国人住民支援と社会課題の解決に取り組んできた 「おとなりさん・"
                        "ファミリーフレンド・プログラム(OFP)」を基に、外国人社員の安心と、日本人社員の成長を"
                        "同時に実現する自社と地域が一体となって取り組む多文化共生支援プログラムです。</p>"
                        "<p>企業・地域・個人がそれぞれの強みを活かしながらつながる「共生の仕組み」を提供し"
                        "外国人社員とその家族への生活・文化・言語面でのケアに加え、 日本人社員にとっても"
                        "越境体験や社会貢献を通じた自己成長の機会を提供します。</p>"
                    ),
                    en=(
                        "<p>Reducing the cultural gaps and isolation foreign employees face, "
                        "helping employees grow, revitalising the local community: the Otonari-san "
                        "Corporate Program (OCP) achieves all of this at once.</p>"
                        "<p>It builds on the Otonari-san Family Friend Program (OFP), through which "
                        "JII has for many years supported foreign residents and worked to solve "
                        "social issues. It is a multicultural coexistence support program in which "
                        "your company and the local community work as one, giving foreign employees "
                        "peace of mind and helping Japanese employees grow at the same time.</p>"
                        "<p>It offers a “system of coexistence” in which companies, communities and "
                        "individuals connect while making the most of their own strengths. Along "
                        "with support for foreign employees and their families in daily life, "
                        "culture and language, it gives Japanese employees opportunities for "
                        "personal growth through experience beyond their usual workplace and social "
                        "contribution.</p>"
                    ),
                    ne=(
                        "<p>विदेशी कर्मचारीहरूले भोग्ने सांस्कृतिक दूरी र एक्लोपन घटाउने, "
                        "कर्मचारीहरूको विकास गर्ने र स्थानीय समुदायलाई जीवन्त बनाउने: यी सबै "
                        "एकैसाथ सम्भव बनाउने कार्यक्रम हो “ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP)”।</p>"
                        "<p>यो कार्यक्रम JII ले लामो समयदेखि विदेशी बासिन्दाहरूलाई सहयोग गर्दै र "
                        "सामाजिक समस्या समाधानमा काम गर्दै आएको “ओतोनारी-सान फ्यामिली फ्रेन्ड "
                        "प्रोग्राम (OFP)” मा आधारित छ। तपाईंको कम्पनी र स्थानीय समुदाय एकजुट भएर "
                        "विदेशी कर्मचारीहरूको निश्चिन्तता र जापानी कर्मचारीहरूको विकास एकैसाथ "
                        "सम्भव बनाउने यो बहुसांस्कृतिक सहअस्तित्व सहयोग कार्यक्रम हो।</p>"
                        "<p>यसले कम्पनी, समुदाय र व्यक्ति प्रत्येकले आफ्नो क्षमताको सदुपयोग गर्दै "
                        "एकअर्कासँग जोडिने “सहअस्तित्वको व्यवस्था” उपलब्ध गराउँछ। विदेशी कर्मचारी र "
                        "उनीहरूको परिवारलाई दैनिक जीवन, संस्कृति र भाषासम्बन्धी सहयोगका साथै जापानी "
                        "कर्मचारीहरूलाई पनि आफ्नो कार्यक्षेत्रभन्दा बाहिरको अनुभव र समाजसेवामार्फत आत्मविकासको अवसर "
                        "दिन्छ।</p>"
                    ),
                ),
            },
        ),
        (
            "supports",
            {
                "heading": T(
                    ja="「おとなりさん活動」で実現する3つのサポート",
                    en="3 kinds of support through Otonari-san (neighbour) activities",
                    ne="“ओतोनारी-सान (छिमेकी) गतिविधि” मार्फत सम्भव हुने 3 प्रकारका सहयोग",
                ),
                "items": [
                    {
                        "icon": "home",
                        "title": T(
                            ja="① 外国人社員の“安心“を支える",
                            en="① Supporting foreign employees' “peace of mind”",
                            ne="① विदेशी कर्मचारीहरूको “निश्चिन्तता” लाई टेवा दिने",
                        ),
                        "lead": T(
                            ja="日本での暮らしを支え、活躍へと繋げる",
                            en="Supporting life in Japan and helping them thrive",
                            ne="जापानको जीवनयापनमा सहयोग गर्दै उनीहरूलाई सफल हुन मद्दत गर्ने",
                        ),
                        "points": [
                            T(
                                ja="地域の日本人ボランティア(=おとなりさん)が生活相談や地域情報を提供",
                                en=(
                                    "Local Japanese volunteers (the Otonari-san, or neighbours) "
                                    "offer advice on daily life and local information"
                                ),
                                ne=(
                                    "स्थानीय जापानी स्वयंसेवक (ओतोनारी-सान, अर्थात् छिमेकी) ले "
                                    "दैनिक जीवनसम्बन्धी सल्लाह र स्थानीय जानकारी दिन्छन्"
                                ),
                            ),
                            T(
                                ja="医療、教育、福祉その他ライフライン整備サポートを提供",
                                en=(
                                    "Help with setting up the essentials of daily life, such as "
                                    "healthcare, education and welfare"
                                ),
                                ne=(
                                    "स्वास्थ्य, शिक्षा, सामाजिक कल्याण लगायत दैनिक जीवनका आधारभूत "
                                    "सुविधा मिलाउन सहयोग"
                                ),
                            ),
                            T(
                                ja="職場外で安心して相談できる相手やつながりを提供",
                                en="Someone outside work they can comfortably turn to, and new connections",
                                ne="कार्यस्थलबाहिर ढुक्कसँग सल्लाह गर्न सकिने व्यक्ति र सम्बन्ध",
                            ),
                            T(
                                ja="外国人社員が孤立せず、地域に根づく環境づくり",
                                en=(
                                    "An environment where foreign employees are not isolated and "
                                    "can put down roots in the community"
                                ),
                                ne=(
                                    "विदेशी कर्मचारीहरू एक्लो नपरी स्थानीय समुदायमा जरा गाड्न "
                                    "सक्ने वातावरण निर्माण"
                                ),
                            ),
                            T(
                                ja="日本語、日本の文化習慣への理解を深める支援",
                                en=(
                                    "Help in deepening their understanding of the Japanese "
                                    "language, culture and customs"
                                ),
                                ne="जापानी भाषा, संस्कृति र चालचलनको बुझाइ गहिरो बनाउन सहयोग",
                            ),
                            T(
                                ja="家族ぐるみで付き合える隣人、仲間づくり",
                                en="Making neighbours and friends the whole family can get to know",
                                ne="पूरै परिवारसँग घुलमिल हुन सक्ने छिमेकी र साथीहरू बनाउने",
                            ),
                        ],
                    },
                    {
                        "icon": "sprout",
                        "title": T(
                            ja="② 日本人社員の“成長”を促す",
                            en="② Encouraging Japanese employees' “growth”",
                            ne="② जापानी कर्मचारीहरूको “विकास” लाई प्रोत्साहन गर्ने",
                        ),
                        "lead": T(
                            ja="日本人社員にも「越境体験」を。社会課題に触れる学びの機会。",
                            en=(
                                "Experience beyond the usual workplace, for Japanese employees too. "
                                "A chance to learn by engaging with social issues."
                            ),
                            ne=(
                                "जापानी कर्मचारीहरूलाई पनि “आफ्नो कार्यक्षेत्रभन्दा बाहिरको अनुभव”। सामाजिक "
                                "समस्यासँग परिचित हुँदै सिक्ने अवसर।"
                            ),
                        ),
                        "points": [
                            T(
                                ja="日本人社員がボランティアとして参加可能",
                                en="Japanese employees can take part as volunteers",
                                ne="जापानी कर्मचारीहरू स्वयंसेवकका रूपमा सहभागी हुन सक्छन्",
                            ),
                            T(
                                ja="社内外の外国人住民と関わる中で、視野を広げ、相互理解を深め、社会課題への理解を深める",
                                en=(
                                    "Getting involved with foreign residents inside and outside "
                                    "the company broadens their outlook, deepens mutual "
                                    "understanding and deepens their understanding of social issues"
                                ),
                                ne=(
                                    "कम्पनीभित्र र बाहिरका विदेशी बासिन्दाहरूसँगको सम्पर्कमार्फत "
                                    "दृष्टिकोण फराकिलो बनाउने, आपसी बुझाइ बढाउने र सामाजिक "
                                    "समस्याबारेको बुझाइ गहिरो बनाउने"
                                ),
                            ),
                            T(
                                ja="異文化理解・語学力・コミュニケーション力の育成",
                                en=(
                                    "Developing intercultural understanding, language skills and "
                                    "communication skills"
                                ),
                                ne="अन्तरसांस्कृतिक बुझाइ, भाषा सीप र सञ्चार क्षमताको विकास",
                            ),
                            T(
                                ja="役職や部署を超えた新たなつながりをはぐくむ",
                                en="Building new connections across job levels and departments",
                                ne="पद र विभागको सीमाभन्दा पर नयाँ सम्बन्ध विकास गर्ने",
                            ),
                        ],
                    },
                    {
                        "icon": "value",
                        "title": T(
                            ja="③ 企業の“社会価値”を高める",
                            en="③ Raising your company's “social value”",
                            ne="③ कम्पनीको “सामाजिक मूल्य” बढाउने",
                        ),
                        "lead": T(
                            ja="CSRと人事施策を一体化。地域とともに企業価値を創出。",
                            en=(
                                "CSR and HR policy, combined. Creating corporate value together "
                                "with the community."
                            ),
                            ne=(
                                "CSR र मानव संसाधन नीतिलाई एकीकृत गर्ने। समुदायसँगै कम्पनीको "
                                "मूल्य सिर्जना गर्ने।"
                            ),
                        ),
                        "points": [
                            T(
                                ja="NPOと協働することで、社会貢献を「仕組み」として導入可能",
                                en=(
                                    "Working with an NPO lets you build social contribution into "
                                    "your company as a “system”"
                                ),
                                ne=(
                                    "NPO सँग सहकार्य गरेर समाजसेवालाई एउटा “व्यवस्था” का रूपमा "
                                    "अपनाउन सकिन्छ"
                                ),
                            ),
                            T(
                                ja="社内運営コストをかけず、気軽にスタート",
                                en="Start easily, without in-house running costs",
                                ne="कम्पनीभित्र सञ्चालन खर्च नगरी सजिलै सुरु गर्न सकिन्छ",
                            ),
                            T(
                                ja="社会課題の解決に直接かかわることによって、企業のSDGs・ダイバーシティ推進にも貢献",
                                en=(
                                    "Being directly involved in solving social issues also "
                                    "advances your company's SDGs and diversity efforts"
                                ),
                                ne=(
                                    "सामाजिक समस्या समाधानमा प्रत्यक्ष संलग्न भएर कम्पनीको SDGs र "
                                    "विविधता प्रवर्द्धनमा पनि योगदान"
                                ),
                            ),
                            T(
                                ja="離職率を下げ、採用・育成コストを削減",
                                en="Lower turnover, and lower recruitment and training costs",
                                ne="जागिर छोड्ने दर घटाउने र भर्ना तथा तालिम खर्च कटौती गर्ने",
                            ),
                        ],
                    },
                ],
            },
        ),
        (
            "cta",
            {
                "heading": None,
                "text": None,
                "buttons": [
                    {"label": CONTACT_LABEL, "page": "contact/", "style": "secondary"},
                    {"label": MATERIALS_LABEL, "page": "request-materials/", "style": "primary"},
                ],
            },
        ),
        (
            "strengths",
            {
                "heading": STRENGTHS_HEADING,
                "items": [
                    {
                        "icon": "people",
                        "title": T(
                            ja="ボランティアと外国人参加者合わせて1,500名以上の参加実績",
                            en=(
                                "More than 1,500 people have taken part, volunteers and foreign "
                                "participants together"
                            ),
                            ne="स्वयंसेवक र विदेशी सहभागी गरी जम्मा 1,500 भन्दा बढी सहभागीको अनुभव",
                        ),
                        "text": T(
                            ja="4年間、多文化共生の現場で培った豊富なノウハウと信頼のネットワーク。",
                            en=(
                                "Extensive know-how and a trusted network, built over 4 years of "
                                "hands-on work in multicultural coexistence."
                            ),
                            ne=(
                                "बहुसांस्कृतिक सहअस्तित्वको क्षेत्रमा 4 वर्षसम्म प्रत्यक्ष काम "
                                "गर्दै आर्जन गरेको प्रशस्त ज्ञान र भरपर्दो सञ्जाल।"
                            ),
                        ),
                    },
                    {
                        "icon": "shield",
                        "title": T(
                            ja="安心・安全を守る運営体制",
                            en="An operating structure that keeps everyone safe and at ease",
                            ne="सुरक्षा र ढुक्क सुनिश्चित गर्ने सञ्चालन व्यवस्था",
                        ),
                        "text": T(
                            ja="明確な活動ルールと登録条件を整え、参加者双方が安心して関われる仕組みを構築。",
                            en=(
                                "Clear activity rules and registration requirements, so that "
                                "participants on both sides can take part with peace of mind."
                            ),
                            ne=(
                                "स्पष्ट गतिविधि नियम र दर्ता सर्तहरू तय गरी दुवै पक्षका "
                                "सहभागीहरू ढुक्कसँग संलग्न हुन सक्ने व्यवस्था।"
                            ),
                        ),
                    },
                    {
                        "icon": "pair",
                        "title": T(
                            ja="丁寧なマッチングと継続的なフォロー",
                            en="Careful matching and ongoing follow-up",
                            ne="ध्यानपूर्वक गरिने साझेदार मिलान र निरन्तर फलोअप",
                        ),
                        "text": T(
                            ja=(
                                "一人ひとりの特性、趣味、こだわり、希望や課題、言語スキルに合わせた"
                                "マッチングと伴走支援で、満足度が高く、継続的な信頼関係づくりを実現。"
                            ),
                            en=(
                                "Matching tailored to each person's character, interests, "
                                "preferences, hopes, challenges and language skills, and support "
                                "that stays alongside them, build highly satisfying, lasting "
                                "relationships of trust."
                            ),
                            ne=(
                                "प्रत्येक व्यक्तिको स्वभाव, रुचि, विशेष प्राथमिकता, चाहना र समस्या "
                                "तथा भाषा सीप अनुसार गरिने साझेदार मिलान र साथमै रहेर गरिने सहयोगले "
                                "उच्च सन्तुष्टि र दिगो विश्वासको सम्बन्ध निर्माण गर्छ।"
                            ),
                        ),
                    },
                    {
                        "icon": "network",
                        "title": T(
                            ja="専門機関との連携による包括支援",
                            en="Comprehensive support through partnerships with specialist organisations",
                            ne="विशेषज्ञ संस्थाहरूसँगको सहकार्यमार्फत व्यापक सहयोग",
                        ),
                        "text": T(
                            ja="法律・医療・教育・在留資格など、専門的な知識が必要とされる課題にもスムーズに対応できる連携体制。",
                            en=(
                                "A network of partners that lets us respond smoothly even to issues "
                                "that call for specialist knowledge, such as legal matters, "
                                "healthcare, education and residence status."
                            ),
                            ne=(
                                "कानुन, स्वास्थ्य, शिक्षा, बसोबास अनुमति (भिसा) जस्ता विशेषज्ञ ज्ञान "
                                "चाहिने समस्याहरूमा पनि सहज रूपमा सहयोग गर्न सकिने साझेदारी व्यवस्था।"
                            ),
                        ),
                    },
                    {
                        "icon": "sliders",
                        "title": T(
                            ja="企業課題に合わせた柔軟なプログラム設計",
                            en="Flexible program design tailored to your company's needs",
                            ne="कम्पनीका आवश्यकता अनुसार लचिलो कार्यक्रम डिजाइन",
                        ),
                        "text": T(
                            ja=(
                                "採用・人材育成・組織開発・定着・CSRなど、目的に応じてカスタマイズ可能。"
                                "現場のニーズに根ざした支援を提供。相互理解を深める多文化共生イベントなどの"
                                "企画協力も可能。"
                            ),
                            en=(
                                "The program can be customised to your goals, whether recruitment, "
                                "people development, organisational development, retention or CSR. "
                                "We provide support grounded in real needs on the ground, and can "
                                "also help plan events, such as multicultural coexistence events "
                                "that deepen mutual understanding."
                            ),
                            ne=(
                                "भर्ना, जनशक्ति विकास, संगठन विकास, कर्मचारी टिकाइराख्ने, CSR लगायत "
                                "उद्देश्य अनुसार अनुकूलन गर्न सकिन्छ। कार्यस्थलको वास्तविक "
                                "आवश्यकतामा आधारित सहयोग उपलब्ध गराइन्छ। आपसी बुझाइ गहिरो बनाउने "
                                "बहुसांस्कृतिक सहअस्तित्व कार्यक्रमहरूको योजना बनाउन पनि सहयोग "
                                "गर्न सकिन्छ।"
                            ),
                        ),
                    },
                ],
            },
        ),
        (
            "faq_teaser",
            {
                "heading": FAQ_TITLE,
                "count": 4,
                "link_label": T(
                    ja="よくある質問をすべて見る",
                    en="See all frequently asked questions",
                    ne="सबै बारम्बार सोधिने प्रश्नहरू हेर्नुहोस्",
                ),
                "page": "faq/",
            },
        ),
        (
            "cta",
            {
                "heading": GET_IN_TOUCH,
                "text": T(
                    ja="OCPの詳しい資料のご請求や、導入に関するご質問・ご相談は、以下よりお問い合わせください。",
                    en=(
                        "To request detailed materials on the OCP, or with any questions about "
                        "introducing it at your company, please contact us below."
                    ),
                    ne=(
                        "OCP सम्बन्धी विस्तृत सामग्री माग्न वा आफ्नो कम्पनीमा यो कार्यक्रम लागू "
                        "गर्ने बारे प्रश्न वा सल्लाहका लागि कृपया तलबाट सम्पर्क गर्नुहोस्।"
                    ),
                ),
                "buttons": [
                    {"label": MATERIALS_LABEL, "page": "request-materials/", "style": "primary"},
                    {"label": CONTACT_LABEL, "page": "contact/", "style": "secondary"},
                ],
            },
        ),
    ],
}
