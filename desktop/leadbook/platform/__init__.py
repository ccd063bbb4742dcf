"""The operating system around Leadbook: folders, login item, menu entry, one instance, signals, fonts, self-check."""
