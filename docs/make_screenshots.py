"""Regenerate docs/screenshots/*.png from the real windows.

Run under a virtual display:

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    import os

    with tempfile.TemporaryDirectory() as home:
        for kind in ("DATA", "CONFIG", "CACHE"):
            os.environ[f"BREATHING_ROOM_{kind}_DIR"] = str(Path(home) / kind.lower())
        from PySide6.QtWidgets import QApplication

        from app.bundle import catalogue_path
        from app.core.files import load_bundled
        from app.services import i18n, paths
        from app.ui.main_window import MainWindow

        app = QApplication(sys.argv)
        paths.set_identity()
        from app.services.history import set_check_ins

        set_check_ins(False)  # the pain check-in would stand before every session shown
        catalogue = load_bundled(catalogue_path()).catalogue
        assert catalogue is not None
        OUT.mkdir(exist_ok=True)
        from app.ui import appearance

        for lang in ("en", "nl"):
            for scheme in ("light", "dark"):
                i18n.install(lang)
                appearance.apply(appearance.Appearance(scheme))
                window = MainWindow(catalogue, lang)
                window.resize(1280, 720)
                window.show()
                window.load_program("ch4-phase-1")
                window.browser.select("bridge-breathing")
                app.processEvents()
                suffix = "" if scheme == "light" else "-dark"
                window.grab().save(str(OUT / f"main-window-{lang}{suffix}.png"))
                window.close()
        appearance.apply(appearance.Appearance("light", high_contrast=True))
        window = MainWindow(catalogue, "en")
        window.resize(1280, 720)
        window.show()
        window.browser.select("childs-pose")
        app.processEvents()
        window.grab().save(str(OUT / "main-window-high-contrast.png"))
        window.close()
        appearance.apply(appearance.Appearance("light"))
        i18n.install("en")
        shoot_search(app, catalogue)
        shoot_session(app, catalogue)
        shoot_preferences(app, catalogue)
        shoot_pacer(app, catalogue)
        shoot_storage_problem(app, catalogue)
    return 0


class StillClock:
    """A clock set by hand, so a screenshot shows an exact moment of the breath."""

    now = 0.0

    def now_ms(self) -> float:
        return self.now

    def suspended_ms(self) -> float | None:
        return None


def shoot_search(app: object, catalogue: object) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, "en")  # type: ignore[arg-type]
    window.resize(1280, 720)
    window.show()
    window.browser.search.setText("twist")
    window.browser.position.setCurrentIndex(window.browser.position.findText("Lying on your back"))
    app.processEvents()  # type: ignore[attr-defined]
    window.grab().save(str(OUT / "browser-search.png"))
    window.close()


def shoot_session(app: object, catalogue: object) -> None:
    """The guided player in the middle of "Chapter 4 · Phase 1", window and focus mode."""
    from app.core.playback import Level
    from app.ui.main_window import MainWindow

    for name, focus in (("session-player", False), ("session-focus-mode", True)):
        clock = StillClock()
        window = MainWindow(catalogue, "en", clock=clock)  # type: ignore[arg-type]
        window.resize(1280, 720)
        window.show()
        window.load_program("ch4-phase-1")
        window.start_session()
        for _ in range(2):  # on to the third exercise
            window.player.next(Level.EXERCISE)
        from app.core.timeline import Kind
        from app.player import State

        for _ in range(2_000):  # past its instructions (and "wait for me"), into a breath in
            frame = window.player.current_frame()
            if frame is not None and frame.segment.kind is Kind.INHALE and frame.fraction > 0.6:
                break
            if window.player.state is State.WAITING:
                window.player.ready()
            clock.now += 100
            window.player.poll()
        # This machine has no desktop bus or sound server; a desktop has. The notice that
        # says so is tested elsewhere; the README shows the session as people see it.
        app.processEvents()  # type: ignore[attr-defined]  # let the deferred notices arrive
        window.session_view.set_notice("")
        window.statusBar().clearMessage()
        if focus:
            window.focus_action.setChecked(True)
            window.toggle_focus_mode()
        app.processEvents()  # type: ignore[attr-defined]
        window.grab().save(str(OUT / f"{name}.png"))
        window.player.stop()
        window.close()


def shoot_preferences(app: object, catalogue: object) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, "en")  # type: ignore[arg-type]
    window.resize(1280, 720)
    window.show()
    dialog = window.show_preferences()
    window.guidance.sound.load()  # on this machine: no sound server, and the dialog says so
    dialog.refresh_status()
    app.processEvents()  # type: ignore[attr-defined]
    dialog.grab().save(str(OUT / "preferences.png"))
    dialog.close()
    window.close()


def shoot_pacer(app: object, catalogue: object) -> None:
    from app.core.requests import Request
    from app.player import Player
    from app.services import i18n
    from app.ui.pacer_window import PacerWindow

    # (file, language, preset, ms after the start, reduced motion)
    shots = [
        ("pacer-exhale", "en", "bridge", 3_000 + 15_000 + 5_000 + 2_500, False),
        ("pacer-hold", "en", "four-seven-eight", 3_000 + 4_000 + 3_000, False),
        ("pacer-inhale-nl", "nl", "resonance", 3_000 + 11_000 + 2_000, False),
        ("pacer-reduced-motion", "en", "box", 3_000 + 16_000 + 2_000, True),
    ]
    for name, lang, preset, at_ms, reduced in shots:
        i18n.install(lang)  # type: ignore[arg-type]
        clock = StillClock()
        window = PacerWindow(catalogue, lang, Player(clock))  # type: ignore[arg-type]
        window.reduce_motion.setChecked(reduced)
        window.resize(760, 720)
        window.show()
        window.choose(Request(preset=preset))
        window.start()
        for step in range(0, at_ms + 1, 100):  # let time pass as it does while playing
            clock.now = float(step)
            window.player.poll()
        app.processEvents()  # type: ignore[attr-defined]
        # No sound server or desktop bus here; a desktop has them (the notices are tested).
        window.clear_notices()
        app.processEvents()  # type: ignore[attr-defined]
        window.grab().save(str(OUT / f"{name}.png"))
        window.player.stop()
        window.close()


def shoot_storage_problem(app: object, catalogue: object) -> None:
    """The banner a full disk brings (said here directly: tests/test_storage_faults.py
    fills a real one)."""
    from app.services import paths, storage
    from app.ui.main_window import MainWindow

    window = MainWindow(catalogue, "en")  # type: ignore[arg-type]
    window.resize(1280, 720)
    window.show()
    app.processEvents()  # type: ignore[attr-defined]
    storage.notices.report(paths.data_dir(), "the disk is full")
    app.processEvents()  # type: ignore[attr-defined]
    window.grab().save(str(OUT / "storage-full.png"))
    window.close()
    storage.notices.clear()


if __name__ == "__main__":
    sys.exit(main())
