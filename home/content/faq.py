"""The FAQ: ``FAQ_ITEMS``, the questions and answers of the OCP, in display order.

The answers are the program's own copy (``shared/seed/ocp-landing-page.ja.txt``) word
for word; the seed lost the question headings, so the questions are written for the
site. English and Nepali are translations of the Japanese.
"""

from home.content.text import T

FAQ_ITEMS = [
    # 1. What support foreign employees get.
    {
        "category": "support",
        "question": T(
            ja="外国人社員はどのようなサポートを受けられますか？",
            en="What kind of support do foreign employees receive?",
            ne="विदेशी कर्मचारीहरूले कस्तो सहयोग पाउन सक्छन्?",
        ),
        "answer": T(
            ja=(
                "<p>外国人社員向けサポートの内容は、外国人社員やその家族のニーズに合わせて多様です。</p>"
                "<p>大きく分けて、日常生活の中で半年間交流・支援を行う「長期活動」と、単発のニーズに"
                "合わせた支援を行う「単発活動」があります。</p>"
                "<p>いずれの活動も、対面・オンライン、どちらでも実施でき、時間や関心に合わせて柔軟に"
                "進められます。</p>"
                "<p><b>単発活動の例</b></p>"
                "<ul>"
                "<li>行政手続きのサポート</li>"
                "<li>子どもの検診・子育て相談への同行</li>"
                "<li>病院への同行サポート(診療内容を訳す医療通訳ではなく、主に受診がスムーズになるよう"
                "手続き面のサポート)</li>"
                "<li>入園・入学手続きのサポート</li>"
                "</ul>"
                "<p><b>長期活動の例</b></p>"
                "<ul>"
                "<li>日本語の練習や会話</li>"
                "<li>日本社会のルールやマナーの共有</li>"
                "<li>子どもの教育・学校生活に関する情報交換</li>"
                "<li>地域・社内イベントへの参加</li>"
                "</ul>"
            ),
            en=(
                "<p>Support for foreign employees varies to suit the needs of each employee "
                "and their family.</p>"
                "<p>Broadly, there are “long-term activities”, in which a pair meets and "
                "offers support in everyday life for half a year, and “one-off activities”, "
                "which help with a single, specific need.</p>"
                "<p>Both kinds can take place in person or online, and can be arranged "
                "flexibly around your time and interests.</p>"
                "<p><b>Examples of one-off activities</b></p>"
                "<ul>"
                "<li>Help with administrative procedures</li>"
                "<li>Going along to children's health check-ups and parenting consultations</li>"
                "<li>Going along to the hospital (not medical interpreting of the consultation, "
                "but mainly help with the procedures so that the visit goes smoothly)</li>"
                "<li>Help with enrolling children in nursery, kindergarten or school</li>"
                "</ul>"
                "<p><b>Examples of long-term activities</b></p>"
                "<ul>"
                "<li>Japanese practice and conversation</li>"
                "<li>Sharing the rules and manners of Japanese society</li>"
                "<li>Exchanging information on children's education and school life</li>"
                "<li>Joining local and company events</li>"
                "</ul>"
            ),
            ne=(
                "<p>विदेशी कर्मचारीहरूका लागि सहयोग, कर्मचारी र उनीहरूको परिवारको आवश्यकता "
                "अनुसार विविध हुन्छ।</p>"
                "<p>मुख्य रूपमा दुई किसिमका गतिविधि छन्: दैनिक जीवनमा आधा वर्षसम्म भेटघाट र "
                "सहयोग गरिने “दीर्घकालीन गतिविधि”, र कुनै एक पटकको आवश्यकता अनुसार सहयोग "
                "गरिने “एकपटके गतिविधि”।</p>"
                "<p>दुवै प्रकारका गतिविधि प्रत्यक्ष भेटेर वा अनलाइन, जुनसुकै तरिकाले गर्न "
                "सकिन्छ, र तपाईंको समय तथा रुचि अनुसार लचिलो रूपमा अघि बढाउन सकिन्छ।</p>"
                "<p><b>एकपटके गतिविधिका उदाहरण</b></p>"
                "<ul>"
                "<li>प्रशासनिक प्रक्रियामा सहयोग</li>"
                "<li>बच्चाको स्वास्थ्य जाँच र बालबालिका हुर्काउनेसम्बन्धी परामर्शमा साथमा जाने</li>"
                "<li>अस्पतालमा साथमा गएर सहयोग (डाक्टरसँगको कुराकानी अनुवाद गर्ने मेडिकल "
                "दोभाषे सेवा होइन, मुख्य रूपमा जाँच सहज होस् भनेर प्रक्रियागत सहयोग)</li>"
                "<li>नर्सरी, किन्डरगार्टेन वा विद्यालय भर्ना प्रक्रियामा सहयोग</li>"
                "</ul>"
                "<p><b>दीर्घकालीन गतिविधिका उदाहरण</b></p>"
                "<ul>"
                "<li>जापानी भाषाको अभ्यास र कुराकानी</li>"
                "<li>जापानी समाजका नियम र शिष्टाचारबारे जानकारी साटासाट</li>"
                "<li>बालबालिकाको शिक्षा र विद्यालय जीवनसम्बन्धी जानकारी आदानप्रदान</li>"
                "<li>स्थानीय तथा कम्पनीभित्रका कार्यक्रमहरूमा सहभागिता</li>"
                "</ul>"
            ),
        ),
    },
    # 2. Which employees can take part.
    {
        "category": "participation",
        "question": T(
            ja="どのような社員が参加できますか？",
            en="Which employees can take part?",
            ne="कस्ता कर्मचारीहरू सहभागी हुन सक्छन्?",
        ),
        "answer": T(
            ja=(
                "<p>対象となる社員は2種類あります。「サポートが必要な外国人社員(家族を含む)」と"
                "「ボランティア活動を行う社員(主に日本人社員)」です。</p>"
                "<p><b>サポートを受ける外国人社員:</b></p>"
                "<p>来日おおよそ10年未満を目安に、日本社会になじみたい、長期的に生活基盤を築きたい、"
                "日本で子育てしている方が対象です。</p>"
                "<p><b>ボランティアとして参加する社員:</b></p>"
                "<p>日本人・外国人を問わず参加可能です。外国人社員がボランティアとして参加する場合は、"
                "日本での生活経験が10年以上あることが条件です。</p>"
            ),
            en=(
                "<p>There are 2 kinds of participating employees: “foreign employees who need "
                "support (including their families)” and “employees who volunteer (mainly "
                "Japanese employees)”.</p>"
                "<p><b>Foreign employees receiving support:</b></p>"
                "<p>As a guideline, the program is for people who came to Japan less than "
                "about 10 years ago and who want to settle into Japanese society, want to build "
                "a long-term foundation for their life here, or are raising children in "
                "Japan.</p>"
                "<p><b>Employees taking part as volunteers:</b></p>"
                "<p>Employees of any nationality, Japanese or not, can take part. Foreign "
                "employees who volunteer must have lived in Japan for 10 years or more.</p>"
            ),
            ne=(
                "<p>सहभागी हुने कर्मचारी 2 प्रकारका हुन्छन्: “सहयोग आवश्यक पर्ने विदेशी "
                "कर्मचारी (परिवारसहित)” र “स्वयंसेवा गर्ने कर्मचारी (मुख्यतया जापानी "
                "कर्मचारी)”।</p>"
                "<p><b>सहयोग पाउने विदेशी कर्मचारी:</b></p>"
                "<p>सामान्य मापदण्डका रूपमा, जापान आएको करिब 10 वर्षभन्दा कम भएका र जापानी "
                "समाजमा घुलमिल हुन चाहने, यहाँ दीर्घकालीन जीवनको आधार बनाउन चाहने वा जापानमा "
                "बालबालिका हुर्काइरहनुभएका व्यक्तिहरू यसमा सहभागी हुन सक्छन्।</p>"
                "<p><b>स्वयंसेवकका रूपमा सहभागी हुने कर्मचारी:</b></p>"
                "<p>जापानी वा विदेशी, जुनसुकै राष्ट्रियताका कर्मचारी सहभागी हुन सक्छन्। "
                "विदेशी कर्मचारी स्वयंसेवकका रूपमा सहभागी हुन चाहेमा जापानमा 10 वर्ष वा "
                "सोभन्दा बढी बसोबास गरेको अनुभव हुनुपर्छ।</p>"
            ),
        ),
    },
    # 3. Whether volunteers need special skills.
    {
        "category": "volunteering",
        "question": T(
            ja="ボランティアには特別なスキルが必要ですか？",
            en="Do volunteers need any special skills?",
            ne="स्वयंसेवकलाई कुनै विशेष सीप चाहिन्छ?",
        ),
        "answer": T(
            ja=(
                "<p>特別なスキルは必要ありません。「日本での生活経験」そのものが最大のスキルです。</p>"
                "<p>ただし、外国出身の方がボランティアをする場合は、日本語でのコミュニケーションに"
                "支障なくかつ10年以上の日本での生活経験が必要です。</p>"
            ),
            en=(
                "<p>No special skills are needed. Your “experience of living in Japan” is "
                "itself the greatest skill.</p>"
                "<p>However, volunteers from abroad need to be able to communicate in Japanese "
                "without difficulty and must have lived in Japan for 10 years or more.</p>"
            ),
            ne=(
                "<p>कुनै विशेष सीप आवश्यक पर्दैन। “जापानमा बसेको अनुभव” आफैँमा सबैभन्दा ठूलो "
                "सीप हो।</p>"
                "<p>तर, विदेशी मूलका व्यक्तिले स्वयंसेवा गर्न चाहेमा जापानी भाषामा सहज रूपमा "
                "कुराकानी गर्न सक्ने हुनुपर्छ र जापानमा 10 वर्ष वा सोभन्दा बढी बसोबास गरेको "
                "अनुभव पनि हुनुपर्छ।</p>"
            ),
        ),
    },
    # 4. How much time volunteering takes.
    {
        "category": "volunteering",
        "question": T(
            ja="ボランティア活動にはどのくらいの時間が必要ですか？",
            en="How much time does volunteering take?",
            ne="स्वयंसेवा गर्न कति समय चाहिन्छ?",
        ),
        "answer": T(
            ja=(
                "<p>おとなりさんペア(長期活動)の場合は、週2時間程度あれば十分です。実際月に1回~3回"
                "ぐらい直接会うケースも多いです。</p>"
                "<p>事前にJIIが提供するオリエンテーションを受けてから活動を始めるため、初めての方でも"
                "安心して参加できます。</p>"
                "<p>単発活動のボランティアの場合は、1回あたり3時間以内が一般的です。</p>"
            ),
            en=(
                "<p>For an Otonari-san (neighbour) pair (a long-term activity), about 2 hours a "
                "week is enough. In practice, many pairs meet in person around 1–3 times a "
                "month.</p>"
                "<p>Before starting, you attend an orientation provided by JII, so even "
                "first-timers can take part with peace of mind.</p>"
                "<p>For one-off volunteering, 1 session usually lasts no more than 3 hours.</p>"
            ),
            ne=(
                "<p>ओतोनारी-सान (छिमेकी) जोडी (दीर्घकालीन गतिविधि) का लागि हप्तामा करिब 2 "
                "घण्टा भए पुग्छ। व्यवहारमा धेरै जोडीहरू महिनामा करिब 1–3 पटक प्रत्यक्ष "
                "भेट्छन्।</p>"
                "<p>गतिविधि सुरु गर्नुअघि JII ले सञ्चालन गर्ने अभिमुखीकरण (ओरिएन्टेसन) मा "
                "सहभागी भइन्छ, त्यसैले पहिलो पटक सहभागी हुनेहरू पनि ढुक्कसँग सहभागी हुन "
                "सक्छन्।</p>"
                "<p>एकपटके गतिविधिको स्वयंसेवामा सामान्यतया 1 पटकमा बढीमा 3 घण्टा लाग्छ।</p>"
            ),
        ),
    },
    # 5. Pairs inside or outside the company.
    {
        "category": "matching",
        "question": T(
            ja="ペアの相手は社内・社外のどちらから選べますか？",
            en="Are pairs made within the company, or with people outside it?",
            ne="जोडी कम्पनीभित्रकै कर्मचारीबीच बनाइन्छ कि बाहिरका व्यक्तिसँग?",
        ),
        "answer": T(
            ja=(
                "<p>社員同士の「社内ペア」、または他社の社員、地域の方との「社外ペア」を自由に選べます。</p>"
                "<p>社内ペアは業務上の接点がない社員同士であればチームを超えた交流に繋がり、社外ペアは"
                "プライベートや地域とのつながりが広がります。</p>"
            ),
            en=(
                "<p>You are free to choose an “in-company pair” of two employees, or an "
                "“external pair” with an employee of another company or a local resident.</p>"
                "<p>An in-company pair of employees who have no contact through work leads to "
                "exchange across teams, while an external pair widens your personal and local "
                "connections.</p>"
            ),
            ne=(
                "<p>कर्मचारीहरूबीचको “कम्पनीभित्रको जोडी”, वा अर्को कम्पनीका कर्मचारी अथवा "
                "स्थानीय बासिन्दासँगको “कम्पनीबाहिरको जोडी”, जुन चाहनुहुन्छ त्यही छान्न "
                "सक्नुहुन्छ।</p>"
                "<p>कामको सिलसिलामा सम्पर्क नहुने कर्मचारीहरूबीचको कम्पनीभित्रको जोडीले टोलीभन्दा "
                "बाहिरको सम्बन्ध बढाउँछ, र कम्पनीबाहिरको जोडीले व्यक्तिगत जीवन र स्थानीय "
                "समुदायसँगको सम्बन्ध फराकिलो बनाउँछ।</p>"
            ),
        ),
    },
    # 6. Screening, matching and follow-up.
    {
        "category": "matching",
        "question": T(
            ja="参加者の確認やマッチングはどのように行われますか？　活動中のフォローはありますか？",
            en=(
                "How are participants checked and matched, and is there any follow-up during "
                "the activity?"
            ),
            ne="सहभागीहरूको जाँच र साझेदार मिलान कसरी गरिन्छ, र गतिविधिका क्रममा फलोअप हुन्छ?",
        ),
        "answer": T(
            ja=(
                "<p>全参加者に本人確認・説明会・個別ヒアリングを行い、特性、趣味、こだわり、希望や課題、"
                "言語スキルをもとに経験豊富なJIIコーディネーターが候補者を提案します。</p>"
                "<p>活動中もJIIコーディネーターが定期的にフォローを行い、不安や課題があれば迅速に"
                "対応します。</p>"
            ),
            en=(
                "<p>Every participant goes through identity verification, an orientation "
                "session and an individual interview. Based on each person's character, "
                "interests, preferences, hopes, challenges and language skills, an experienced "
                "JII coordinator then proposes candidates.</p>"
                "<p>During the activity, too, a JII coordinator follows up regularly and "
                "responds quickly to any worries or problems.</p>"
            ),
            ne=(
                "<p>सबै सहभागीको परिचय प्रमाणीकरण, अभिमुखीकरण र व्यक्तिगत अन्तर्वार्ता गरिन्छ, र "
                "प्रत्येकको स्वभाव, रुचि, विशेष प्राथमिकता, चाहना र समस्या तथा भाषा सीपका "
                "आधारमा अनुभवी JII संयोजकले उपयुक्त उम्मेदवार प्रस्ताव गर्छन्।</p>"
                "<p>गतिविधिका क्रममा पनि JII संयोजकले नियमित रूपमा फलोअप गर्छन्, र कुनै चिन्ता "
                "वा समस्या भएमा तुरुन्तै सम्बोधन गर्छन्।</p>"
            ),
        ),
    },
    # 7. What happens if a pair does not work out.
    {
        "category": "matching",
        "question": T(
            ja="ペアの相手と合わない場合や、活動の継続が難しくなった場合はどうなりますか？",
            en="What happens if a pair doesn't work out?",
            ne="जोडीसँगको गतिविधि राम्रोसँग अघि बढेन भने के हुन्छ?",
        ),
        "answer": T(
            ja=(
                "<p>丁寧なヒアリングにより高いマッチング成功率を維持していますが、プライベートまたは"
                "業務上の理由などで活動の継続が難しくなる場合は、途中でペアを変更できます。</p>"
                "<p>このような場合は再度マッチングを実施し、スムーズな再スタートを目指します。</p>"
            ),
            en=(
                "<p>Thanks to careful interviews we maintain a high matching success rate, but "
                "if personal or work reasons make it hard to continue, the pair can be changed "
                "partway through.</p>"
                "<p>In that case we carry out the matching again and aim for a smooth fresh "
                "start.</p>"
            ),
            ne=(
                "<p>ध्यानपूर्वक गरिने अन्तर्वार्ताका कारण साझेदार मिलानको सफलता दर उच्च छ, तर "
                "व्यक्तिगत वा कामसम्बन्धी कारणले गतिविधि जारी राख्न गाह्रो भएमा बीचमै जोडी "
                "परिवर्तन गर्न सकिन्छ।</p>"
                "<p>यस्तो अवस्थामा फेरि साझेदार मिलान गरिन्छ र सहज रूपमा नयाँ सुरुवात गर्ने लक्ष्य "
                "राखिन्छ।</p>"
            ),
        ),
    },
    # 8. How and when employees join.
    {
        "category": "participation",
        "question": T(
            ja="社員はいつ、どのように参加できますか？",
            en="When and how can employees join?",
            ne="कर्मचारीहरू कहिले र कसरी सहभागी हुन सक्छन्?",
        ),
        "answer": T(
            ja=(
                "<p>社員が好きなタイミングで参加でき、長期・単発いずれの活動も自由に選べます。</p>"
                "<p>長期活動では、JIIが定期的にフォローを行い、体験を成長や気づきにつなげます。</p>"
            ),
            en=(
                "<p>Employees can join whenever suits them, and are free to choose either "
                "long-term or one-off activities.</p>"
                "<p>In long-term activities, JII follows up regularly to turn the experience "
                "into growth and new insights.</p>"
            ),
            ne=(
                "<p>कर्मचारीहरू आफूलाई मन लागेको समयमा सहभागी हुन सक्छन्, र दीर्घकालीन वा "
                "एकपटके जुनसुकै गतिविधि स्वतन्त्र रूपमा छान्न सक्छन्।</p>"
                "<p>दीर्घकालीन गतिविधिमा JII ले नियमित रूपमा फलोअप गर्छ र अनुभवलाई व्यक्तिगत "
                "विकास र नयाँ बुझाइमा बदल्न सहयोग गर्छ।</p>"
            ),
        ),
    },
    # 9. How long introduction takes.
    {
        "category": "company",
        "question": T(
            ja="導入までにどのくらいの期間がかかりますか？",
            en="How long does it take to introduce the program?",
            ne="कार्यक्रम सुरु गर्न कति समय लाग्छ?",
        ),
        "answer": T(
            ja=(
                "<p>導入のご相談を受けてから導入まで、通常1~2か月程度です。</p>"
                "<p>導入前に社員向け説明会もご提供できるため、初めてご利用いただく企業様でも安心して"
                "導入できます。</p>"
            ),
            en=(
                "<p>From your first consultation to introduction usually takes about 1–2 "
                "months.</p>"
                "<p>We can also hold an information session for your employees before "
                "introduction, so even companies using the program for the first time can "
                "introduce it with peace of mind.</p>"
            ),
            ne=(
                "<p>सुरु गर्नेबारे पहिलो परामर्शदेखि कार्यक्रम सुरु हुनसम्म सामान्यतया करिब 1–2 महिना "
                "लाग्छ।</p>"
                "<p>सुरु गर्नुअघि कर्मचारीहरूका लागि जानकारी सत्र पनि सञ्चालन गर्न सकिने "
                "भएकाले पहिलो पटक प्रयोग गर्ने कम्पनीहरूले पनि ढुक्कसँग सुरु गर्न "
                "सक्छन्।</p>"
            ),
        ),
    },
    # 10. How the program is billed.
    {
        "category": "company",
        "question": T(
            ja="費用はどのように請求されますか？",
            en="How is the program billed?",
            ne="शुल्क कसरी लिइन्छ?",
        ),
        "answer": T(
            ja=(
                "<p>企業会員としてご参加の場合、費用は企業に一括でご請求します。</p>"
                "<p>JIIから追加で個人に参加費や会費を請求することはありません。</p>"
                "<p>企業の課題、参加人数、予算に応じて、支援内容とコストを柔軟に調整します。</p>"
            ),
            en=(
                "<p>When you join as a corporate member, all fees are billed to the company as a whole.</p>"
                "<p>JII does not charge individuals any additional participation or "
                "membership fees.</p>"
                "<p>We adjust the support and its cost flexibly to your company's needs, the "
                "number of participants and your budget.</p>"
            ),
            ne=(
                "<p>कर्पोरेट सदस्यका रूपमा सहभागी हुनुहुँदा सम्पूर्ण शुल्कको बिल कम्पनीलाई "
                "एकमुष्ट रूपमा पठाइन्छ।</p>"
                "<p>JII ले व्यक्तिहरूसँग थप सहभागिता शुल्क वा सदस्यता शुल्क लिँदैन।</p>"
                "<p>कम्पनीका आवश्यकता, सहभागी संख्या र बजेट अनुसार सहयोगको विषयवस्तु र लागत "
                "लचिलो रूपमा मिलाइन्छ।</p>"
            ),
        ),
    },
    # 11. How results are measured and reported.
    {
        "category": "company",
        "question": T(
            ja="活動の成果はどのように把握・報告されますか？",
            en="How are results measured and reported to the company?",
            ne="नतिजा कसरी मापन गरिन्छ र कम्पनीलाई कसरी जानकारी दिइन्छ?",
        ),
        "answer": T(
            ja=(
                "<p>参加者アンケートやフォローアップを通じて、 外国人社員の満足度やボランティアとして"
                "参加する社員の意識の変化を定期的に可視化します。 企業向けにレポートの提供や課題共有会の"
                "開催や、他企業の担当者同士のネットワークづくりや情報交換の機会にもつなげています。</p>"
            ),
            en=(
                "<p>Through participant surveys and follow-ups, we regularly measure and report the "
                "satisfaction of foreign employees and the changes in attitude of employees who "
                "take part as volunteers. For companies, we provide reports and hold meetings to "
                "share challenges, and we also create opportunities for the people in charge at "
                "different companies to network and exchange information.</p>"
            ),
            ne=(
                "<p>सहभागी सर्वेक्षण र फलोअपमार्फत विदेशी कर्मचारीहरूको सन्तुष्टि तथा "
                "स्वयंसेवकका रूपमा सहभागी कर्मचारीहरूको सोचमा आएको परिवर्तनलाई नियमित रूपमा "
                "स्पष्ट देखिने गरी प्रस्तुत गरिन्छ। कम्पनीहरूका लागि प्रतिवेदन उपलब्ध गराइन्छ र "
                "समस्या साझा गर्ने बैठक आयोजना गरिन्छ, साथै विभिन्न कम्पनीका जिम्मेवार "
                "व्यक्तिहरूबीच सञ्जाल निर्माण र जानकारी आदानप्रदानका अवसर पनि सिर्जना "
                "गरिन्छ।</p>"
            ),
        ),
    },
]
