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

Making compiles one function, the record's ``__init__`` (the dataclass would compile six, each
with its own ``exec``: two thirds of making a record). Equality, hashing and ``repr`` are
``FrozenRecord``'s, the same as the dataclass's (compared field by field as one tuple, only when both
are of the same class), reading the names of the fields each one uses, which making keeps on the
record; so is refusing to set or delete an attribute (``FrozenInstanceError``). ``__init__`` sets
each field as the frozen dataclass's does (``object.__setattr__``), with the same defaults, default
factories and ``__post_init__``. A record with fields of another kind (``ClassVar``, ``InitVar``,
``KW_ONLY``, ``field(init=False)`` or ``kw_only``) or a record base is left to the dataclass's own
compiled methods, and one that writes its own equality, hash or ``repr`` (or inherits one from a
record) to the whole dataclass, whose rules then decide what it adds; ``__dataclass_params__``
says frozen either way.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
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
            record: Any = cls  # the type checker narrows cls to an instance of _Unmade; it is the class itself
            plain = _plain(record)
            if _own_methods(record):  # the dataclass's rules decide which of them it writes
                dataclasses.dataclass(frozen=True)(record)
            elif plain:  # the fields only: nothing compiled but the __init__ below
                dataclasses.dataclass(init=False, eq=False, repr=False)(record)
            else:
                dataclasses.dataclass(frozen=True, eq=False, repr=False)(record)
            fields = dataclasses.fields(record)
            if plain and "__init__" not in vars(record):
                record.__init__ = _compiled_init(record, fields)
            params = record.__dataclass_params__  # what @dataclass(frozen=True) would say of it
            params.init = params.repr = params.eq = params.frozen = True
            record.__record_eq__ = _values([f.name for f in fields if f.compare])
            record.__record_hash__ = _values([f.name for f in fields if (f.compare if f.hash is None else f.hash)])
            record.__record_repr__ = tuple(f.name for f in fields if f.repr)
            cls.__class__ = _Made  # type: ignore[assignment]
            if undocumented:  # the dataclass wrote it from the signature of _Unmade.__call__
                cls.__doc__ = cls.__name__ + str(inspect.signature(cls)).replace(" -> None", "")


#: Annotations that make a class attribute something other than an ordinary field.
_SPECIAL = re.compile(r"\b(ClassVar|InitVar|KW_ONLY)\b")


def _own_methods(cls: Any) -> bool:
    """Whether ``cls`` or a record base writes its own equality, hash or ``repr`` (Python then sets
    ``__hash__`` to None beside an ``__eq__``, and the dataclass would write a child its own)."""
    written = ("__eq__", "__hash__", "__repr__")
    return any(name in vars(klass) for klass in cls.__mro__[:-1] if klass is not FrozenRecord for name in written)


def _plain(cls: Any) -> bool:
    """Whether ``cls`` has only ordinary fields (positional, each an ``__init__`` argument) and no
    record base: then its ``__init__`` is compiled here, and nothing else."""
    if any("__dataclass_fields__" in vars(base) for base in cls.__mro__[1:]):  # made or not (its stand-in)
        return False
    for name, annotation in vars(cls).get("__annotations__", {}).items():
        if _SPECIAL.search(annotation if isinstance(annotation, str) else repr(annotation)):
            return False
        value = vars(cls).get(name)
        if isinstance(value, dataclasses.Field) and (not value.init or value.kw_only is True):
            return False
    return True


class _FactoryDefault:
    """Stands for "not given" where a field's default comes from its factory (shown as the dataclass shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _FactoryDefault()


def _compiled_init(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> Callable[..., None]:
    """The ``__init__`` ``@dataclass(frozen=True)`` would write for ``cls``'s ordinary fields, in one ``exec``."""
    scope: dict[str, Any] = {"__record_set__": object.__setattr__, "__record_factory__": _FACTORY}
    params, lines = [], []
    me = "__record_self__" if any(f.name == "self" for f in fields) else "self"
    defaulted = False
    for n, f in enumerate(fields):
        value = f.name
        if f.default is not dataclasses.MISSING:
            scope[f"__record_default_{n}__"] = f.default
            params.append(f"{f.name}=__record_default_{n}__")
            defaulted = True
        elif f.default_factory is not dataclasses.MISSING:
            scope[f"__record_made_{n}__"] = f.default_factory
            params.append(f"{f.name}=__record_factory__")
            value = f"__record_made_{n}__() if {f.name} is __record_factory__ else {f.name}"
            defaulted = True
        elif defaulted:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            params.append(f.name)
        lines.append(f"    __record_set__({me}, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        lines.append(f"    {me}.__post_init__()")
    source = f"def __init__({', '.join([me, *params])}):\n" + ("\n".join(lines) or "    pass")
    exec(source, scope)  # the dataclass compiles its __init__ the same way
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
    return init


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

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

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
