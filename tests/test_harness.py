"""The test harness itself: its guards must really fail the tests they guard against."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
CONFTEST = Path(__file__).with_name("conftest.py").read_text(encoding="utf-8")


@pytest.mark.slow  # pytest in a subprocess: about 4 s here
def test_a_test_leaving_a_timer_running_fails(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        test_inner="""
        from PySide6.QtCore import QTimer

        def test_forgets_its_timer(qtbot):
            timer = QTimer()
            timer.setObjectName("forgotten")
            timer.start(10_000)
            test_forgets_its_timer.keep = timer

        def test_stops_its_timer(qtbot):
            timer = QTimer()
            timer.start(10_000)
            timer.stop()
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)  # the call passes; its teardown errors
    result.stdout.fnmatch_lines(["*left 1 QTimer(s) running: forgotten*"])


@pytest.mark.slow  # pytest in a subprocess: about 3 s here
def test_qt_warnings_fail_a_test(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makeini(
        """
        [pytest]
        qt_api = pyside6
        qt_log_level_fail = WARNING
        """
    )
    pytester.makepyfile(
        test_inner="""
        from PySide6.QtCore import qWarning

        def test_warns(qtbot):
            qWarning("something is off")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)


def test_a_real_time_proof_is_excused_only_by_a_busy_host(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.helpers import host

    readings = iter([[0] * 8, [90, 0, 0, 0, 0, 0, 0, 10]])  # 10 % stolen in between
    monkeypatch.setattr(host, "cpu_times", lambda: next(readings))
    with pytest.raises(pytest.skip.Exception, match=r"10\.0 %"), host.excused_by_a_busy_host():
        raise AssertionError("a cue 140 ms late")
    readings = iter([[0] * 8, [100, 0, 0, 0, 0, 0, 0, 0]])  # a quiet host: the app's fault
    with pytest.raises(AssertionError), host.excused_by_a_busy_host():
        raise AssertionError("a cue 140 ms late")
