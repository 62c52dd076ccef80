"""analyse() pauses Python's cycle collector while it runs and always leaves it as it was."""

import gc

import pytest

from journeymapper.analysis import analyse, summary
from test_analysis_builder import MapBuilder


def small_map():
    m = MapBuilder()
    m.tp("a")
    m.out("b")
    m.arrow("a", "b")
    return m.doc


@pytest.fixture
def collector_restored():
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


def test_the_collector_is_on_again_after_an_analysis_even_one_that_fails(
        collector_restored, monkeypatch):
    gc.enable()
    seen = []
    real = summary._analyse

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(summary, "_analyse", spy)
    assert analyse(small_map()).paths.total == 1
    assert seen == [False] and gc.isenabled()

    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(summary, "_analyse", broken)
    with pytest.raises(RuntimeError):
        analyse(small_map())
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_program_stays_off(collector_restored):
    gc.disable()
    analyse(small_map())
    assert not gc.isenabled()
