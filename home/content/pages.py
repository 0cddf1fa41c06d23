"""Every page other than the home page: programs, FAQ index, materials, forms, about, legal.

``PAGES`` lists the page specs, parents before children. The facts come from the
program's own copy (``shared/seed/ocp-landing-page.ja.txt``); English and Nepali are
translations of the Japanese.
"""

from home.content.text import T

# Copy used in more than one place (here and in ``landing``), so that it is translated
# the same way each time.
OCP_NAME = T(
    ja="おとなりさん・コーポレート・プログラム(OCP)",
    en="Otonari-san Corporate Program (OCP)",
    ne="ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP)",
)

OFP_NAME = T(
    ja="おとなりさん・ファミリーフレンド・プログラム(OFP)",
    en="Otonari-san Family Friend Program (OFP)",
    ne="ओतोनारी-सान फेमिली फ्रेन्ड प्रोग्राम (OFP)",
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
    ne="सुरुमा निःसंकोच हामीसँग सल्लाह गर्नुहोस्",
)

STRENGTHS_HEADING = T(
    ja="JIIの強み",
    en="JII's strengths",
    ne="JII का बलिया पक्ष",
)

FAQ_TITLE = T(
    ja="よくある質問",
    en="Frequently asked questions",
    ne="बारम्बार सोधिने प्रश्नहरू",
)


PROGRAMS = {
    "path": "programs/",
    "type": "programs.ProgramIndexPage",
    "title": T(
        ja="プログラム",
        en="Programs",
        ne="कार्यक्रमहरू",
    ),
    "search_description": T(
        ja=(
            "JIIの多文化共生プログラムのご紹介。企業向けの「おとなりさん・コーポレート・"
            "プログラム(OCP)」と、その基となった「おとなりさん・ファミリーフレンド・"
            "プログラム(OFP)」。"
        ),
        en=(
            "JII's programs for multicultural coexistence: the Otonari-san Corporate Program "
            "(OCP) for companies, and the Otonari-san Family Friend Program (OFP) on which it "
            "is based."
        ),
        ne=(
            "JII का बहुसांस्कृतिक सहअस्तित्व कार्यक्रमहरू: कम्पनीहरूका लागि ओतोनारी-सान "
            "कर्पोरेट प्रोग्राम (OCP) र यसको आधार बनेको ओतोनारी-सान फेमिली फ्रेन्ड प्रोग्राम "
            "(OFP)।"
        ),
    ),
    "show_in_menus": True,
    "intro": T(
        ja=(
            "JIIは、地域社会を巻き込んだ「おとなりさん活動」を通じて、外国から来た人と地域の"
            "人々をつなぎ、多文化共生に取り組んでいます。地域の日本人ボランティア(おとなりさん)"
            "が、外国人住民とその家族の日々の暮らしに寄り添います。企業向けの「おとなりさん・"
            "コーポレート・プログラム(OCP)」は、JIIが長年続けてきた「おとなりさん・"
            "ファミリーフレンド・プログラム(OFP)」を基に生まれました。"
        ),
        en=(
            "Through Otonari-san (neighbour) activities that involve the local community, JII "
            "connects people who have come from abroad with the people around them and works "
            "for multicultural coexistence. Local Japanese volunteers, the Otonari-san "
            "(neighbours), stand by foreign residents and their families in everyday life. The "
            "Otonari-san Corporate Program (OCP) for companies grew out of the Otonari-san "
            "Family Friend Program (OFP), which JII has run for many years."
        ),
        ne=(
            "JII ले स्थानीय समाजलाई समेत समेट्ने ओतोनारी-सान (छिमेकी) गतिविधिमार्फत विदेशबाट "
            "आएका मानिसहरूलाई वरपरका मानिसहरूसँग जोडेर बहुसांस्कृतिक सहअस्तित्वका लागि काम "
            "गर्छ। स्थानीय जापानी स्वयंसेवक, अर्थात् ओतोनारी-सान (छिमेकी), विदेशी बासिन्दा र "
            "उनीहरूका परिवारलाई दैनिक जीवनमा साथ दिन्छन्। कम्पनीहरूका लागि बनेको ओतोनारी-सान "
            "कर्पोरेट प्रोग्राम (OCP), JII ले लामो समयदेखि सञ्चालन गर्दै आएको ओतोनारी-सान "
            "फेमिली फ्रेन्ड प्रोग्राम (OFP) को आधारमा सुरु भएको हो।"
        ),
    ),
}


