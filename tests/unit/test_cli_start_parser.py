"""Opening the app parses its options without building the terminal verbs' parsers (start-up), and
gets exactly what the whole parser would give; anything else goes to the whole parser."""

from __future__ import annotations

import pytest

from leadbook import cli


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "mine.leadbook"], ["--db=mine.leadbook"], ["--demo"], ["--background", "--db", "a b.leadbook"]],
)
def test_the_app_options_alone_parse_the_same_without_the_verbs(argv):
    assert cli._opens_the_app(argv)
    assert vars(cli._parser(with_commands=False).parse_args(argv)) == vars(cli._parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["today"], ["--db", "x", "today"], ["--help"], ["-h"], ["--version"], ["--db"], ["--db", "--demo"],
     ["--self-check"], ["bogus"], ["import", "leads.csv"]],
)  # fmt: skip
def test_anything_else_goes_to_the_whole_parser(argv):
    assert not cli._opens_the_app(argv)


def test_a_missing_book_name_is_still_reported_by_the_whole_parser(capsys):
    with pytest.raises(SystemExit) as ended:
        cli.main(["--db"])
    assert ended.value.code == 2 and "--db" in capsys.readouterr().err
