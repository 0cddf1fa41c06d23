# Day, month, year (JII's English readers are in Japan and elsewhere, not only in the
# US), with a 24-hour time: no "a.m.", "noon" or "midnight".
DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d H:i"