OCP = {
    "path": "programs/ocp/",
    "type": "programs.ProgramPage",
    "title": OCP_NAME,
    "search_description": T(
        ja=(
            "外国人社員とその家族を地域のボランティア(おとなりさん)とつなぎ、日本での暮らしを"
            "支える企業向けプログラム。日本人社員もボランティアとして参加できます。活動の種類、"
            "参加条件、導入の流れ、費用について。"
        ),
        en=(
            "A program for companies that connects foreign employees and their families with "
            "local volunteers (Otonari-san, neighbours) who support their life in Japan. "
            "Japanese employees can take part as volunteers too. Types of activity, who can "
            "take part, how introduction works, and costs."
        ),
        ne=(
            "विदेशी कर्मचारी र उनीहरूका परिवारलाई जापानको जीवनमा सहयोग गर्ने स्थानीय "
            "स्वयंसेवक (ओतोनारी-सान, अर्थात् छिमेकी) सँग जोड्ने कम्पनीहरूका लागि कार्यक्रम। "
            "जापानी कर्मचारीहरू पनि स्वयंसेवकका रूपमा सहभागी हुन सक्नुहुन्छ। गतिविधिका "
            "प्रकार, सहभागिताका सर्त, सुरु गर्ने प्रक्रिया र खर्चबारे जानकारी।"
        ),
    ),
    "show_in_menus": False,
    "intro": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)は、外国人社員とその家族が安心して"
            "暮らせるよう、地域の日本人ボランティア(おとなりさん)とつなぐ、企業向けの多文化"
            "共生支援プログラムです。日本人社員もボランティアとして参加でき、社会課題に関わり"
            "ながら成長する機会になります。"
        ),
        en=(
            "The Otonari-san Corporate Program (OCP) is a multicultural coexistence support "
            "program for companies. It connects foreign employees and their families with local "
            "Japanese volunteers, the Otonari-san (neighbours), so that they can live in Japan "
            "with peace of mind. Japanese employees can also take part as volunteers, which "
            "gives them a chance to grow while engaging with social issues."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) कम्पनीहरूका लागि बहुसांस्कृतिक सहअस्तित्व "
            "सहयोग कार्यक्रम हो। यसले विदेशी कर्मचारी र उनीहरूका परिवारलाई जापानमा ढुक्कसँग "
            "बस्न सकून् भनेर स्थानीय जापानी स्वयंसेवक, अर्थात् ओतोनारी-सान (छिमेकी) सँग "
            "जोड्छ। जापानी कर्मचारीहरू पनि स्वयंसेवकका रूपमा सहभागी हुन सक्नुहुन्छ, जसले "
            "उनीहरूलाई सामाजिक समस्यासँग जोडिँदै आफूलाई विकास गर्ने अवसर दिन्छ।"
        ),
    ),
    "body": [
        (
            "section",
            {
                "heading": T(
                    ja="OCPとは",
                    en="What is OCP?",
                    ne="OCP के हो?",
                ),
                "body": T(
                    ja=(
                        "<p>外国人社員は、生活習慣や文化の違い、一緒に来日した家族のケアなど、"
                        "会社には相談しにくい課題を抱えがちです。OCPは、こうした文化的なギャップや"
                        "孤独を減らしながら、日本人社員の成長と地域の活性化も同時に目指す"
                        "プログラムです。</p>"
                        "<p>JIIが長年にわたり外国人住民支援と社会課題の解決に取り組んできた"
                        "「おとなりさん・ファミリーフレンド・プログラム(OFP)」を基にしており、"
                        "企業と地域が一体となって取り組む仕組みです。</p>"
                        "<p>企業・地域・個人がそれぞれの強みを活かしてつながる「共生の仕組み」の中で、"
                        "次のようなサポートを提供します。</p>"
                        "<ul>"
                        "<li>外国人社員とその家族への、生活・文化・言語面でのケア</li>"
                        "<li>日本人社員への、越境体験や社会貢献を通じた自己成長の機会</li>"
                        "<li>企業への、社会貢献を「仕組み」として導入し、社員の定着と企業価値の向上に"
                        "つなげる支援</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>Foreign employees often face challenges that are hard to raise at work, "
                        "such as differences in daily habits and culture, or caring for family "
                        "members who came to Japan with them. OCP aims to reduce the cultural gaps "
                        "and isolation they experience, while also helping Japanese employees grow and "
                        "revitalising the local community.</p>"
                        "<p>It is based on the Otonari-san Family Friend Program (OFP), through "
                        "which JII has for many years supported foreign residents and worked to "
                        "solve social issues, and it is a system in which companies and their "
                        "local communities work as one.</p>"
                        "<p>Within this “system of coexistence”, in which companies, communities "
                        "and individuals connect while making the most of their own strengths, "
                        "OCP offers:</p>"
                        "<ul>"
                        "<li>Support for foreign employees and their families in daily life, "
                        "culture and language</li>"
                        "<li>Opportunities for Japanese employees to grow personally through "
                        "cross-boundary experience and social contribution</li>"
                        "<li>Help for companies to build social contribution in as a “system”, "
                        "which helps employees stay and raises corporate value</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<p>विदेशी कर्मचारीहरूले दैनिक जीवनशैली र संस्कृतिको भिन्नता, सँगै जापान "
                        "आएका परिवारको हेरचाह जस्ता कम्पनीमा सजिलै भन्न नसकिने समस्याहरू भोगिरहेका "
                        "हुन सक्छन्। OCP ले यस्तो सांस्कृतिक दूरी र एक्लोपन घटाउँदै जापानी "
                        "कर्मचारीहरूको विकास र स्थानीय समुदायलाई जीवन्त बनाउने काम पनि एकैसाथ "
                        "गर्ने लक्ष्य राख्छ।</p>"
                        "<p>यो कार्यक्रम JII ले लामो समयदेखि विदेशी बासिन्दाहरूलाई सहयोग गर्दै र "
                        "सामाजिक समस्या समाधानमा काम गर्दै आएको ओतोनारी-सान फेमिली फ्रेन्ड प्रोग्राम "
                        "(OFP) मा आधारित छ, र यसमा कम्पनी र स्थानीय समुदाय एकजुट भएर काम "
                        "गर्छन्।</p>"
                        "<p>कम्पनी, समुदाय र व्यक्ति प्रत्येकले आफ्नो क्षमताको सदुपयोग गर्दै "
                        "एकअर्कासँग जोडिने यो “सहअस्तित्वको संयन्त्र” भित्र OCP ले निम्न सहयोग "
                        "उपलब्ध गराउँछ:</p>"
                        "<ul>"
                        "<li>विदेशी कर्मचारी र उनीहरूका परिवारलाई दैनिक जीवन, संस्कृति र "
                        "भाषासम्बन्धी सहयोग</li>"
                        "<li>जापानी कर्मचारीहरूलाई दायराबाहिरको अनुभव र समाजसेवामार्फत "
                        "आत्मविकासको अवसर</li>"
                        "<li>कम्पनीहरूलाई समाजसेवालाई एउटा “संयन्त्र” का रूपमा लागू गर्न सहयोग, "
                        "जसले कर्मचारी टिकाउन र कम्पनीको मूल्य बढाउन मद्दत गर्छ</li>"
                        "</ul>"
                    ),
                ),
            },
        ),
        (
            "activity_types",
            {
                "heading": T(
                    ja="活動の種類",
                    en="Types of activity",
                    ne="गतिविधिका प्रकार",
                ),
                "items": [
                    {
                        "name": T(
                            ja="長期活動(おとなりさんペア)",
                            en="Long-term activity (Otonari-san pairs)",
                            ne="दीर्घकालीन गतिविधि (ओतोनारी-सान जोडी)",
                        ),
                        "duration": T(
                            ja="半年間・週2時間程度(月1~3回ほど直接会うケースが多い)",
                            en=(
                                "Half a year, about 2 hours a week (pairs often meet in person "
                                "1–3 times a month)"
                            ),
                            ne=(
                                "आधा वर्ष, हप्तामा करिब 2 घण्टा (धेरैजसो जोडी महिनामा 1–3 पटक "
                                "प्रत्यक्ष भेट्छन्)"
                            ),
                        ),
                        "description": T(
                            ja=(
                                "外国人社員(家族を含む)とボランティア(おとなりさん)がペアを組み、"
                                "半年間、日常生活の中で交流・支援を行います。対面・オンラインの"
                                "どちらでも実施でき、時間や関心に合わせて柔軟に進められます。"
                            ),
                            en=(
                                "A foreign employee (and their family) is paired with a volunteer "
                                "(Otonari-san) for half a year of exchange and support in everyday "
                                "life. Activities can take place in person or online, and can be "
                                "adapted flexibly to your time and interests."
                            ),
                            ne=(
                                "विदेशी कर्मचारी (परिवारसहित) र स्वयंसेवक (ओतोनारी-सान) को जोडी "
                                "बनाइन्छ, र आधा वर्षसम्म दैनिक जीवनमा आपसी भेटघाट र सहयोग "
                                "गरिन्छ। गतिविधि प्रत्यक्ष वा अनलाइन दुवै तरिकाले गर्न सकिन्छ, र "
                                "तपाईंको समय तथा रुचिअनुसार लचिलो रूपमा अघि बढाउन सकिन्छ।"
                            ),
                        ),
                        "examples": [
                            T(
                                ja="日本語の練習や会話",
                                en="Japanese practice and conversation",
                                ne="जापानी भाषाको अभ्यास र कुराकानी",
                            ),
                            T(
                                ja="日本社会のルールやマナーの共有",
                                en="Sharing the rules and manners of Japanese society",
                                ne="जापानी समाजका नियम र शिष्टाचारबारे जानकारी साटासाट",
                            ),
                            T(
                                ja="子どもの教育・学校生活に関する情報交換",
                                en="Exchanging information on children's education and school life",
                                ne="बालबालिकाको शिक्षा र विद्यालय जीवनसम्बन्धी जानकारी आदानप्रदान",
                            ),
                            T(
                                ja="地域・社内イベントへの参加",
                                en="Joining local and company events",
                                ne="स्थानीय तथा कम्पनीभित्रका कार्यक्रमहरूमा सहभागिता",
                            ),
                        ],
                    },
                    {
                        "name": T(
                            ja="単発活動",
                            en="One-off activity",
                            ne="एकपटके गतिविधि",
                        ),
                        "duration": T(
                            ja="通常3時間以内",
                            en="Usually up to 3 hours",
                            ne="सामान्यतया 3 घण्टाभित्र",
                        ),
                        "description": T(
                            ja=(
                                "行政手続きや通院など、その時々のニーズに合わせて、ボランティアが"
                                "単発で支援します。対面・オンラインのどちらでも実施できます。"
                            ),
                            en=(
                                "A volunteer gives one-off help with a particular need, such as "
                                "administrative procedures or a hospital visit. Activities can take "
                                "place in person or online."
                            ),
                            ne=(
                                "प्रशासनिक प्रक्रिया वा अस्पताल जानुपर्दा जस्ता कुनै खास "
                                "आवश्यकतामा स्वयंसेवकले एकपटकका लागि सहयोग गर्छन्। गतिविधि "
                                "प्रत्यक्ष वा अनलाइन दुवै तरिकाले गर्न सकिन्छ।"
                            ),
                        ),
                        "examples": [
                            T(
                                ja="行政手続きのサポート",
                                en="Help with administrative procedures",
                                ne="प्रशासनिक प्रक्रियामा सहयोग",
                            ),
                            T(
                                ja="子どもの検診・子育て相談への同行",
                                en="Going along to children's health check-ups and parenting consultations",
                                ne="बच्चाको स्वास्थ्य जाँच र बालबालिका हुर्काउनेसम्बन्धी परामर्शमा साथमा जाने",
                            ),
                            T(
                                ja=(
                                    "病院への同行サポート(診療内容を訳す医療通訳ではなく、主に受診が"
                                    "スムーズになるよう手続き面のサポート)"
                                ),
                                en=(
                                    "Going along to the hospital (not medical interpreting of the "
                                    "consultation, but mainly help with the procedures so that the "
                                    "visit goes smoothly)"
                                ),
                                ne=(
                                    "अस्पतालमा साथमा गएर सहयोग (डाक्टरसँगको कुराकानी अनुवाद गर्ने "
                                    "मेडिकल दोभाषे सेवा होइन, मुख्य रूपमा जाँच सहज होस् भनेर "
                                    "प्रक्रियागत सहयोग)"
                                ),
                            ),
                            T(
                                ja="入園・入学手続きのサポート",
                                en="Help with enrolling children in nursery, kindergarten or school",
                                ne="नर्सरी, किन्डरगार्टेन वा विद्यालय भर्ना प्रक्रियामा सहयोग",
                            ),
                        ],
                    },
                ],
            },
        ),
        (
            "participant_groups",
            {
                "heading": T(
                    ja="参加できる社員",
                    en="Who can take part",
                    ne="को-को सहभागी हुन सक्नुहुन्छ",
                ),
                "groups": [
                    {
                        "title": T(
                            ja="サポートを受ける外国人社員とその家族",
                            en="Foreign employees who receive support, and their families",
                            ne="सहयोग पाउने विदेशी कर्मचारी र उनीहरूका परिवार",
                        ),
                        "description": T(
                            ja="日本での暮らしになじみたい、日本に根を下ろしたいと考える外国人社員と、その家族が対象です。",
                            en=(
                                "For foreign employees, and their families, who want to settle "
                                "into life in Japan and put down roots here."
                            ),
                            ne=(
                                "जापानको जीवनमा घुलमिल हुन र यहाँ जरा गाड्न चाहनुहुने विदेशी "
                                "कर्मचारी र उनीहरूका परिवारका लागि।"
                            ),
                        ),
                        "conditions": [
                            T(
                                ja="来日おおよそ10年未満が目安です(目安のため、それ以上の方もご相談ください)",
                                en=(
                                    "As a guideline, people who came to Japan less than about 10 "
                                    "years ago (it is only a guideline, so please talk to us if you "
                                    "have lived here longer)"
                                ),
                                ne=(
                                    "जापान आएको करिब 10 वर्षभन्दा कम भएको हुनु सामान्य मापदण्ड हो "
                                    "(यो मापदण्ड मात्र भएकाले योभन्दा लामो समयदेखि बस्नुभएको भए "
                                    "पनि हामीसँग सल्लाह गर्नुहोस्)"
                                ),
                            ),
                            T(
                                ja="日本社会になじみたい、長期的に生活基盤を築きたい方",
                                en=(
                                    "People who want to become part of Japanese society or build a "
                                    "long-term base for their life here"
                                ),
                                ne=(
                                    "जापानी समाजमा घुलमिल हुन वा यहाँ दीर्घकालीन जीवनको आधार "
                                    "बनाउन चाहनुहुने व्यक्ति"
                                ),
                            ),
                            T(
                                ja="日本で子育てをしている方",
                                en="People raising children in Japan",
                                ne="जापानमा बालबालिका हुर्काइरहनुभएका व्यक्ति",
                            ),
                            T(
                                ja="ご家族も参加できます",
                                en="Family members can take part too",
                                ne="परिवारका सदस्यहरू पनि सहभागी हुन सक्नुहुन्छ",
                            ),
                        ],
                    },
                    {
                        "title": T(
                            ja="ボランティアとして参加する社員(おとなりさん)",
                            en="Employees who take part as volunteers (Otonari-san)",
                            ne="स्वयंसेवकका रूपमा सहभागी हुने कर्मचारी (ओतोनारी-सान)",
                        ),
                        "description": T(
                            ja=(
                                "日本人・外国人を問わず参加できます。特別なスキルは必要ありません。"
                                "「日本での生活経験」そのものが最大のスキルです。"
                            ),
                            en=(
                                "Japanese and foreign employees alike can take part. No special "
                                "skills are needed: your own “experience of living in Japan” is "
                                "the greatest skill of all."
                            ),
                            ne=(
                                "जापानी होस् वा विदेशी, जोसुकै कर्मचारी सहभागी हुन सक्नुहुन्छ। "
                                "कुनै विशेष सीप चाहिँदैन। तपाईंको “जापानमा बसेको अनुभव” नै "
                                "सबैभन्दा ठूलो सीप हो।"
                            ),
                        ),
                        "conditions": [
                            T(
                                ja="国籍は問いません",
                                en="Open to all nationalities",
                                ne="राष्ट्रियताको कुनै सर्त छैन",
                            ),
                            T(
                                ja=(
                                    "外国出身の方は、日本での生活経験が10年以上あり、かつ日本語での"
                                    "コミュニケーションに支障がないことが条件です"
                                ),
                                en=(
                                    "Volunteers of foreign origin must have lived in Japan for 10 "
                                    "years or more and be able to communicate in Japanese without "
                                    "difficulty"
                                ),
                                ne=(
                                    "विदेशी मूलका स्वयंसेवकका लागि जापानमा 10 वर्ष वा सोभन्दा बढी "
                                    "बसेको अनुभव हुनुपर्छ र जापानी भाषामा सहज रूपमा कुराकानी गर्न "
                                    "सक्नुपर्छ"
                                ),
                            ),
                            T(
                                ja="活動を始める前に、JIIのオリエンテーションを受けていただきます",
                                en="Before starting, you attend an orientation given by JII",
                                ne="गतिविधि सुरु गर्नुअघि तपाईंले JII को अभिमुखीकरणमा भाग लिनुहुनेछ",
                            ),
                            T(
                                ja="長期活動は週2時間程度、単発活動は通常3時間以内です",
                                en=(
                                    "Long-term activities take about 2 hours a week; one-off "
                                    "activities usually up to 3 hours"
                                ),
                                ne=(
                                    "दीर्घकालीन गतिविधिमा हप्तामा करिब 2 घण्टा, एकपटके गतिविधिमा "
                                    "सामान्यतया 3 घण्टाभित्र समय लाग्छ"
                                ),
                            ),
                        ],
                    },
                ],
            },
        ),
        (
            "steps",
            {
                "heading": T(
                    ja="導入から活動までの流れ",
                    en="How it works, from introduction to activities",
                    ne="सुरुदेखि गतिविधिसम्मको प्रक्रिया",
                ),
                "items": [
                    {
                        "title": ONBOARDING_TITLE,
                        "text": T(
                            ja=(
                                "企業の課題、参加人数、予算をうかがい、目的に合わせた支援内容と"
                                "コストをご提案します。"
                            ),
                            en=(
                                "We listen to your company's issues, the number of participants "
                                "and your budget, and propose support and costs to suit your goals."
                            ),
                            ne=(
                                "हामी तपाईंको कम्पनीका समस्या, सहभागी संख्या र बजेटबारे बुझेर "
                                "उद्देश्यअनुसार सहयोगको विषयवस्तु र खर्च प्रस्ताव गर्छौं।"
                            ),
                        ),
                    },
                    {
                        "title": T(
                            ja="導入準備・社員向け説明会",
                            en="Preparation and an information session for staff",
                            ne="तयारी र कर्मचारीहरूका लागि जानकारी सत्र",
                        ),
                        "text": T(
                            ja=(
                                "ご相談から導入までは、通常1~2か月程度です。導入前に社員向けの"
                                "説明会を開催できるため、初めての企業様も安心して導入できます。"
                            ),
                            en=(
                                "Introduction usually takes about 1–2 months from the first "
                                "consultation. We can hold an information session for your staff "
                                "beforehand, so companies new to the program can start with "
                                "confidence."
                            ),
                            ne=(
                                "परामर्शदेखि कार्यक्रम सुरु हुनसम्म सामान्यतया करिब 1–2 महिना "
                                "लाग्छ। सुरु गर्नुअघि कर्मचारीहरूका लागि जानकारी सत्र आयोजना गर्न "
                                "सकिने भएकाले पहिलो पटक प्रयोग गर्ने कम्पनीहरू पनि ढुक्कसँग सुरु "
                                "गर्न सक्नुहुन्छ।"
                            ),
                        ),
                    },
                    {
                        "title": T(
                            ja="参加登録・本人確認・オリエンテーション・個別ヒアリング",
                            en="Registration, identity verification, orientation and individual interview",
                            ne="दर्ता, परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत अन्तर्वार्ता",
                        ),
                        "text": T(
                            ja=(
                                "社員は好きなタイミングで参加でき、長期・単発のどちらの活動も選べます。"
                                "参加者全員に、本人確認・オリエンテーション・個別ヒアリングを行います。"
                            ),
                            en=(
                                "Employees can join whenever suits them and choose long-term or "
                                "one-off activities. Every participant goes through identity "
                                "verification, an orientation and an individual interview."
                            ),
                            ne=(
                                "कर्मचारीहरू आफूलाई मिल्ने समयमा सहभागी हुन सक्नुहुन्छ र "
                                "दीर्घकालीन वा एकपटके गतिविधि रोज्न सक्नुहुन्छ। सबै सहभागीको "
                                "परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत अन्तर्वार्ता गरिन्छ।"
                            ),
                        ),
                    },
                    {
                        "title": T(
                            ja="マッチング",
                            en="Matching",
                            ne="जोडी मिलान",
                        ),
                        "text": T(
                            ja=(
                                "特性、趣味、こだわり、希望や課題、言語スキルをもとに、経験豊富な"
                                "JIIコーディネーターが相手の候補を提案します。"
                            ),
                            en=(
                                "Based on each person's character, interests, preferences, hopes, "
                                "challenges and language skills, an experienced JII coordinator "
                                "proposes a partner."
                            ),
                            ne=(
                                "प्रत्येक व्यक्तिको स्वभाव, रुचि, विशेष प्राथमिकता, चाहना र समस्या "
                                "तथा भाषा सीपका आधारमा अनुभवी JII संयोजकले उपयुक्त जोडीको प्रस्ताव "
                                "गर्छन्।"
                            ),
                        ),
                    },
                    {
                        "title": T(
                            ja="活動開始・定期的なフォロー",
                            en="Activities begin, with regular follow-up",
                            ne="गतिविधि सुरु र नियमित फलोअप",
                        ),
                        "text": T(
                            ja=(
                                "活動中もJIIコーディネーターが定期的にフォローし、不安や課題があれば"
                                "迅速に対応します。活動の継続が難しくなった場合は、ペアを変更して"
                                "再度マッチングを行います。"
                            ),
                            en=(
                                "Throughout the activities, a JII coordinator follows up regularly "
                                "and responds quickly to any worries or problems. If continuing "
                                "becomes difficult, the pair can be changed and we carry out "
                                "matching again."
                            ),
                            ne=(
                                "गतिविधिका क्रममा पनि JII संयोजकले नियमित रूपमा फलोअप गर्छन् र "
                                "कुनै चिन्ता वा समस्या भए तुरुन्तै सम्बोधन गर्छन्। गतिविधि जारी "
                                "राख्न गाह्रो भएमा जोडी परिवर्तन गरी फेरि जोडी मिलान गरिन्छ।"
                            ),
                        ),
                    },
                ],
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="ペアの組み方",
                    en="How pairs are formed",
                    ne="जोडी कसरी बनाइन्छ",
                ),
                "body": T(
                    ja=(
                        "<p>ペアは、社員同士の「社内ペア」と、他社の社員や地域の方との「社外ペア」"
                        "から自由に選べます。</p>"
                        "<ul>"
                        "<li><b>社内ペア</b>:業務上の接点がない社員同士でペアを組みます。チームや"
                        "部署を超えた交流につながります。</li>"
                        "<li><b>社外ペア</b>:他社の社員や地域の方とペアを組みます。プライベートや"
                        "地域とのつながりが広がります。</li>"
                        "</ul>"
                        "<p>丁寧なヒアリングにより高いマッチング成功率を維持していますが、"
                        "プライベートや業務上の理由などで活動の継続が難しくなった場合は、途中で"
                        "ペアを変更し、再度マッチングを行います。</p>"
                    ),
                    en=(
                        "<p>You can choose freely between an “in-company pair” of two employees "
                        "and an “external pair” with an employee of another company or a local "
                        "resident.</p>"
                        "<ul>"
                        "<li><b>In-company pair</b>: two employees who have no working contact "
                        "with each other. It leads to exchange across teams and departments.</li>"
                        "<li><b>External pair</b>: a pair with an employee of another company or a "
                        "local resident. It widens your private circle and your links with the "
                        "local community.</li>"
                        "</ul>"
                        "<p>Careful interviews keep our matching success rate high, but if "
                        "continuing becomes difficult for private or work reasons, the pair can be "
                        "changed partway through and we carry out matching again.</p>"
                    ),
                    ne=(
                        "<p>तपाईं कर्मचारीहरूबीचको “कम्पनीभित्रको जोडी” वा अन्य कम्पनीका कर्मचारी "
                        "वा स्थानीय बासिन्दासँगको “कम्पनीबाहिरको जोडी” मध्ये स्वतन्त्र रूपमा रोज्न "
                        "सक्नुहुन्छ।</p>"
                        "<ul>"
                        "<li><b>कम्पनीभित्रको जोडी</b>: कामको सिलसिलामा सम्पर्क नहुने दुई "
                        "कर्मचारीबीच जोडी बनाइन्छ। यसले टोली र विभागभन्दा बाहिरको आपसी सम्बन्ध "
                        "बढाउँछ।</li>"
                        "<li><b>कम्पनीबाहिरको जोडी</b>: अन्य कम्पनीका कर्मचारी वा स्थानीय "
                        "बासिन्दासँग जोडी बनाइन्छ। यसले निजी जीवन र स्थानीय समुदायसँगको सम्बन्ध "
                        "फराकिलो बनाउँछ।</li>"
                        "</ul>"
                        "<p>ध्यानपूर्वक गरिने अन्तर्वार्ताका कारण हाम्रो जोडी मिलानको सफलता दर "
                        "उच्च छ, तर निजी वा कामसम्बन्धी कारणले गतिविधि जारी राख्न गाह्रो भएमा "
                        "बीचमै जोडी परिवर्तन गरी फेरि जोडी मिलान गरिन्छ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="費用について",
                    en="Costs",
                    ne="खर्च",
                ),
                "body": T(
                    ja=(
                        "<p>企業会員としてご参加いただき、費用は企業に一括でご請求します。JIIから、"
                        "参加する社員個人に参加費や会費を追加で請求することはありません。</p>"
                        "<p>企業の課題、参加人数、予算に応じて、支援内容とコストを柔軟に調整します。"
                        "社内の運営コストをかけずに、気軽に始められます。</p>"
                    ),
                    en=(
                        "<p>Companies take part as corporate members, and all fees are billed to "
                        "the company. JII never charges participating employees any additional "
                        "participation or membership fees.</p>"
                        "<p>We adjust the support and the costs flexibly to your company's issues, "
                        "number of participants and budget. You can start easily, without "
                        "in-house running costs.</p>"
                    ),
                    ne=(
                        "<p>कम्पनीहरू कर्पोरेट सदस्यका रूपमा सहभागी हुन्छन्, र सम्पूर्ण शुल्कको "
                        "बिल कम्पनीलाई एकमुष्ट पठाइन्छ। JII ले सहभागी कर्मचारी व्यक्तिसँग छुट्टै "
                        "सहभागिता शुल्क वा सदस्यता शुल्क कहिल्यै लिँदैन।</p>"
                        "<p>कम्पनीका समस्या, सहभागी संख्या र बजेटअनुसार सहयोगको विषयवस्तु र खर्च "
                        "लचिलो रूपमा मिलाइन्छ। कम्पनीभित्र सञ्चालन खर्च नगरी सजिलै सुरु गर्न "
                        "सकिन्छ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="成果の把握とご報告",
                    en="Measuring and reporting results",
                    ne="नतिजाको मापन र प्रतिवेदन",
                ),
                "body": T(
                    ja=(
                        "<p>参加者アンケートやフォローアップを通じて、外国人社員の満足度や、"
                        "ボランティアとして参加する社員の意識の変化を定期的に可視化します。</p>"
                        "<ul>"
                        "<li>企業向けレポートの提供</li>"
                        "<li>課題共有会の開催</li>"
                        "<li>他企業のご担当者同士のネットワークづくりや情報交換の機会</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>Through participant surveys and follow-up, we regularly make visible "
                        "how satisfied foreign employees are and how the attitudes of employees "
                        "who volunteer change.</p>"
                        "<ul>"
                        "<li>Reports for your company</li>"
                        "<li>Sessions to share issues and challenges</li>"
                        "<li>Opportunities for the people in charge at different companies to "
                        "build a network and exchange information</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<p>सहभागी सर्वेक्षण र फलोअपमार्फत विदेशी कर्मचारीहरूको सन्तुष्टि र "
                        "स्वयंसेवकका रूपमा सहभागी कर्मचारीहरूको सोचमा आएको परिवर्तनलाई नियमित "
                        "रूपमा देखिने बनाइन्छ।</p>"
                        "<ul>"
                        "<li>कम्पनीका लागि प्रतिवेदन</li>"
                        "<li>समस्या तथा अनुभव साझा गर्ने बैठक</li>"
                        "<li>विभिन्न कम्पनीका जिम्मेवार व्यक्तिहरूबीच सञ्जाल निर्माण र जानकारी "
                        "आदानप्रदानका अवसर</li>"
                        "</ul>"
                    ),
                ),
            },
        ),
        (
            "cta",
            {
                "heading": GET_IN_TOUCH,
                "text": T(
                    ja="資料はフォームからすぐにダウンロードいただけます。導入のご相談も承っています。",
                    en=(
                        "You can download our materials straight away through the form. We are "
                        "also happy to talk about introducing the program at your company."
                    ),
                    ne=(
                        "फारम भरेर सामग्री तुरुन्तै डाउनलोड गर्न सक्नुहुन्छ। तपाईंको कम्पनीमा "
                        "कार्यक्रम सुरु गर्नेबारे परामर्श पनि उपलब्ध छ।"
                    ),
                ),
                "buttons": [
                    {"label": MATERIALS_LABEL, "page": "request-materials/", "style": "primary"},
                    {
                        "label": T(
                            ja="導入について相談する",
                            en="Talk to us about introducing OCP",
                            ne="OCP सुरु गर्नेबारे सल्लाह लिनुहोस्",
                        ),
                        "page": "onboarding/",
                        "style": "secondary",
                    },
                ],
            },
        ),
    ],
}


