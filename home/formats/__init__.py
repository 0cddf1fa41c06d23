"""Date formats for the languages staff read (``FORMAT_MODULE_PATH``): the one clock's
formats (``home.clock``), so Wagtail's own screens (listings, history) write a date
and a time the way ours do. Other formats are Django's for the language."""
