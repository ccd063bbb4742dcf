"""FrozenRecord: a frozen dataclass in every way a caller sees, made at its first use."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import pkgutil
import sys
import textwrap
import threading
import types
import typing

import pytest

from leadbook.core.frozen import FrozenRecord


def _made(cls: type) -> bool:
    """Whether the dataclass has put its methods on ``cls`` yet."""
    return "__init__" in vars(cls)


def _point() -> type:
    class Point(FrozenRecord):
        """A record made afresh for each test, so that each sees its first use."""

        x: int
        y: int = 0
        tags: tuple[str, ...] = dataclasses.field(default=())

    return Point


def test_a_record_is_a_frozen_dataclass():
    Point = _point()
    point = Point(1, 2)
    assert point == Point(1, 2) and point != Point(2, 1)
    assert hash(point) == hash(Point(1, 2))
    assert repr(point).endswith("Point(x=1, y=2, tags=())")
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3
    assert dataclasses.replace(point, y=5) == Point(1, 5)
    assert dataclasses.asdict(point) == {"x": 1, "y": 2, "tags": ()}
    assert copy.deepcopy(point) == point
    assert Point.__match_args__ == ("x", "y", "tags")
    with pytest.raises(TypeError):
        Point()


NAN = float("nan")


def _twins(body: str) -> tuple[type, type]:
    """The same fields as a record and as a frozen dataclass."""
    # Named after this module, whose imports the dataclass reads to tell an InitVar or a ClassVar.
    scope: dict[str, object] = {
        "FrozenRecord": FrozenRecord,
        "dataclasses": dataclasses,
        "typing": typing,
        "__name__": __name__,
    }
    exec(textwrap.dedent(f"""
        class Twin(FrozenRecord):
            {body}

        @dataclasses.dataclass(frozen=True)
        class Twin_(object):
            {body}
        """), scope)  # fmt: skip
    return scope["Twin"], scope["Twin_"]  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("body", "values", "others"),
    [
        ("x: int\n            y: str = 'a'", (1, "b"), [(1, "c"), (2, "b"), (1, "b")]),
        ("x: float", (NAN,), [(NAN,), (float("nan"),), (1.0,)]),  # one field: still a tuple (the same NaN is equal)
        ("pass", (), [()]),  # no field at all
        (
            "x: int\n            note: str = dataclasses.field(default='', compare=False)",
            (1, "a"),
            [(1, "b"), (2, "a")],
        ),
        ("x: int\n            secret: str = dataclasses.field(default='', repr=False)", (1, "pin"), [(1, "pin")]),
        ("x: int\n            key: int = dataclasses.field(default=0, compare=False, hash=True)", (1, 2), [(1, 3)]),
        ("x: int\n            key: int = dataclasses.field(default=0, hash=False)", (1, 2), [(1, 3), (1, 2)]),
        ("x: list[int]", ([1],), [([1],), ([2],)]),  # equal, but unhashable
    ],
)
def test_equality_hash_and_repr_are_the_dataclasses_own(body, values, others):
    Twin, Dataclass = _twins(body)
    record, twin = Twin(*values), Dataclass(*values)
    assert repr(record) == repr(twin).replace("Twin_(", "Twin(")
    for other in others:
        assert (record == Twin(*other)) == (twin == Dataclass(*other))
        assert (record != Twin(*other)) == (twin != Dataclass(*other))
    assert record != twin and twin != record  # another class compares unequal, as between dataclasses
    try:
        expected: object = hash(twin)
    except TypeError as error:
        expected = type(error)
    try:
        assert hash(record) == expected
    except TypeError as error:
        assert type(error) is expected
    # Making compiled only what depends on the fields; these three are FrozenRecord's.
    assert {"__eq__", "__hash__", "__repr__"}.isdisjoint(vars(Twin))


@pytest.mark.parametrize(
    "body",
    [
        "x: int\n            y: list[int] = dataclasses.field(default_factory=list)\n            z: str = 'z'",
        "self: int\n            other: int = 2",  # a field named self
        "limit: typing.ClassVar[int] = 5\n            x: int = 0",
        "x: int\n            scale: dataclasses.InitVar[int] = 1\n"
        "            def __post_init__(self, scale):\n                object.__setattr__(self, 'x', self.x * scale)",
        "x: int\n            _: dataclasses.KW_ONLY\n            y: int = 0",
        "x: int\n            y: int = dataclasses.field(default=0, kw_only=True)",
        "x: int\n            y: int = dataclasses.field(default=7, init=False)",
    ],
)
def test_a_record_is_made_as_the_dataclass_whatever_its_fields(body):
    Twin, Dataclass = _twins(body)
    assert [(f.name, f.default, f.init, f.kw_only) for f in dataclasses.fields(Twin)] == [
        (f.name, f.default, f.init, f.kw_only) for f in dataclasses.fields(Dataclass)
    ]
    assert str(inspect.signature(Twin)) == str(inspect.signature(Dataclass))
    assert Twin.__match_args__ == Dataclass.__match_args__
    params = Twin.__dataclass_params__
    assert (params.init, params.repr, params.eq, params.frozen) == (True, True, True, True)
    arguments = {f.name: n + 3 for n, f in enumerate(dataclasses.fields(Dataclass)) if f.init}
    record, twin = Twin(**arguments), Dataclass(**arguments)
    assert vars(record) == vars(twin)
    assert repr(record) == repr(twin).replace("Twin_(", "Twin(")
    assert dataclasses.replace(record, **{next(iter(arguments)): 99}) == Twin(
        **{**arguments, next(iter(arguments)): 99}
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, next(iter(arguments)), 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        delattr(record, next(iter(arguments)))
    for call in ({**arguments, "nothing": 1}, {}, {"x": 1, "y": 2, "z": 3, "scale": 2}):
        assert _outcome(Twin, call) == _outcome(Dataclass, call).replace("Twin_", "Twin")


def _outcome(cls: type, arguments: dict[str, int]) -> str:
    try:
        return repr(cls(**arguments))
    except TypeError as error:
        return f"TypeError: {error}"


def test_a_record_writing_its_own_equality_or_repr_gets_what_the_dataclass_adds():
    Twin, Dataclass = _twins("x: int\n            def __eq__(self, other):\n                return True")
    assert hash(Twin(1)) == hash(Dataclass(1)) == hash((1,))  # Python set __hash__ to None; the dataclass writes one

    class Shown(FrozenRecord):
        """Shows itself its own way."""

        x: int

        def __repr__(self) -> str:
            return "shown"

    class Child(Shown):
        """The dataclass writes a child its own repr and equality."""

        y: int = 0

    assert repr(Shown(1)) == "shown" and repr(Child(1)).endswith("Child(x=1, y=0)")
    assert Child(1) != Child(2) and hash(Child(1)) == hash((1, 0))


def test_a_default_factory_gives_each_record_its_own_value():
    Twin, _ = _twins("items: list[int] = dataclasses.field(default_factory=list)")
    first, second = Twin(), Twin()
    assert first.items == [] and first.items is not second.items
    given = [1]
    assert Twin(given).items is given


def test_a_plain_record_compiles_only_its_init():
    Point = _point()
    Point(1)
    assert "__init__" in vars(Point)
    assert {"__setattr__", "__delattr__", "__eq__", "__hash__", "__repr__"}.isdisjoint(vars(Point))


def test_a_field_without_default_after_one_with_is_refused_when_made():
    class Wrong(FrozenRecord):
        """Its second field needs a default."""

        x: int = 0
        y: int  # type: ignore[misc]

    with pytest.raises(TypeError, match="non-default argument 'y' follows default argument"):
        Wrong(1, 2)


def test_a_record_holding_itself_is_shown_without_recursing():
    Twin, _ = _twins("items: list[object]")
    record = Twin([])
    record.items.append(record)
    assert repr(record) == "Twin(items=[...])"


def test_a_record_unpickled_before_its_class_is_made_is_whole():
    # As in a new process: the module that defines the record is loaded afresh, its record not made.
    source = textwrap.dedent(
        """
        from leadbook.core.frozen import FrozenRecord

        class Place(FrozenRecord):
            \"\"\"A record to pickle.\"\"\"

            name: str
            floor: int = 0
        """
    )

    def load() -> types.ModuleType:
        module = types.ModuleType("records_to_pickle")
        sys.modules[module.__name__] = module
        exec(source, vars(module))
        return module

    try:
        pickled = pickle.dumps(load().Place("hall", 2))
        Place = load().Place
        assert not _made(Place)
        place = pickle.loads(pickled)
        assert type(place) is Place
        assert repr(place) == "Place(name='hall', floor=2)"  # before anything else makes the record
        assert place == Place("hall", 2) and hash(place) == hash(Place("hall", 2))
        assert copy.copy(place) == place
    finally:
        del sys.modules["records_to_pickle"]


def test_it_is_made_at_its_first_instance_not_at_its_class_statement():
    Point = _point()
    assert not _made(Point)
    Point(1)
    assert _made(Point)
    # From then on, calling the class is Python's own call: nothing is added to each instance.
    assert type(Point).__call__ is type.__call__


def test_its_fields_can_be_read_before_any_instance():
    Point = _point()
    assert dataclasses.is_dataclass(Point)
    assert [field.name for field in dataclasses.fields(Point)] == ["x", "y", "tags"]
    assert _made(Point)


def test_a_subclass_is_a_record_with_its_own_fields_even_after_its_base_was_made():
    Point = _point()
    Point(1)  # the base is made first, so its fields are there to be inherited by mistake

    class Labelled(Point):
        """A point with a label."""

        label: str = ""

    assert [field.name for field in dataclasses.fields(Labelled)] == ["x", "y", "tags", "label"]
    labelled = Labelled(1, 2, (), "here")
    assert labelled.label == "here" and labelled != Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        labelled.label = "there"


def test_a_base_is_made_with_its_subclass():
    Point = _point()

    class Labelled(Point):
        """A point with a label."""

        label: str = ""

    Labelled(1)
    assert _made(Point) and Point(3) == Point(3)


def test_post_init_runs_as_in_a_dataclass():
    class Doubled(FrozenRecord):
        """Keeps twice its value."""

        value: int

        def __post_init__(self) -> None:
            object.__setattr__(self, "twice", self.value * 2)

    assert Doubled(4).twice == 8


def test_threads_making_the_same_records_at_once_all_get_whole_instances():
    # Switching threads every microsecond puts one thread's first instance in the middle of another's.
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _round in range(20):
            Point = _point()

            class Labelled(Point):
                """A point with a label."""

                label: str = ""

            failures: list[BaseException] = []
            made: list[object] = []

            def use(first: bool) -> None:
                try:
                    if first:
                        made.append([field.name for field in dataclasses.fields(Labelled)])
                    for n in range(20):
                        made.append(Point(n))
                        made.append(Labelled(n, label="x"))
                except BaseException as error:  # noqa: BLE001 - every failure is the finding
                    failures.append(error)

            threads = [threading.Thread(target=use, args=(n % 3 == 0,)) for n in range(6)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert failures == []
            assert ["x", "y", "tags", "label"] in made
            assert Labelled(1, label="x") in made and Point(19) in made
    finally:
        sys.setswitchinterval(before)


def _records_of(cls: type) -> list[type]:
    return [record for sub in cls.__subclasses__() for record in (sub, *_records_of(sub))]


def test_every_record_of_leadbook_is_made_without_error():
    # A mistake in a record's fields (a field without a default after one with) surfaces when the
    # record is made, at its first use: made here for every record, so it surfaces in the tests.
    package = importlib.import_module("leadbook")
    for module in pkgutil.walk_packages(package.__path__, "leadbook."):
        if module.name != "leadbook.__main__":
            importlib.import_module(module.name)
    records = [record for record in _records_of(FrozenRecord) if record.__module__.startswith("leadbook.")]
    assert len(records) >= 60
    for record in records:
        assert dataclasses.fields(record), record
        assert record.__dataclass_params__.frozen and "__init__" in vars(record), record
        assert record.__doc__ and "*args" not in record.__doc__, record
    assert not dataclasses.is_dataclass(FrozenRecord)  # the base itself is no record


def test_leads_read_from_the_book_and_from_a_file_take_the_fast_way():
    # Both fill a Lead's fields at once (object.__new__), which a Lead with slots would forbid.
    from leadbook.interop import records
    from leadbook.store import leads

    assert leads._FAST_LEAD and records._FAST_LEAD
