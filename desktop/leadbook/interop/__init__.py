"""Files in and out (CSV, vCard, iCalendar, call sheets); no widgets."""
