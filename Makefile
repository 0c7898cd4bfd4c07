PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
UI_SOURCES := $(shell find pos_app/ui -name '*.py' | sort)

.PHONY: run test bench venv clean postgres translations translations-update screenshots package package-test \
	package-windows package-windows-test

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --upgrade pip

$(STAMP): $(PY) pyproject.toml setup.py
	$(PY) -m pip install -e '.[test]'
	touch $(STAMP)

venv: $(STAMP) $(QM)

# Qt translations: .ts sources are committed, .qm files are built here.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(TS)

screenshots: venv
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pos_app.ui.screenshots resources/screenshots

run: venv
	@bash scripts/ensure_qt_desktop.sh $(PY)
	$(VENV)/bin/pos-till

postgres:
	@bash scripts/ensure_postgres.sh

test: venv postgres
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(PY) -m pytest $(PYTEST_ARGS)

bench: venv
	$(PY) -m benchmarks

# Packaging (not part of `make test`): PyInstaller one-folder build, then a Debian package.
PACKAGE_STAMP := $(VENV)/.package-installed

$(PACKAGE_STAMP): $(STAMP) pyproject.toml setup.py
	$(PY) -m pip install -e '.[package]'
	touch $(PACKAGE_STAMP)

package: venv $(PACKAGE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller pos.spec
	$(PY) packaging/build_deb.py

package-test: package
	$(PY) packaging/package_test.py

# Windows installer, built on Linux (packaging/windows/): embeddable CPython + win_amd64 wheels from PyPI
# (hashes pinned), wrapped by Debian's makensis; the smoke test installs, self-checks, upgrades and
# uninstalls it under wine in a throwaway WINEPREFIX. scripts/ensure_wine.sh installs wine and nsis.
package-windows: venv
	@bash scripts/ensure_wine.sh
	$(PY) packaging/windows/build_installer.py

package-windows-test: package-windows
	$(PY) packaging/windows/smoke_test.py

clean:
	rm -rf $(VENV) build dist *.egg-info
