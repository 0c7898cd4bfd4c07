"""The package list and one build check; everything else is in pyproject.toml.

setuptools' package finder sees only folders under ``pos_app/``; the top-level ``receipts/`` and
``resources/`` folders are installed as ``pos_app.receipts`` and ``pos_app.resources`` (the
``package-dir`` mapping in pyproject.toml), so they are added here by name, with the two folders of
``resources/`` that are shipped (``screenshots/`` is not).
"""

from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

DATA_PACKAGES = ["pos_app.receipts", "pos_app.receipts.sk", "pos_app.resources", "pos_app.resources.styles", "pos_app.resources.translations"]
TRANSLATIONS = Path(__file__).parent / "resources" / "translations"


class BuildPyWithTranslations(build_py):
    """A wheel without the compiled translations would start in English only: refuse to build one.

    An editable install reads the folder itself, so it is built before the ``.qm`` files (make builds
    them with the ``pyside6-lrelease`` that install brings)."""

    def run(self):
        if not getattr(self, "editable_mode", False):
            missing = [ts.name for ts in sorted(TRANSLATIONS.glob("*.ts")) if not ts.with_suffix(".qm").is_file()]
            if missing:
                raise SystemExit(f"compile the translations first (make translations): {', '.join(missing)}")
        super().run()


setup(
    packages=find_packages(include=["pos_app", "pos_app.*"]) + DATA_PACKAGES,
    cmdclass={"build_py": BuildPyWithTranslations},
)
