"""Opening the app reads its options without argparse (start-up), and gets exactly what the whole
parser would give; anything else goes to the whole parser."""

from __future__ import annotations

import pytest

from leadbook import cli


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "mine.leadbook"], ["--db=mine.leadbook"], ["--demo"], ["--background", "--db", "a b.leadbook"],
     ["--db=", "--demo"], ["--db", "first.leadbook", "--db", "second.leadbook"], ["--background", "--background"]],
)  # fmt: skip
def test_the_app_options_read_without_argparse_are_what_the_whole_parser_reads(argv):
    options = cli._app_options(argv)
    assert options is not None
    assert vars(options) == vars(cli._parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [["today"], ["--db", "x", "today"], ["--help"], ["-h"], ["--version"], ["--db"], ["--db", "--demo"],
     ["--self-check"], ["bogus"], ["import", "leads.csv"], ["--dem"], ["--"], ["--db", "-1"]],
)  # fmt: skip
def test_anything_else_goes_to_the_whole_parser(argv):
    assert cli._app_options(argv) is None


def test_a_missing_book_name_is_still_reported_by_the_whole_parser(capsys):
    with pytest.raises(SystemExit) as ended:
        cli.main(["--db"])
    assert ended.value.code == 2 and "--db" in capsys.readouterr().err
