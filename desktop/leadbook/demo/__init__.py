"""The demo book: a solo seller's leads and a lived-in history, written through the book."""
