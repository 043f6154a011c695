# CourseDesk — the only entry point a newcomer needs.
#   make run    installs what is missing, builds, opens the app on the bundled sample course
#   make test   installs what is missing, builds, runs every test offscreen
SHELL := /bin/bash
.DEFAULT_GOAL := help

BUILD_DIR    ?= build
SAN_DIR      ?= build-sanitize
BUILD_TYPE   ?= RelWithDebInfo
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS  ?=

# Debian 12 packages (see ../shared/qt-notes.md): Qt 6.4 modules, build tools, benchmark, sanitizers.
DEB_PACKAGES := \
	build-essential cmake ninja-build pkg-config git \
	qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-networkauth-dev qt6-charts-dev \
	qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev \
	libgl1-mesa-dev libqt6opengl6-dev libbenchmark-dev clang libclang-rt-14-dev clang-format binutils \
	libqt6svg6 qt6-translations-l10n dpkg-dev file lintian desktop-file-utils appstream \
	gnome-keyring libsecret-tools dbus

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 60

SERVER_PORT  ?= 8080
DIALECT      ?= contract

.PHONY: help deps configure build run test bench sanitize fuzz server format screenshots clean package translations \
	fresh-check a11y-check

help:
	@echo "make run        install dependencies, build, open CourseDesk on the sample course"
	@echo "make test       install dependencies, build, run every test offscreen"
	@echo "make deps       install the missing Debian packages (apt)"
	@echo "make build      build into $(BUILD_DIR)/ (Ninja, $(BUILD_TYPE))"
	@echo "make package    build the .deb installer into $(BUILD_DIR)/packages/"
	@echo "make translations  refresh translations/*.ts from the code (lupdate) and list what is unfinished"
	@echo "make bench      build and run the benchmarks"
	@echo "make sanitize   build with ASan+UBSan into $(SAN_DIR)/ and run the whole suite"
	@echo "make server     run the reference server with demo data on http://127.0.0.1:$(SERVER_PORT) (DIALECT=contract|platform)"
	@echo "make fuzz       run the JSON-mapping fuzzer (clang libFuzzer) for $(FUZZ_SECONDS) s"
	@echo "make a11y-check  read the window over AT-SPI (Xvfb) and list unnamed or contradicting controls"
	@echo "make screenshots  render the README screenshots offscreen into docs/screenshots/"
	@echo "make format     clang-format every source file"
	@echo "make fresh-check  (root) make test and make run in a pristine Debian 12 root, from a clone of HEAD"

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed$$' || echo "$$p"; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		mkdir -p $(BUILD_DIR)/screenshots; \
		echo "No display found: running offscreen; the window is saved to $(BUILD_DIR)/screenshots/run.png"; \
		QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/coursedesk --sample --screenshot $(BUILD_DIR)/screenshots/run.png; \
	else \
		$(BUILD_DIR)/app/coursedesk --sample; \
	fi

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

package: build
	cmake --build $(BUILD_DIR) --target package
	@ls -1 $(BUILD_DIR)/packages/*.deb

translations: configure
	cmake --build $(BUILD_DIR) --target translations

bench: build
	@set -e; for b in $(BUILD_DIR)/tests/bench/bench_*; do if [ -f "$$b" ] && [ -x "$$b" ]; then echo "== $$b"; "$$b"; fi; done

sanitize: deps
	cmake -S . -B $(SAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOURSEDESK_SANITIZE=ON -DCOURSEDESK_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(SAN_DIR) -j $(JOBS)
	cd $(SAN_DIR) && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS)

fuzz: deps
	CXX=clang++ cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOURSEDESK_FUZZ=ON \
		-DCOURSEDESK_BENCH=OFF $(CMAKE_FLAGS)
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_JsonMapping
	mkdir -p $(FUZZ_DIR)/corpus && cp tests/fuzz/corpus/* $(FUZZ_DIR)/corpus/
	$(FUZZ_DIR)/tests/fuzz/fuzz_JsonMapping -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
		$(FUZZ_DIR)/corpus tests/fuzz/corpus

server: build
	$(BUILD_DIR)/tests/refserver/coursedesk-refserver --port $(SERVER_PORT) --seed demo --dialect $(DIALECT)

# The window as a screen reader reads it (not part of make test: it needs Xvfb and the AT-SPI bus, installed here).
a11y-check: build
	tools/a11y-check/a11y-check.sh $(BUILD_DIR)

screenshots: build
	mkdir -p docs/screenshots
	rm -rf $(BUILD_DIR)/screenshot-data
	TZ=UTC LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/coursedesk-screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/coursedesk --sample --data-dir $(BUILD_DIR)/screenshot-data --language it \
		--screenshot docs/screenshots/main-window-it.png

# The README's two commands on a pristine Debian 12 (mmdebstrap + chroot), from a clean clone of HEAD.
fresh-check:
	.ci/fresh-check

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR) $(SAN_DIR) $(FUZZ_DIR)
