"""The terms of use (``terms/``)."""

from home.content.text import T

TERMS = {
    "path": "terms/",
    "type": "home.StandardPage",
    "title": T(
        ja="サイトのご利用について",
        en="Terms of use",
        ne="प्रयोगका सर्तहरू",
    ),
    "search_description": T(
        ja="JIIのウェブサイトのご利用条件（著作権、禁止事項、免責事項、リンク、準拠法など）。",
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
            "本サイトは、JII（以下「当団体」といいます）が運営しています。本サイトをご利用になる"
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
                        "<li>व्यावसायिक विज्ञापन वा बिक्री र सदस्यताका लागि आग्रह जस्ता हामीले अनुपयुक्त ठानेका अन्य "
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
                        "<p>यस वेबसाइटमा राखिएको जानकारी सही होस् भनेर हामी ध्यान दिन्छौँ, तर "
                        "त्यो पूर्ण वा उपयोगी हुने ग्यारेन्टी गर्दैनौँ। हाम्रो जानाजानी वा गम्भीर "
                        "लापरबाहीबाट भएको अवस्थाबाहेक, यो वेबसाइट प्रयोग गर्दा हुने कुनै पनि "
                        "क्षतिको जिम्मेवारी हामी लिँदैनौँ।</p>"
                        "<p>हामी पूर्वसूचनाबिना यस वेबसाइटको विषयवस्तु परिवर्तन गर्न, वा यसको "
                        "सञ्चालन रोक्न वा बन्द गर्न सक्छौँ।</p>"
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
                        "हामी लिँदैनौँ।</p>"
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
                        "<p>आवश्यकताअनुसार हामी यी सर्तहरू परिवर्तन गर्न सक्छौँ। परिवर्तित सर्तहरू "
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
