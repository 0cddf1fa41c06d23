"""The Otonari-san Corporate Program's page (``programs/ocp/``)."""

from home.content.glossary import GET_IN_TOUCH, MATERIALS_LABEL, OCP_NAME, ONBOARDING_TITLE
from home.content.text import T

OCP = {
    "path": "programs/ocp/",
    "type": "programs.ProgramPage",
    "title": OCP_NAME,
    "search_description": T(
        ja=(
            "外国人社員とその家族を地域のボランティア（おとなりさん）とつなぎ、日本での暮らしを"
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
            "जापानी कर्मचारीहरू पनि स्वयंसेवकका रूपमा सहभागी हुन सक्छन्। गतिविधिका "
            "प्रकार, सहभागिताका सर्त, सुरु गर्ने प्रक्रिया र खर्चबारे जानकारी।"
        ),
    ),
    "show_in_menus": False,
    "intro": T(
        ja=(
            "おとなりさん・コーポレート・プログラム(OCP)は、外国人社員とその家族が安心して"
            "暮らせるよう、地域の日本人ボランティア（おとなりさん）とつなぐ、企業向けの多文化"
            "共生支援プログラムです。日本人社員もボランティアとして参加でき、社会課題に関わり"
            "ながら成長する機会にもなります。"
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
            "जोड्छ। जापानी कर्मचारीहरू पनि स्वयंसेवकका रूपमा सहभागी हुन सक्छन्, जसले "
            "उनीहरूलाई सामाजिक समस्यासँग जोडिँदै आफ्नो क्षमता विकास गर्ने अवसर दिन्छ।"
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
                        "experience beyond their usual workplace and social contribution</li>"
                        "<li>Help for companies to make social contribution part of how they "
                        "work (a “system”), which helps employees stay and raises corporate "
                        "value</li>"
                        "</ul>"
                    ),
                    ne=(
                        "<p>विदेशी कर्मचारीहरूले दैनिक जीवनशैली र संस्कृतिको भिन्नता, सँगै जापान "
                        "आएका परिवारको हेरचाह जस्ता कम्पनीमा सजिलै भन्न नसकिने समस्याहरू भोगिरहेका "
                        "हुन सक्छन्। OCP ले यस्तो सांस्कृतिक दूरी र एक्लोपन घटाउँदै जापानी "
                        "कर्मचारीहरूको विकास र स्थानीय समुदायलाई जीवन्त बनाउने काम पनि एकैसाथ "
                        "गर्ने लक्ष्य राख्छ।</p>"
                        "<p>यो कार्यक्रम JII ले लामो समयदेखि विदेशी बासिन्दाहरूलाई सहयोग गर्दै र "
                        "सामाजिक समस्या समाधानमा काम गर्दै आएको ओतोनारी-सान फ्यामिली फ्रेन्ड प्रोग्राम "
                        "(OFP) मा आधारित छ, र यसमा कम्पनी र स्थानीय समुदाय एकजुट भएर काम "
                        "गर्छन्।</p>"
                        "<p>कम्पनी, समुदाय र व्यक्ति प्रत्येकले आफ्नो क्षमताको सदुपयोग गर्दै "
                        "एकअर्कासँग जोडिने यो “सहअस्तित्वको व्यवस्था” भित्र OCP ले निम्न सहयोग "
                        "उपलब्ध गराउँछ:</p>"
                        "<ul>"
                        "<li>विदेशी कर्मचारी र उनीहरूका परिवारलाई दैनिक जीवन, संस्कृति र "
                        "भाषासम्बन्धी सहयोग</li>"
                        "<li>जापानी कर्मचारीहरूलाई आफ्नो कार्यक्षेत्रभन्दा बाहिरको अनुभव र समाजसेवामार्फत "
                        "आत्मविकासको अवसर</li>"
                        "<li>कम्पनीहरूलाई समाजसेवालाई एउटा “व्यवस्था” का रूपमा अपनाउन सहयोग, "
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
                            ja="長期活動（おとなりさんペア）",
                            en="Long-term activity (Otonari-san pairs)",
                            ne="दीर्घकालीन गतिविधि (ओतोनारी-सान जोडी)",
                        ),
                        "duration": T(
                            ja="半年間・週2時間程度（月1〜3回ほど直接会うケースが多い）",
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
                                "外国人社員（家族を含む）とボランティア（おとなりさん）がペアを組み、"
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
                    ne="को-को सहभागी हुन सक्छन्",
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
                                ja="来日おおよそ10年未満が目安です（目安のため、それ以上の方もご相談ください）",
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
                                ne="परिवारका सदस्यहरू पनि सहभागी हुन सक्छन्",
                            ),
                        ],
                    },
                    {
                        "title": T(
                            ja="ボランティアとして参加する社員（おとなりさん）",
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
                                "जापानी होस् वा विदेशी, जोसुकै कर्मचारी सहभागी हुन सक्छन्। "
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
            "flow",
            {
                "heading": T(
                    ja="導入から活動までの流れ",
                    en="How it works, from introduction to activities",
                    ne="सुरुदेखि गतिविधिसम्मको प्रक्रिया",
                ),
                "steps": [
                    {
                        "icon": "consult",
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
                                "उद्देश्यअनुसार सहयोगको विषयवस्तु र खर्च प्रस्ताव गर्छौँ।"
                            ),
                        ),
                    },
                    {
                        "icon": "calendar",
                        "title": T(
                            ja="導入準備・社員向け説明会",
                            en="Preparation and an information session for staff",
                            ne="तयारी र कर्मचारीहरूका लागि जानकारी सत्र",
                        ),
                        "text": T(
                            ja=(
                                "ご相談から導入までは、通常1〜2か月程度です。導入前に社員向けの"
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
                                "गर्न सक्छन्।"
                            ),
                        ),
                    },
                    {
                        "icon": "check",
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
                                "कर्मचारीहरू आफूलाई मिल्ने समयमा सहभागी हुन सक्छन् र "
                                "दीर्घकालीन वा एकपटके गतिविधि रोज्न सक्छन्। सबै सहभागीको "
                                "परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत अन्तर्वार्ता गरिन्छ।"
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
                        "icon": "pair",
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
                                "राख्न गाह्रो भएमा जोडी परिवर्तन गरी फेरि साझेदार मिलान गरिन्छ।"
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
                        "<li><b>社内ペア</b>：業務上の接点がない社員同士でペアを組みます。チームや"
                        "部署を超えた交流につながります。</li>"
                        "<li><b>社外ペア</b>：他社の社員や地域の方とペアを組みます。プライベートや"
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
                        "<p>ध्यानपूर्वक गरिने अन्तर्वार्ताका कारण हाम्रो साझेदार मिलानको सफलता दर "
                        "उच्च छ, तर निजी वा कामसम्बन्धी कारणले गतिविधि जारी राख्न गाह्रो भएमा "
                        "बीचमै जोडी परिवर्तन गरी फेरि साझेदार मिलान गरिन्छ।</p>"
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
                        "<p>Through participant surveys and follow-up, we regularly measure and report "
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
