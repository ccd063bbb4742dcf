"""SQLite through sqlite-utils: schema, migrations, queries and full-text search."""
