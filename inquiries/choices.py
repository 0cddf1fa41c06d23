"""The intake's fixed vocabularies: its forms, their names in addresses, and the
allow-listed answers of each form, with labels in every language.

Keys are stored; labels are shown. A key never changes once records use it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FormKind(models.TextChoices):
    INQUIRY = "inquiry", _("Inquiry")
    MATERIAL_REQUEST = "material_request", _("Material request")
    ONBOARDING = "onboarding", _("Company onboarding request")
    REGISTRATION = "registration", _("Participant registration")


# Each form's name in addresses: /api/intake/<name>/ and /intake/<name>/.
FORM_KINDS = {
    "inquiry": FormKind.INQUIRY,
    "material-request": FormKind.MATERIAL_REQUEST,
    "onboarding": FormKind.ONBOARDING,
    "registration": FormKind.REGISTRATION,
}
FORM_NAMES = {kind: name for name, kind in FORM_KINDS.items()}

# The step below an intake page that thanks the sender: <page>/thanks/.
THANKS = "thanks"


class CompanySize(models.TextChoices):
    UNDER_50 = "1-49", _("1–49 employees")
    UNDER_300 = "50-299", _("50–299 employees")
    UNDER_1000 = "300-999", _("300–999 employees")
    LARGE = "1000+", _("1,000 employees or more")


class ForeignEmployees(models.TextChoices):
    NONE = "0", _("None yet")
    FEW = "1-9", _("1–9")
    SOME = "10-49", _("10–49")
    MANY = "50-199", _("50–199")
    VERY_MANY = "200+", _("200 or more")


class HeardFrom(models.TextChoices):
    SEARCH = "search", _("Web search")
    SOCIAL = "social", _("Social media")
    EVENT = "event", _("An event or seminar")
    REFERRAL = "referral", _("Recommended by someone")
    PRESS = "press", _("News or press")
    OTHER = "other", _("Other")


class Industry(models.TextChoices):
    MANUFACTURING = "manufacturing", _("Manufacturing")
    IT = "it", _("IT and communications")
    CONSTRUCTION = "construction", _("Construction")
    CARE = "care", _("Nursing care and healthcare")
    HOSPITALITY = "hospitality", _("Hotels, restaurants and tourism")
    RETAIL = "retail", _("Retail and wholesale")
    LOGISTICS = "logistics", _("Transport and logistics")
    FOOD = "food", _("Food and agriculture")
    FINANCE = "finance", _("Finance and insurance")
    SERVICES = "services", _("Other services")
    OTHER = "other", _("Other")


class Goal(models.TextChoices):
    RECRUITMENT = "recruitment", _("Recruitment")
    RETENTION = "retention", _("Retention of foreign employees")
    MANAGEMENT = "management", _("Managing a diverse team")
    ENGAGEMENT = "engagement", _("Engagement and CSR")
    STAFF_DEVELOPMENT = "staff_development", _("Development of Japanese staff")


class Interest(models.TextChoices):
    LONG_TERM = "long_term", _("Long-term pairs")
    ONE_OFF = "one_off", _("One-off support")
    EVENTS = "events", _("Multicultural events")
    INFO_SESSION = "info_session", _("An information session for staff")


class Prefecture(models.TextChoices):
    HOKKAIDO = "hokkaido", _("Hokkaido")
    AOMORI = "aomori", _("Aomori")
    IWATE = "iwate", _("Iwate")
    MIYAGI = "miyagi", _("Miyagi")
    AKITA = "akita", _("Akita")
    YAMAGATA = "yamagata", _("Yamagata")
    FUKUSHIMA = "fukushima", _("Fukushima")
    IBARAKI = "ibaraki", _("Ibaraki")
    TOCHIGI = "tochigi", _("Tochigi")
    GUNMA = "gunma", _("Gunma")
    SAITAMA = "saitama", _("Saitama")
    CHIBA = "chiba", _("Chiba")
    TOKYO = "tokyo", _("Tokyo")
    KANAGAWA = "kanagawa", _("Kanagawa")
    NIIGATA = "niigata", _("Niigata")
    TOYAMA = "toyama", _("Toyama")
    ISHIKAWA = "ishikawa", _("Ishikawa")
    FUKUI = "fukui", _("Fukui")
    YAMANASHI = "yamanashi", _("Yamanashi")
    NAGANO = "nagano", _("Nagano")
    GIFU = "gifu", _("Gifu")
    SHIZUOKA = "shizuoka", _("Shizuoka")
    AICHI = "aichi", _("Aichi")
    MIE = "mie", _("Mie")
    SHIGA = "shiga", _("Shiga")
    KYOTO = "kyoto", _("Kyoto")
    OSAKA = "osaka", _("Osaka")
    HYOGO = "hyogo", _("Hyogo")
    NARA = "nara", _("Nara")
    WAKAYAMA = "wakayama", _("Wakayama")
    TOTTORI = "tottori", _("Tottori")
    SHIMANE = "shimane", _("Shimane")
    OKAYAMA = "okayama", _("Okayama")
    HIROSHIMA = "hiroshima", _("Hiroshima")
    YAMAGUCHI = "yamaguchi", _("Yamaguchi")
    TOKUSHIMA = "tokushima", _("Tokushima")
    KAGAWA = "kagawa", _("Kagawa")
    EHIME = "ehime", _("Ehime")
    KOCHI = "kochi", _("Kochi")
    FUKUOKA = "fukuoka", _("Fukuoka")
    SAGA = "saga", _("Saga")
    NAGASAKI = "nagasaki", _("Nagasaki")
    KUMAMOTO = "kumamoto", _("Kumamoto")
    OITA = "oita", _("Oita")
    MIYAZAKI = "miyazaki", _("Miyazaki")
    KAGOSHIMA = "kagoshima", _("Kagoshima")
    OKINAWA = "okinawa", _("Okinawa")


class Role(models.TextChoices):
    SUPPORTED = "supported", _("An employee who would like support (with family)")
    VOLUNTEER = "volunteer", _("An employee who would like to volunteer")


class ContactLanguage(models.TextChoices):
    JAPANESE = "ja", _("Japanese")
    ENGLISH = "en", _("English")
    NEPALI = "ne", _("Nepali")


class JapaneseLevel(models.TextChoices):
    NATIVE = "native", _("Native")
    FLUENT = "fluent", _("Fluent: no difficulty communicating")
    BUSINESS = "business", _("Business level")
    DAILY = "daily", _("Everyday conversation")
    BASIC = "basic", _("Basic words and phrases")
    NONE = "none", _("None yet")


# A volunteer of foreign origin must communicate in Japanese without difficulty.
FLUENT_JAPANESE = {JapaneseLevel.NATIVE, JapaneseLevel.FLUENT}
# ...and have lived in Japan for this many years or more.
VOLUNTEER_MIN_YEARS = 10


class Origin(models.TextChoices):
    """Where a volunteer comes from, as the volunteer rule reads it: foreign origin
    (外国出身) means born and raised outside Japan, whatever the nationality now (a
    naturalised Japanese citizen can be of foreign origin; a foreign national born
    and raised here is not). Stored blank for registrations from before the question."""

    JAPAN = "japan", _("No: I was born or raised in Japan")
    ABROAD = "abroad", _("Yes: I was born and raised outside Japan")


class Nationality(models.TextChoices):
    JAPAN = "JP", _("Japan")
    BANGLADESH = "BD", _("Bangladesh")
    BRAZIL = "BR", _("Brazil")
    CAMBODIA = "KH", _("Cambodia")
    CHINA = "CN", _("China")
    INDIA = "IN", _("India")
    INDONESIA = "ID", _("Indonesia")
    KOREA = "KR", _("Korea")
    MONGOLIA = "MN", _("Mongolia")
    MYANMAR = "MM", _("Myanmar")
    NEPAL = "NP", _("Nepal")
    PAKISTAN = "PK", _("Pakistan")
    PERU = "PE", _("Peru")
    PHILIPPINES = "PH", _("Philippines")
    SRI_LANKA = "LK", _("Sri Lanka")
    TAIWAN = "TW", _("Taiwan")
    THAILAND = "TH", _("Thailand")
    UNITED_KINGDOM = "GB", _("United Kingdom")
    UNITED_STATES = "US", _("United States")
    VIETNAM = "VN", _("Vietnam")
    OTHER = "other", _("Other")


class Need(models.TextChoices):
    PROCEDURES = "procedures", _("Administrative procedures")
    HEALTH_CHILDCARE = "health_childcare", _("Health check-ups and child-rearing advice")
    HOSPITAL = "hospital", _("Hospital visits")
    ENROLMENT = "enrolment", _("Nursery and school enrolment")
    JAPANESE = "japanese", _("Japanese practice")
    RULES = "rules", _("Rules and manners in Japan")
    SCHOOL_LIFE = "school_life", _("Children's school life")
    EVENTS = "events", _("Local events")
    OTHER = "other", _("Other")


class ActivityType(models.TextChoices):
    LONG_TERM = "long_term", _("Long-term (half a year, about 2 hours a week)")
    ONE_OFF = "one_off", _("One-off (usually up to 3 hours)")
    BOTH = "both", _("Both")


class ActivityFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BOTH = "both", _("Both")


class PairPreference(models.TextChoices):
    IN_COMPANY = "in_company", _("Someone from my company")
    EXTERNAL = "external", _("Someone from outside my company")
    NO_PREFERENCE = "none", _("No preference")


class Language(models.TextChoices):
    """The languages participants speak and activities need, as ISO 639-1 codes (Burmese
    is ``my``, Tagalog ``tl``, Sinhala ``si``)."""

    JAPANESE = "ja", _("Japanese")
    ENGLISH = "en", _("English")
    NEPALI = "ne", _("Nepali")
    VIETNAMESE = "vi", _("Vietnamese")
    CHINESE = "zh", _("Chinese")
    KOREAN = "ko", _("Korean")
    TAGALOG = "tl", _("Tagalog")
    PORTUGUESE = "pt", _("Portuguese")
    INDONESIAN = "id", _("Indonesian")
    BURMESE = "my", _("Burmese")
    HINDI = "hi", _("Hindi")
    SINHALA = "si", _("Sinhala")
    SPANISH = "es", _("Spanish")
    THAI = "th", _("Thai")
    BENGALI = "bn", _("Bengali")
    MONGOLIAN = "mn", _("Mongolian")
    URDU = "ur", _("Urdu")
    KHMER = "km", _("Khmer")


class LanguageLevel(models.TextChoices):
    """How well someone speaks a language, best first (matching compares them in this
    order: a pair needs one language both speak at conversational level or better)."""

    NATIVE = "native", _("Native")
    FLUENT = "fluent", _("Fluent")
    CONVERSATIONAL = "conversational", _("Conversational")
    BASIC = "basic", _("Basic")


# Best first: the index is the rank matching compares.
LEVEL_ORDER = [
    LanguageLevel.NATIVE,
    LanguageLevel.FLUENT,
    LanguageLevel.CONVERSATIONAL,
    LanguageLevel.BASIC,
]

# The Japanese question keeps the eligibility rule's finer scale; matching reads it on
# the languages' scale ("none" means no Japanese to match on).
JAPANESE_AS_LANGUAGE_LEVEL = {
    "native": LanguageLevel.NATIVE,
    "fluent": LanguageLevel.FLUENT,
    "business": LanguageLevel.FLUENT,
    "daily": LanguageLevel.CONVERSATIONAL,
    "basic": LanguageLevel.BASIC,
}


class Hobby(models.TextChoices):
    """Interests a pair may share (the registration also takes free text)."""

    COOKING = "cooking", _("Cooking")
    SPORTS = "sports", _("Sports")
    MUSIC = "music", _("Music")
    TRAVEL = "travel", _("Travel and sightseeing")
    READING = "reading", _("Reading")
    FILMS = "films", _("Films, anime and manga")
    GAMES = "games", _("Games")
    OUTDOORS = "outdoors", _("Walking, hiking and nature")
    ARTS = "arts", _("Arts and crafts")
    GARDENING = "gardening", _("Gardening")
    LANGUAGES = "languages", _("Languages and culture exchange")
    TECHNOLOGY = "technology", _("Technology")
    PARENTING = "parenting", _("Children and parenting")
    FOOD = "food", _("Eating out")


MAX_CAPACITY = 3


class Availability(models.TextChoices):
    WEEKDAY_DAYTIME = "weekday_daytime", _("Weekdays, daytime")
    WEEKDAY_EVENING = "weekday_evening", _("Weekdays, evening")
    WEEKEND_DAYTIME = "weekend_daytime", _("Weekends, daytime")
    WEEKEND_EVENING = "weekend_evening", _("Weekends, evening")


class Relation(models.TextChoices):
    SPOUSE = "spouse", _("Spouse or partner")
    CHILD = "child", _("Child")
    PARENT = "parent", _("Parent")
    OTHER = "other", _("Other")