OFP = {
    "path": "programs/ofp/",
    "type": "programs.ProgramPage",
    "title": OFP_NAME,
    "search_description": T(
        ja=(
            "地域の日本人ボランティア(おとなりさん)が外国人住民とその家族の暮らしに寄り添う、"
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
            "उनीहरूका परिवारलाई दैनिक जीवनमा साथ दिने JII को ओतोनारी-सान फेमिली फ्रेन्ड "
            "प्रोग्राम (OFP)। कम्पनीहरूका लागि बनेको OCP कार्यक्रमको आधार यही हो।"
        ),
    ),
    "show_in_menus": False,
    "intro": T(
        ja=(
            "おとなりさん・ファミリーフレンド・プログラム(OFP)は、外国人住民とその家族を、"
            "地域の日本人ボランティア(おとなりさん)とつなぎ、日々の暮らしを支えるJIIの"
            "プログラムです。企業向けのOCPは、このOFPを基に生まれました。"
        ),
        en=(
            "The Otonari-san Family Friend Program (OFP) is JII's program that connects foreign "
            "residents and their families with local Japanese volunteers, the Otonari-san "
            "(neighbours), who support them in daily life. OCP, the program for companies, grew "
            "out of OFP."
        ),
        ne=(
            "ओतोनारी-सान फेमिली फ्रेन्ड प्रोग्राम (OFP) JII को कार्यक्रम हो, जसले विदेशी "
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
                        "日本人ボランティアが「おとなりさん」として外国人住民とその家族とつながり、"
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
                        "<p>OFP मा विकसित संयन्त्रको आधारमा कम्पनी र स्थानीय समुदाय एकजुट भएर "
                        "काम गर्ने कार्यक्रमका रूपमा सुरु भएको हो ओतोनारी-सान कर्पोरेट प्रोग्राम "
                        "(OCP)। यसले विदेशी कर्मचारी र उनीहरूका परिवारलाई स्थानीय समुदायमा "
                        "ढुक्कसँग बस्न सहयोग गर्छ, र साथै जापानी कर्मचारीहरू पनि स्वयंसेवकका "
                        "रूपमा सहभागी भई सामाजिक समस्यासँग जोडिँदै आफूलाई विकास गर्न "
                        "सक्नुहुन्छ।</p>"
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
                        "तथा भाषा सीप अनुसार ध्यानपूर्वक गरिने जोडी मिलान र निरन्तर फलोअप</li>"
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
                        "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) ले OFP को संयन्त्रलाई कम्पनीहरूमा "
                        "उपयोग गर्न सम्भव बनाउँछ। विस्तृत जानकारीका लागि OCP को पृष्ठ हेर्नुहोस्, "
                        "वा निःसंकोच सम्पर्क गर्नुहोस्।"
                    ),
                ),
                "buttons": [
                    {
                        "label": T(
                            ja="OCPについて詳しく見る",
                            en="Learn more about OCP",
                            ne="OCP बारे थप जान्नुहोस्",
                        ),
                        "page": "programs/ocp/",
                        "style": "primary",
                    },
                    {"label": CONTACT_TITLE, "page": "contact/", "style": "secondary"},
                ],
            },
        ),
    ],
}


