"""A marker for built-in words that live in ``core`` but are shown translated.

``core`` stays free of Qt, yet ``pyside6-lupdate`` finds any call named
``QT_TRANSLATE_NOOP(context, text)`` in Python source. The text stays English
here; the layer that shows it (``texts.builtin_text``) translates it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
