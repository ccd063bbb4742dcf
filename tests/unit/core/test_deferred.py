"""core.deferred: a module that loads on first use, once, from any thread, and behaves as the module."""

from __future__ import annotations

import copy
import sys
import threading
from pathlib import Path

import pytest

from leadbook.core.deferred import deferred


@pytest.fixture
def slow_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A module of the test's own that counts its loads and, while ``builtins.deferred_probe_gate`` is
    clear, waits inside its own load (so a second thread meets the first one there)."""
    (tmp_path / "deferred_probe.py").write_text(
        "import builtins\n"
        "builtins.deferred_probe_loads = getattr(builtins, 'deferred_probe_loads', 0) + 1\n"
        "builtins.deferred_probe_inside.set()\n"
        "builtins.deferred_probe_gate.wait(10)\n"
        "ANSWER = 42\n"
        "def double(x):\n    return 2 * x\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "deferred_probe", raising=False)
    import builtins

    monkeypatch.setattr(builtins, "deferred_probe_loads", 0, raising=False)
    gate = threading.Event()
    gate.set()
    monkeypatch.setattr(builtins, "deferred_probe_gate", gate, raising=False)
    monkeypatch.setattr(builtins, "deferred_probe_inside", threading.Event(), raising=False)
    yield builtins
    sys.modules.pop("deferred_probe", None)


def test_nothing_loads_until_first_use_and_then_once(slow_module):
    probe = deferred("deferred_probe")
    assert "deferred_probe" not in sys.modules and slow_module.deferred_probe_loads == 0
    assert probe.ANSWER == 42 and probe.double(4) == 8
    assert slow_module.deferred_probe_loads == 1 and "loaded" in repr(probe)


def test_two_threads_at_first_use_see_one_whole_module(slow_module):
    probe = deferred("deferred_probe")
    slow_module.deferred_probe_gate.clear()  # the first thread stops inside the module's load
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(probe.ANSWER)) for _ in range(2)]
    threads[0].start()
    assert slow_module.deferred_probe_inside.wait(10)  # the first thread is inside the load
    threads[1].start()  # asks for the module while it is half loaded
    slow_module.deferred_probe_gate.set()
    for thread in threads:
        thread.join()
    assert seen == [42, 42] and slow_module.deferred_probe_loads == 1


def test_setting_and_copying_behave(slow_module, monkeypatch):
    probe = deferred("deferred_probe")
    monkeypatch.setattr(probe, "ANSWER", 7)  # a test patching a function of the module through it
    assert probe.ANSWER == 7 and sys.modules["deferred_probe"].ANSWER == 7
    copied = copy.copy(probe)
    assert copied.double(3) == 6