FAQ_INDEX = {
    "path": "faq/",
    "type": "faq.FAQIndexPage",
    "title": FAQ_TITLE,
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)についてよくある質問。サポート内容、"
            "参加条件、ボランティアの時間、マッチング、導入期間、費用、成果報告について。"
        ),
        en=(
            "Frequently asked questions about the Otonari-san Corporate Program (OCP): support, "
            "who can take part, time commitment for volunteers, matching, how long introduction "
            "takes, costs and reporting."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) बारे बारम्बार सोधिने प्रश्नहरू: सहयोग, "
            "सहभागिताका सर्त, स्वयंसेवाका लागि चाहिने समय, जोडी मिलान, सुरु गर्न लाग्ने समय, "
            "खर्च र प्रतिवेदन।"
        ),
    ),
    "show_in_menus": True,
    "intro": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)について、企業のご担当者様や参加を"
            "検討している社員の方からよくいただくご質問をまとめました。ここにないご質問は、"
            "お気軽にお問い合わせください。"
        ),
        en=(
            "Here are the questions we are most often asked about the Otonari-san Corporate "
            "Program (OCP) by the people in charge at companies and by employees thinking of "
            "taking part. If your question is not answered here, please feel free to contact us."
        ),
        ne=(
            "ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) बारे कम्पनीका जिम्मेवार व्यक्ति र सहभागी हुने "
            "विचार गरिरहनुभएका कर्मचारीहरूले प्रायः सोध्ने प्रश्नहरू यहाँ सङ्कलन गरिएका छन्। "
            "तपाईंको प्रश्न यहाँ छैन भने निःसंकोच सम्पर्क गर्नुहोस्।"
        ),
    ),
}


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
            "गर्नुभयो भने तुरुन्तै डाउनलोड गर्न सक्नुहुन्छ। यो पुस्तिका जापानी, अंग्रेजी र "
            "नेपाली भाषामा उपलब्ध छ।"
        ),
    ),
}


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
            "जोड्छौं, र राष्ट्रियता जेसुकै भए पनि प्रत्येक व्यक्तिले आफ्नो क्षमता पूर्ण रूपमा "
            "प्रयोग गर्न सक्ने वातावरण निर्माणमा काम गर्छौं।"
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
                        "<p>JII ले यो काम लामो समयदेखि ओतोनारी-सान फेमिली फ्रेन्ड प्रोग्राम (OFP) "
                        "का रूपमा सञ्चालन गर्दै आएको छ। OFP लाई आधार बनाएर हामी अहिले कम्पनी र "
                        "स्थानीय समुदाय एकजुट भएर काम गर्ने ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) "
                        "उपलब्ध गराउँछौं।</p>"
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
                        "<h3>A track record of 1,500+ participants, volunteers and foreign "
                        "participants combined</h3>"
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
                        "<h3>ध्यानपूर्वक गरिने जोडी मिलान र निरन्तर फलोअप</h3>"
                        "<p>प्रत्येक व्यक्तिको स्वभाव, रुचि, विशेष प्राथमिकता, चाहना र समस्या "
                        "तथा भाषा सीप अनुसार गरिने जोडी मिलान र साथमै रहेर गरिने सहयोगले उच्च "
                        "सन्तुष्टि र दिगो विश्वासको सम्बन्ध निर्माण गर्छ।</p>"
                        "<h3>विशेषज्ञ संस्थाहरूसँगको सहकार्यमार्फत व्यापक सहयोग</h3>"
                        "<p>कानुन, स्वास्थ्य, शिक्षा, बसोबास अनुमति (भिसा) जस्ता विशेषज्ञ ज्ञान "
                        "चाहिने समस्याहरूमा पनि सहज रूपमा सहयोग गर्न सकिने साझेदारी व्यवस्था।</p>"
                        "<h3>कम्पनीका आवश्यकता अनुसार लचिलो कार्यक्रम डिजाइन</h3>"
                        "<p>भर्ना, जनशक्ति विकास, संगठन विकास, कर्मचारी टिकाउ, CSR लगायत "
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
                        "<li><b>おとなりさん・コーポレート・プログラム(OCP)</b>:外国人社員を雇用する"
                        "企業向けのプログラムです。外国人社員とその家族を地域のおとなりさんとつなぎ、"
                        "日本人社員もボランティアとして参加できます。</li>"
                        "<li><b>おとなりさん・ファミリーフレンド・プログラム(OFP)</b>:外国人住民と"
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
                        "सहभागी हुन सक्नुहुन्छ।</li>"
                        "<li><b>ओतोनारी-सान फेमिली फ्रेन्ड प्रोग्राम (OFP)</b>: विदेशी बासिन्दा र "
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
                        "label": T(
                            ja="OCPについて詳しく見る",
                            en="Learn more about OCP",
                            ne="OCP बारे थप जान्नुहोस्",
                        ),
                        "page": "programs/ocp/",
                        "style": "primary",
                    },
                    {"label": CONTACT_TITLE, "page": "contact/", "style": "secondary"},
                ],
            },
        ),
    ],
}


