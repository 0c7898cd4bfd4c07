"""Where the till's data files are: receipt templates, the style sheet, the compiled translations.

The repository keeps them in the top-level ``receipts/`` and ``resources/`` folders; ``pyproject.toml``
installs those folders as the packages ``pos_app.receipts`` and ``pos_app.resources`` (a setuptools
``package-dir`` mapping), so a wheel, an editable install (``pip install -e``, which maps them back to
the repository's folders) and the PyInstaller bundle (``pos.spec`` puts them under ``pos_app/``) all find
them with :func:`importlib.resources.files`. Nothing else in the app looks for these files by path.

The callers need real folders (templates are looked up by name in ``templates_dir``, the style sheet
refers to its images by folder, Qt loads ``.qm`` files by path). Every install above keeps the files
on disk, so these are plain :class:`~pathlib.Path` objects; should the package ever be imported from a
zip archive, the folder is copied out once per process and removed at exit.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

RECEIPTS = "pos_app.receipts"
RESOURCES = "pos_app.resources"


def receipts_dir() -> Path:
    """The folder of the receipt templates shipped with the app (``sale.txt``, ``return.txt``, ...)."""
    return _on_disk(RECEIPTS)


def styles_dir() -> Path:
    """The folder of ``till.qss`` and the images it refers to as ``url(@STYLES@/...)``."""
    return _on_disk(RESOURCES) / "styles"


def style_sheet() -> Path:
    return styles_dir() / "till.qss"


def translations_dir() -> Path:
    """The folder of the compiled translations ``till_<lang>.qm`` (in a checkout also the ``.ts`` sources)."""
    return _on_disk(RESOURCES) / "translations"


@cache
def _on_disk(package: str) -> Path:
    root = files(package)
    if isinstance(root, Path):
        return root
    copy = Path(tempfile.mkdtemp(prefix=f"{package}-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    _copy_tree(root, copy)
    return copy


def _copy_tree(source: Traversable, target: Path) -> None:
    for item in source.iterdir():
        if item.is_dir():
            (target / item.name).mkdir()
            _copy_tree(item, target / item.name)
        elif item.is_file():
            (target / item.name).write_bytes(item.read_bytes())
