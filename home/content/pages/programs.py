"""The programs index (``programs/``): JII's programs, the OCP and the OFP it grew from."""

from home.content.text import T

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
            "कर्पोरेट प्रोग्राम (OCP) र यसको आधार बनेको ओतोनारी-सान फ्यामिली फ्रेन्ड प्रोग्राम "
            "(OFP)।"
        ),
    ),
    "show_in_menus": True,
    "intro": T(
        ja=(
            "JIIは、地域社会を巻き込んだ「おとなりさん活動」を通じて、外国から来た人と地域の"
            "人々をつなぎ、多文化共生に取り組んでいます。地域の日本人ボランティア（おとなりさん）"
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
            "फ्यामिली फ्रेन्ड प्रोग्राम (OFP) को आधारमा सुरु भएको हो।"
        ),
    ),
}
