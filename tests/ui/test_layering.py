"""The screens call only the till layer: nothing in ``pos_app/ui`` imports the store, sales, sync,
printing or the hub (``pos_app.loyalty`` is allowed for pure formatting, ``pos_app.data_files`` for
the style sheet and translations, ``pos_app.config`` for the launcher)."""

from __future__ import annotations

import ast
from pathlib import Path

import pos_app.ui

FORBIDDEN = ("pos_app.store", "pos_app.sales", "pos_app.sync", "pos_app.printing", "pos_app.hub")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_the_screens_import_only_the_till_layer():
    ui = Path(pos_app.ui.__file__).parent
    found = [f"{path.relative_to(ui)}: {name}" for path in sorted(ui.rglob("*.py")) for name in _imports(path)
             if name.startswith(FORBIDDEN)]
    assert found == []


def test_the_walk_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from pos_app.sales import finish_sale\n")
    assert _imports(bad) == ["pos_app.sales"]
