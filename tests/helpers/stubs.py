"""Test doubles (qutebrowser keeps its fakes in one place; so do we)."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock that moves only when a test says so.

    ``boot=True`` adds a boot clock, as on Linux (``CLOCK_BOOTTIME``): it runs on while the
    computer is suspended (``suspend``) and the monotonic one stands still. Without it the
    clock is like Windows' (or any plain one): a suspend can only show as time passing.
    """

    def __init__(self, start_ms: float = 1_000.0, boot: bool = False) -> None:
        self.now = start_ms
        self.boot: float | None = start_ms if boot else None

    def now_ms(self) -> float:
        return self.now

    def suspended_ms(self) -> float | None:
        return None if self.boot is None else self.boot - self.now

    def advance(self, ms: float) -> None:
        """Time passes with the computer awake (or the process held up)."""
        assert ms >= 0, "a monotonic clock never goes back"
        self.now += ms
        if self.boot is not None:
            self.boot += ms

    def suspend(self, ms: float) -> None:
        """The computer sleeps ``ms``: only the boot clock moves."""
        assert ms >= 0 and self.boot is not None, "suspend needs FakeClock(boot=True)"
        self.boot += ms


def run_for(player: object, clock: FakeClock, ms: float, step: float = 100) -> None:
    """Let time pass as it does in a running app: small steps, a look at each."""
    while ms > 0:
        clock.advance(min(step, ms))
        ms -= step
        player.poll()  # type: ignore[attr-defined]
