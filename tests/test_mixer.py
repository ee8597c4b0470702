"""The earcon mixer: exact sums, cut tails, and the channel spread."""

from __future__ import annotations

from array import array

from app.core.mixer import Mixer, spread


def samples(*values: int) -> array[int]:
    return array("h", values)


def test_one_sound_is_handed_out_in_pieces_and_then_nothing() -> None:
    mixer = Mixer()
    mixer.start("a", samples(1, 2, 3, 4, 5))
    assert mixer.take(2) == samples(1, 2)
    assert mixer.take(2) == samples(3, 4)
    assert mixer.take(2) == samples(5)  # shorter: the sound ended
    assert not mixer.active
    assert mixer.take(2) == samples()


def test_overlapping_sounds_add_up_and_clip() -> None:
    mixer = Mixer()
    mixer.start("a", samples(10, 20, 30_000, 30_000))
    assert mixer.take(1) == samples(10)
    mixer.start("b", samples(1, 30_000, -5))
    # 20 + 1; 30 000 + 30 000 clipped; 30 000 - 5
    assert mixer.take(4) == samples(21, 32_767, 29_995)


def test_a_sound_started_again_cuts_its_own_tail() -> None:
    mixer = Mixer()
    mixer.start("in", samples(5, 5, 5, 5))
    mixer.take(2)
    mixer.start("in", samples(7, 7))
    assert mixer.take(4) == samples(7, 7)


def test_a_third_sound_cuts_the_oldest() -> None:
    mixer = Mixer(voices=2)
    mixer.start("a", samples(1, 1, 1))
    mixer.start("b", samples(10, 10, 10))
    mixer.start("c", samples(100, 100, 100))
    assert mixer.take(3) == samples(110, 110, 110)


def test_a_longer_second_sound_keeps_its_end() -> None:
    mixer = Mixer()
    mixer.start("short", samples(1))
    mixer.start("long", samples(2, 3, 4))
    assert mixer.take(5) == samples(3, 3, 4)


def test_stereo_frames_carry_both_channels() -> None:
    assert spread(samples(1, 2, 3), 2) == samples(1, 1, 2, 2, 3, 3)
    mixer = Mixer(channels=2)
    mixer.start("a", spread(samples(1, 2, 3), 2))
    assert mixer.take(2) == samples(1, 1, 2, 2)
    mixer.clear()
    assert not mixer.active
