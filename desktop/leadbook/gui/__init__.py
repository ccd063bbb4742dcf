"""PySide6 windows, views, models and dialogs. Talks to the data only through LeadBook."""
