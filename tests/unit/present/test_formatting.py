"""Rich text escaping without the ``html`` package: the same text as ``html.escape``."""

from __future__ import annotations

import html

import pytest

from leadbook.present.formatting import escaped


@pytest.mark.parametrize(
    "text",
    ["", "plain", "Müller & Söhne <GmbH>", 'O\'Neil "Nick"', "&amp; already", "<a href='x'>王芳</a>", "a\nb\t&"],
)
def test_escaped_is_what_html_escape_gives(text: str):
    assert escaped(text) == html.escape(text, quote=True)
