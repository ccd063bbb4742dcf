"""Settings and restoring a backup."""
