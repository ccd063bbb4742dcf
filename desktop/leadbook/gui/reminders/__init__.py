"""The reminder engine, the reminders window and the tray."""
