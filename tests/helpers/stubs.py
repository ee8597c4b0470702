"""Test doubles (qutebrowser keeps its fakes in one place; so do we)."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, start_ms: float = 1_000.0) -> None:
        self.now = start_ms

    def now_ms(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        assert ms >= 0, "a monotonic clock never goes back"
        self.now += ms


def run_for(player: object, clock: FakeClock, ms: float, step: float = 100) -> None:
    """Let time pass as it does in a running app: small steps, a look at each."""
    while ms > 0:
        clock.advance(min(step, ms))
        ms -= step
        player.poll()  # type: ignore[attr-defined]