# The forms. Their intro and thank-you texts are rich text.


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
            "はじめ、どなたからのお問い合わせも歓迎します。</p>"
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
            "メールアドレスにもお送りします。導入のご相談やご質問があれば、あわせてお書き"
            "ください。</p>"
        ),
        en=(
            "<p>If you would like the Otonari-san Corporate Program (OCP) introduction "
            "materials, please fill in this form.</p>"
            "<p>As soon as you submit it, you can download the materials on the next page. We "
            "will also send them to the email address you enter. If you have any questions or "
            "would like to talk about introducing the program, please add them too.</p>"
        ),
        ne=(
            "<p>ओतोनारी-सान कर्पोरेट प्रोग्राम (OCP) को परिचय सामग्री चाहनुहुन्छ भने कृपया "
            "यो फारम भर्नुहोस्।</p>"
            "<p>फारम पठाउनेबित्तिकै अर्को पृष्ठबाट सामग्री डाउनलोड गर्न सक्नुहुन्छ। तपाईंले "
            "लेख्नुभएको इमेल ठेगानामा पनि सामग्री पठाइनेछ। कार्यक्रम सुरु गर्नेबारे परामर्श वा "
            "कुनै प्रश्न भए सँगै लेख्नुहोस्।</p>"
        ),
    ),
    "thank_you_text": T(
        ja=(
            "<p>資料をご請求いただき、ありがとうございます。</p>"
            "<p>資料は次のページからすぐにダウンロードいただけます。ご入力いただいたメール"
            "アドレスにもお送りします。ご質問やご相談があれば、担当者よりご連絡いたします。</p>"
        ),
        en=(
            "<p>Thank you for requesting our materials.</p>"
            "<p>You can download them right away on the next page, and we will also send them "
            "to the email address you entered. If you have any questions or would like to talk "
            "to us, a member of our staff will get back to you.</p>"
        ),
        ne=(
            "<p>सामग्रीका लागि अनुरोध गर्नुभएकोमा धन्यवाद।</p>"
            "<p>अर्को पृष्ठबाट तुरुन्तै सामग्री डाउनलोड गर्न सक्नुहुन्छ, र तपाईंले लेख्नुभएको "
            "इमेल ठेगानामा पनि सामग्री पठाइनेछ। कुनै प्रश्न वा परामर्श भए हाम्रा कर्मचारीले "
            "तपाईंलाई सम्पर्क गर्नेछन्।</p>"
        ),
    ),
}


