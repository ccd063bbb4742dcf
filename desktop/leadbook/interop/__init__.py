"""Files in and out (CSV, vCard, iCalendar, call sheets); no widgets."""

# What ``leadbook import --format`` accepts: "auto", a format, or a CSV profile (which implies
# CSV). Here, not in ``importing``, so that building the command line loads no reader.
FORMAT_CHOICES = ("auto", "csv", "vcard", "google", "outlook", "linkedin", "leadbook", "thunderbird")
