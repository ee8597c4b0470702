"""The layering rule: ``app/core`` never imports PySide6 (napari's habit, as a plain test).

The whole rule (cli > ui > services > player > core, core Qt-free, no cycles) is written as
import-linter contracts in ``pyproject.toml`` and checked by ``lint-imports`` in
``tests/run.sh``. Those read the import statements; the last test here also *runs* them,
so that an import made some other way (``importlib``, a plugin) cannot load Qt into core
unseen.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "app" / "core"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_modules_never_import_qt() -> None:
    offenders = {
        path.name: sorted(n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6"))
        for path in CORE.glob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_only_imports_core_and_stdlib_and_yaml() -> None:
    allowed_roots = set(sys.stdlib_module_names) | {"yaml", "app"}
    for path in CORE.glob("*.py"):
        for name in _imports(path):
            assert name.split(".")[0] in allowed_roots, f"{path.name} imports {name}"
            if name.startswith("app."):
                assert name.startswith("app.core"), f"{path.name} imports {name} (a higher layer)"


def test_importing_the_whole_core_loads_no_qt() -> None:
    """The import test above reads source; this one runs it, catching indirect imports."""
    modules = ", ".join(f"app.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        f"import importlib, sys\n"
        f"for m in '{modules}'.split(', '): importlib.import_module(m)\n"
        f"print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_only_the_ui_uses_widgets() -> None:
    """Services, the session host and the player are QtCore-level (QtMultimedia, QtDBus,
    QtNetwork are fine): a palette, a tray icon or a message box belongs in app/ui.
    (import-linter cannot forbid a subpackage of PySide6, so this reads the imports.)"""
    app = CORE.parent
    below_ui = [*(app / "services").glob("*.py"), app / "session_host.py", app / "player.py"]
    widgets = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtSvg")
    offenders = {
        path.name: sorted(n for n in _imports(path) if n.startswith(widgets)) for path in below_ui
    }
    assert {name: found for name, found in offenders.items() if found} == {}