ONBOARDING = {
    "path": "onboarding/",
    "type": "inquiries.IntakeFormPage",
    "title": ONBOARDING_TITLE,
    "search_description": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)の導入をご検討中の企業様向けの相談"
            "フォーム。ご相談から導入までは通常1~2か月程度です。"
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
            "<p>ご相談から導入までは、通常1~2か月程度です。導入前に社員向けの説明会を開催する"
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
            "तपाईंको उद्देश्यअनुसार सहयोगको विषयवस्तु र खर्च प्रस्ताव गर्नेछौं।</p>"
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
            "कर्मचारीहरू सहयोग पाउन वा स्वयंसेवकका रूपमा सहभागी हुन दर्ता गर्न सक्नुहुन्छ।"
        ),
    ),
    "show_in_menus": False,
    "form_kind": "registration",
    "intro": T(
        ja=(
            "<p>OCPの会員企業にお勤めの方の参加登録フォームです。サポートを受ける外国人社員の方"
            "(ご家族を含む)も、ボランティアとして参加する社員の方も、こちらからご登録ください。"
            "</p>"
            "<ul>"
            "<li>サポートを受ける方:来日おおよそ10年未満が目安です。</li>"
            "<li>ボランティアとして参加する方:国籍は問いません。外国出身の方は、日本での生活経験が"
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
            "<p>दर्तापछि र जोडी मिलान गर्नुअघि परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत "
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


PRIVACY = {
    "path": "privacy/",
    "type": "home.StandardPage",
    "title": T(
        ja="プライバシーポリシー",
        en="Privacy policy",
        ne="गोपनीयता नीति",
    ),
    "search_description": T(
        ja="JIIの個人情報の取り扱いについて(プライバシーポリシー)。",
        en="How JII handles personal information (privacy policy).",
        ne="JII ले व्यक्तिगत जानकारी कसरी व्यवस्थापन गर्छ (गोपनीयता नीति)।",
    ),
    "show_in_menus": False,
    "intro": T(
        ja=(
            "JII(以下「当団体」といいます)は、本ウェブサイトを通じてお預かりする個人情報を、"
            "個人情報の保護に関する法律(個人情報保護法)その他の関係法令を遵守し、以下のとおり"
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
                    ne="व्यवसाय सञ्चालक",
                ),
                "body": T(
                    ja=(
                        "<p>個人情報取扱事業者の名称はJIIです。住所および代表者の氏名は、"
                        "お問い合わせフォームからご請求いただければ、遅滞なくお知らせします。</p>"
                    ),
                    en=(
                        "<p>The business operator handling personal information is JII. If you ask "
                        "through the contact form, we will tell you our address and the name of our "
                        "representative without delay.</p>"
                    ),
                    ne=(
                        "<p>व्यक्तिगत जानकारी व्यवस्थापन गर्ने व्यवसाय सञ्चालकको नाम JII हो। "
                        "सम्पर्क फारममार्फत अनुरोध गर्नुभएमा हाम्रो ठेगाना र प्रतिनिधिको नाम "
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
                        "<li>お問い合わせ:氏名、会社名・所属、連絡先(メールアドレス、電話番号)、"
                        "お問い合わせ内容など</li>"
                        "<li>資料請求:氏名、会社名・所属、連絡先(メールアドレス、電話番号)など</li>"
                        "<li>導入のご相談:氏名、会社名・所属、連絡先(メールアドレス、電話番号)、"
                        "ご相談内容(想定される参加人数、ご予算など)など</li>"
                        "<li>参加登録:氏名、連絡先、所属企業、国籍、日本での生活年数、使用言語と"
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
                        "गर्छौं।</p>"
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
                        "क्षमता, परिवारको विवरण, रुचि र चाहेको गतिविधि जस्ता जोडी मिलानका लागि "
                        "आवश्यक जानकारी</li>"
                        "</ul>"
                        "<p>कानुनले अनुमति दिएको अवस्थाबाहेक, हामी तपाईंको सहमतिबिना संवेदनशील "
                        "व्यक्तिगत जानकारी सङ्कलन गर्दैनौं।</p>"
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
                        "जोडी मिलान, गतिविधिका क्रममा फलोअप र सुरक्षा व्यवस्थापन गर्न</li>"
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
                        "पक्षलाई उपलब्ध गराउँदैनौं।</p>"
                        "<ul>"
                        "<li>कानुनबमोजिम आवश्यक भएमा</li>"
                        "<li>कुनै व्यक्तिको जीवन, शरीर वा सम्पत्तिको सुरक्षाका लागि आवश्यक भएको "
                        "र तपाईंको सहमति लिन कठिन भएको अवस्थामा</li>"
                        "<li>व्यक्तिगत जानकारी संरक्षण सम्बन्धी ऐनले अनुमति दिएका अन्य "
                        "अवस्थामा</li>"
                        "</ul>"
                        "<p>सहभागिताको अवस्था जस्ता कार्यक्रम सञ्चालन र प्रतिवेदनका लागि आवश्यक "
                        "जानकारी सहभागीले काम गर्ने कम्पनीसँग साझा गर्नुअघि हामी सहभागीको सहमति "
                        "लिन्छौं।</p>"
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
                        "प्रदायकलाई सुम्पिन सक्छौं। यस्तो अवस्थामा हामी व्यक्तिगत जानकारी उचित "
                        "रूपमा व्यवस्थापन गर्ने सेवा प्रदायक छान्छौं, उनीहरूसँग सम्झौता गर्छौं, र "
                        "आवश्यक तथा उपयुक्त रूपमा उनीहरूको निगरानी गर्छौं।</p>"
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
                        "सुरक्षा उपायहरू अपनाउँछौं।</p>"
                        "<ul>"
                        "<li>व्यक्तिगत जानकारी व्यवस्थापन गर्ने व्यक्तिहरूलाई आवश्यक दायरामा "
                        "मात्र सीमित राख्छौं, र उनीहरूलाई उचित तालिम तथा निगरानी गर्छौं।</li>"
                        "<li>पहुँच नियन्त्रण र सञ्चारको इन्क्रिप्सन जस्ता प्राविधिक उपायहरू "
                        "अपनाउँछौं।</li>"
                        "<li>जानकारी व्यवस्थापनका नियमहरू तय गर्छौं र व्यवस्थापनको अवस्था नियमित "
                        "रूपमा जाँच गर्छौं।</li>"
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
                        "至らなかったもの:最長1年</li>"
                        "<li>参加者の登録情報と活動の記録:活動終了後、最長3年</li>"
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
                        "<p>ご請求は、本サイトの「お問い合わせ」フォームからお送りください。</p>"
                    ),
                    en=(
                        "<p>If you ask us to notify you of the purposes of use of your retained "
                        "personal data, to disclose it, to correct, add to or delete it, to stop "
                        "using or erase it, to stop providing it to third parties, or to disclose "
                        "the records of its provision to third parties, we will confirm your "
                        "identity and respond without delay in accordance with the law.</p>"
                        "<p>Please send your request through the “Contact” form on this "
                        "site.</p>"
                    ),
                    ne=(
                        "<p>तपाईंले आफ्नो बारेमा हामीसँग रहेको व्यक्तिगत जानकारीको प्रयोगको "
                        "उद्देश्य जानकारी गराउन, त्यो जानकारी देखाउन, सच्याउन, थप्न वा मेटाउन, "
                        "प्रयोग रोक्न वा हटाउन, तेस्रो पक्षलाई उपलब्ध गराउन रोक्न, वा तेस्रो "
                        "पक्षलाई उपलब्ध गराइएको अभिलेख देखाउन अनुरोध गर्नुभएमा, हामी तपाईंको "
                        "पहिचान पुष्टि गरेर कानुनबमोजिम ढिलाइ नगरी जवाफ दिनेछौं।</p>"
                        "<p>कृपया आफ्नो अनुरोध यस वेबसाइटको “सम्पर्क” फारममार्फत पठाउनुहोस्।</p>"
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
                        "<p>本サイトでは、表示言語の保持やセキュリティの確保(フォームの不正送信の"
                        "防止など)のように、サイトが正しく動作するために必要なCookieのみを使用"
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
                        "विश्लेषणका लागि हामी कुकी प्रयोग गर्दैनौं।</p>"
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
                        "सक्छौं। परिवर्तित नीति यस पृष्ठमा प्रकाशित भएदेखि लागू हुनेछ।</p>"
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
                        "「お問い合わせ」フォームからお寄せください。</p>"
                    ),
                    en=(
                        "<p>Please send any questions, requests or complaints about how we handle "
                        "personal information through the “Contact” form on this site.</p>"
                    ),
                    ne=(
                        "<p>व्यक्तिगत जानकारीको व्यवस्थापनसम्बन्धी प्रश्न, परामर्श वा उजुरी भए "
                        "कृपया यस वेबसाइटको “सम्पर्क” फारममार्फत पठाउनुहोस्।</p>"
                    ),
                ),
            },
        ),
    ],
}


