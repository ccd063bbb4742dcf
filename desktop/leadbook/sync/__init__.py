"""Two-way sync of the follow-ups with the seller's own CalDAV calendar (Nextcloud, iCloud, Fastmail,
Radicale, ...), through the ``caldav`` library: the only part of Leadbook that opens network
connections, and only to the server the user configured, after they turned sync on.

``account`` (this machine's account for a book, never the password), ``passwords`` (the keyring),
``connection`` (discovery, certificates, the client), ``engine`` (one sync: bring back, publish, bring
back what came meanwhile), ``retry`` (backoff, and saying a fault once), ``command`` (``leadbook sync``).
Nothing below it imports it: ``book`` holds what sync needs without any network (``book/calendar_sync.py``).
"""
