"""``FrozenRecord``: a frozen dataclass made when it is first used.

Python 3.11 compiles six methods for each frozen dataclass when its class statement runs, about half
a millisecond a class. Most of Leadbook's records live in modules Today's first paint needs but are
not used by it (a timeline entry, a change, a backup's details): about half of the 27 loaded. A
subclass of ``FrozenRecord`` is what ``@dataclass(frozen=True)`` would make of it, made at its first
instance or the first look at its fields (``dataclasses.fields``, ``is_dataclass``), whichever comes
first, on whichever thread; code that builds instances without calling the class asks ``made_now(cls)``
first.

Before that first use the class is not yet a dataclass: its generated methods (``Lead.__init__``),
``__match_args__`` and the defaults read off the class (a ``Field`` then) are not there, and a
mistake in a record's fields would surface only then (``tests/unit/core/test_frozen.py`` makes every
record of the package). A record cannot also take another metaclass (an ABC, a Protocol).

The class's type says whether it is made: ``_Unmade`` makes it when called, then becomes ``_Made``,
whose calls are Python's own (nothing is added to each instance's creation). A subclass of a record
is a record too.

Making compiles only what depends on a record's fields: ``__init__`` and the frozen ``__setattr__`` and
``__delattr__``. Equality, hashing and ``repr`` are ``FrozenRecord``'s, the same as the dataclass's
(compared field by field as one tuple, only when both are of the same class), reading the names of
the fields each one uses, which making keeps on the record: compiling the three for each record
was a third of making it.
"""

from __future__ import annotations

import dataclasses
import inspect
import reprlib
import threading
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

_Record = TypeVar("_Record")

#: One lock for every record: making a record makes its record bases first, on the same thread.
_making = threading.RLock()
#: What the dataclass sets on the class that can be read before an instance exists. Each record has
#: its own stand-ins, so that an unmade record does not show the fields of a record base made before it.
#: (``__match_args__`` needs none: ``match`` reads it only for an instance, and a record with an
#: instance is made, its record bases too.)
_SET_ON_CLASS = ("__dataclass_fields__", "__dataclass_params__")


class _OnFirstLook:
    """Stands in for what the dataclass sets on one record until it is made; reading it makes it."""

    def __init__(self, cls: type, name: str) -> None:
        self._cls = cls
        self._name = name

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        _make(self._cls)
        return self._cls.__dict__[self._name]


class _Made(type):
    """The type of a record that has been made: it is called as any class is."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any) -> type:
        if not any(isinstance(base, _Made) for base in bases):  # FrozenRecord itself is no record
            return super().__new__(mcls, name, bases, namespace, **kwargs)
        cls = super().__new__(_Unmade, name, bases, namespace, **kwargs)  # every record begins unmade
        for added in _SET_ON_CLASS:
            setattr(cls, added, _OnFirstLook(cls, added))
        return cls


class _Unmade(_Made):
    """The type of a record whose dataclass methods are not made yet."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        _make(cls)
        return type.__call__(cls, *args, **kwargs)


def made_now(cls: type[_Record]) -> type[_Record]:
    """``cls`` with its dataclass methods made: for code that fills instances without calling the
    class (``object.__new__``), which must not find a record another thread is still making."""
    _make(cls)
    return cls


def _make(cls: type) -> None:
    """Make ``cls`` a frozen dataclass, once (the dataclass replaces the stand-ins). Another thread
    may find the fields set before the methods: it waits here for the lock, as a caller does."""
    with _making:
        if type(cls) is _Unmade:
            undocumented = cls.__doc__ is None
            # The type checker narrows cls to an instance of _Unmade here; it is the class itself.
            dataclasses.dataclass(frozen=True, eq=False, repr=False)(cls)  # type: ignore[arg-type]
            record: Any = cls
            fields = dataclasses.fields(record)
            record.__record_eq__ = _values([f.name for f in fields if f.compare])
            record.__record_hash__ = _values([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
            record.__record_repr__ = tuple(f.name for f in fields if f.repr)
            cls.__class__ = _Made  # type: ignore[assignment]
            if undocumented:  # the dataclass wrote it from the signature of _Unmade.__call__
                cls.__doc__ = cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of a record's values of ``names``, as the dataclass's methods would write it."""
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda record: (one(record),)
    return lambda record: ()


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
class FrozenRecord(metaclass=_Made):
    """Base of a frozen record: subclass it where ``@dataclass(frozen=True)`` would be written."""

    # Set on each record when it is made (_make); only an instance reads them.
    __record_eq__: Callable[[Any], tuple[Any, ...]]
    __record_hash__: Callable[[Any], tuple[Any, ...]]
    __record_repr__: tuple[str, ...]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            values = type(self).__record_eq__
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(type(self).__record_hash__(self))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__record_repr__)
        return f"{type(self).__qualname__}({values})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Unpickling makes an instance without calling its class; made first here, a record
        # unpickled in another process compares, hashes and prints as the one pickled.
        return _unpickled, (type(self), vars(self))


def _unpickled(cls: type, state: dict[str, Any]) -> Any:
    record: Any = object.__new__(made_now(cls))
    vars(record).update(state)
    return record