TERMS = {
    "path": "terms/",
    "type": "home.StandardPage",
    "title": T(
        ja="サイトのご利用について",
        en="Terms of use",
        ne="प्रयोगका सर्तहरू",
    ),
    "search_description": T(
        ja="JIIのウェブサイトのご利用条件(著作権、禁止事項、免責事項、リンク、準拠法など)。",
        en=(
            "Terms of use of JII's website: copyright, prohibited acts, disclaimer, links, "
            "governing law and more."
        ),
        ne=(
            "JII को वेबसाइट प्रयोगका सर्तहरू: प्रतिलिपि अधिकार, निषेधित कार्य, दायित्वसम्बन्धी "
            "स्पष्टीकरण, लिङ्क, लागू हुने कानुन आदि।"
        ),
    ),
    "show_in_menus": False,
    "intro": T(
        ja=(
            "本サイトは、JII(以下「当団体」といいます)が運営しています。本サイトをご利用になる"
            "前に、以下のご利用条件をお読みください。本サイトをご利用いただいた場合は、本条件に"
            "同意いただいたものとみなします。"
        ),
        en=(
            "This website is run by JII (“we”). Please read the following terms before using "
            "the site. By using the site, you are deemed to have agreed to these terms."
        ),
        ne=(
            "यो वेबसाइट JII (यसपछि “हामी”) ले सञ्चालन गर्छ। वेबसाइट प्रयोग गर्नुअघि कृपया "
            "तलका सर्तहरू पढ्नुहोस्। यो वेबसाइट प्रयोग गर्नुभएमा तपाईं यी सर्तहरूमा सहमत "
            "हुनुभएको मानिनेछ।"
        ),
    ),
    "body": [
        (
            "section",
            {
                "heading": T(
                    ja="著作権",
                    en="Copyright",
                    ne="प्रतिलिपि अधिकार",
                ),
                "body": T(
                    ja=(
                        "<p>本サイトに掲載している文章、画像、資料などの著作権は、当団体または"
                        "正当な権利者に帰属します。私的使用その他法律で認められる範囲を超えて、"
                        "無断で複製、転載、改変、配布することはできません。</p>"
                    ),
                    en=(
                        "<p>Copyright in the text, images, materials and other content on this "
                        "site belongs to JII or to its rightful owners. You may not copy, "
                        "republish, alter or distribute it without permission beyond private use "
                        "or other uses permitted by law.</p>"
                    ),
                    ne=(
                        "<p>यस वेबसाइटमा राखिएका लेख, तस्बिर, सामग्री आदिको प्रतिलिपि अधिकार JII "
                        "वा सम्बन्धित वैध अधिकारवालामा निहित छ। निजी प्रयोग वा कानुनले अनुमति "
                        "दिएको अन्य प्रयोगभन्दा बाहिर अनुमतिबिना यसको प्रतिलिपि, पुनः प्रकाशन, "
                        "परिवर्तन वा वितरण गर्न पाइँदैन।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="禁止事項",
                    en="Prohibited acts",
                    ne="निषेधित कार्यहरू",
                ),
                "body": T(
                    ja=(
                        "<p>本サイトのご利用にあたり、次の行為を禁止します。</p>"
                        "<ul>"
                        "<li>法令または公序良俗に反する行為</li>"
                        "<li>他人になりすます行為、またはフォームに虚偽の情報を入力する行為</li>"
                        "<li>当団体、参加者その他の第三者の権利や利益を侵害し、または誹謗中傷する"
                        "行為</li>"
                        "<li>本サイトの運営を妨げる行為、不正アクセス、有害なプログラムの送信</li>"
                        "<li>営利を目的とした宣伝や勧誘など、当団体が不適切と判断する行為</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>When using this site, you must not:</p>"
                        "<ul>"
                        "<li>Act against the law or public order and morals</li>"
                        "<li>Impersonate another person or enter false information in a form</li>"
                        "<li>Infringe the rights or interests of JII, participants or other third "
                        "parties, or defame them</li>"
                        "<li>Interfere with the running of the site, gain unauthorised access, or "
                        "send harmful programs</li>"
                        "<li>Do anything else that we consider inappropriate, such as commercial "
                        "advertising or solicitation</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<p>यो वेबसाइट प्रयोग गर्दा निम्न कार्यहरू गर्न निषेध छ।</p>"
                        "<ul>"
                        "<li>कानुन वा सार्वजनिक व्यवस्था र नैतिकताविपरीतका कार्य</li>"
                        "<li>अरू कसैको नक्कल गर्ने वा फारममा झूटो जानकारी भर्ने कार्य</li>"
                        "<li>JII, सहभागी वा अन्य तेस्रो पक्षको अधिकार वा हित हनन गर्ने, वा उनीहरूको "
                        "मानहानि गर्ने कार्य</li>"
                        "<li>वेबसाइटको सञ्चालनमा बाधा पार्ने, अनधिकृत पहुँच गर्ने, वा "
                        "हानिकारक प्रोग्राम पठाउने कार्य</li>"
                        "<li>व्यावसायिक विज्ञापन वा प्रलोभन जस्ता हामीले अनुपयुक्त ठानेका अन्य "
                        "कार्य</li>"
                        "</ul>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="免責事項",
                    en="Disclaimer",
                    ne="दायित्वसम्बन्धी स्पष्टीकरण",
                ),
                "body": T(
                    ja=(
                        "<p>当団体は、本サイトに掲載する情報の正確性に注意を払っていますが、その"
                        "完全性や有用性を保証するものではありません。本サイトの利用によって生じた"
                        "損害について、当団体は、当団体の故意または重大な過失による場合を除き、"
                        "責任を負いません。</p>"
                        "<p>本サイトの内容は予告なく変更することがあり、また本サイトの運営を中断"
                        "または終了することがあります。</p>"
                    ),
                    en=(
                        "<p>We take care that the information on this site is accurate, but we do "
                        "not guarantee that it is complete or useful. We are not liable for any "
                        "damage arising from the use of this site, except where it is caused by "
                        "our wilful misconduct or gross negligence.</p>"
                        "<p>We may change the content of this site without notice, and may "
                        "suspend or end its operation.</p>"
                    ),
                    ne=(
                        "<p>यस वेबसाइटमा राखिएको जानकारी सही होस् भनेर हामी ध्यान दिन्छौं, तर "
                        "त्यो पूर्ण वा उपयोगी हुने ग्यारेन्टी गर्दैनौं। हाम्रो जानाजानी वा गम्भीर "
                        "लापरबाहीबाट भएको अवस्थाबाहेक, यो वेबसाइट प्रयोग गर्दा हुने कुनै पनि "
                        "क्षतिको जिम्मेवारी हामी लिँदैनौं।</p>"
                        "<p>हामी पूर्वसूचनाबिना यस वेबसाइटको विषयवस्तु परिवर्तन गर्न, वा यसको "
                        "सञ्चालन रोक्न वा बन्द गर्न सक्छौं।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="リンクについて",
                    en="Links",
                    ne="लिङ्कहरू",
                ),
                "body": T(
                    ja=(
                        "<p>本サイトへのリンクは、原則として自由です。ただし、当団体の信用を損なう"
                        "おそれのあるサイトからのリンクや、本サイトをフレーム内に表示する形での"
                        "リンクはご遠慮ください。</p>"
                        "<p>本サイトからリンクしている外部サイトの内容について、当団体は責任を"
                        "負いません。</p>"
                    ),
                    en=(
                        "<p>You are in principle free to link to this site. However, please do not "
                        "link to it from sites that could harm our reputation, or display this "
                        "site inside a frame.</p>"
                        "<p>We are not responsible for the content of external sites linked from "
                        "this site.</p>"
                    ),
                    ne=(
                        "<p>सामान्यतया यस वेबसाइटमा लिङ्क गर्न स्वतन्त्र हुनुहुन्छ। तर हाम्रो "
                        "प्रतिष्ठामा हानि गर्न सक्ने वेबसाइटबाट लिङ्क नगर्नुहोस्, र यो "
                        "वेबसाइटलाई फ्रेमभित्र देखाउने गरी लिङ्क नगर्नुहोस्।</p>"
                        "<p>यस वेबसाइटबाट लिङ्क गरिएका बाहिरी वेबसाइटका विषयवस्तुको जिम्मेवारी "
                        "हामी लिँदैनौं।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="個人情報の取り扱い",
                    en="Personal information",
                    ne="व्यक्तिगत जानकारी",
                ),
                "body": T(
                    ja="<p>本サイトでお預かりする個人情報は、プライバシーポリシーに従って取り扱います。</p>",
                    en=(
                        "<p>Personal information entrusted to us through this site is handled in "
                        "accordance with our privacy policy.</p>"
                    ),
                    ne=(
                        "<p>यस वेबसाइटमार्फत हामीलाई सुम्पिएको व्यक्तिगत जानकारी हाम्रो गोपनीयता "
                        "नीतिअनुसार व्यवस्थापन गरिन्छ।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="本条件の変更",
                    en="Changes to these terms",
                    ne="यी सर्तहरूमा परिवर्तन",
                ),
                "body": T(
                    ja=(
                        "<p>当団体は、必要に応じて本条件を変更することがあります。変更後の条件は、"
                        "本ページに掲載した時点から効力を生じます。</p>"
                    ),
                    en=(
                        "<p>We may change these terms when necessary. The revised terms take "
                        "effect when they are published on this page.</p>"
                    ),
                    ne=(
                        "<p>आवश्यकताअनुसार हामी यी सर्तहरू परिवर्तन गर्न सक्छौं। परिवर्तित सर्तहरू "
                        "यस पृष्ठमा प्रकाशित भएदेखि लागू हुनेछन्।</p>"
                    ),
                ),
            },
        ),
        (
            "section",
            {
                "heading": T(
                    ja="準拠法",
                    en="Governing law",
                    ne="लागू हुने कानुन",
                ),
                "body": T(
                    ja="<p>本条件の解釈と適用には、日本法が適用されます。</p>",
                    en="<p>These terms are governed by and interpreted under the laws of Japan.</p>",
                    ne="<p>यी सर्तहरूको व्याख्या र प्रयोगमा जापानको कानुन लागू हुन्छ।</p>",
                ),
            },
        ),
    ],
}


PAGES = [
    PROGRAMS,
    OCP,
    OFP,
    FAQ_INDEX,
    MATERIALS_PAGE,
    ABOUT,
    CONTACT,
    REQUEST_MATERIALS,
    ONBOARDING,
    REGISTER,
    PRIVACY,
    TERMS,
]
