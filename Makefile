# Précis: the README's two commands are `make run` and `make test`.
# Every target installs the Debian packages it needs when they are missing (printing what it installs).

SWIFT       ?= swift
PREFIX      ?= /usr/local
PYTHON      ?= python3
SHARED      ?= ../shared
DEBUG_BIN   := .build/debug/precis
RELEASE_BIN := .build/release/precis
OUT         ?= out
FUZZ_SECONDS ?= 600
APT_PACKAGES := libicu-dev libstemmer-dev pkg-config

.PHONY: all deps build release run test evaluate evaluate-segmentation evaluate-segmentation-peers \
        bench lint format install uninstall fuzz clean tune \
        test-spark bench-spark

all: build

## deps: install the system libraries (ICU, Snowball) when missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "precis: installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build --product precis

release: deps
	$(SWIFT) build -c release --product precis

## run: the main job on the bundled example batch (Examples/): summaries and sentences, in out/
run: build
	@mkdir -p $(OUT)
	$(DEBUG_BIN) summarize Examples/articles.jsonl --output $(OUT)/summaries.jsonl --html $(OUT)/summaries.html
	$(DEBUG_BIN) summarize Examples/articles.jsonl --format markdown --output $(OUT)/summaries.md
	$(DEBUG_BIN) segment Examples/articles.jsonl --output $(OUT)/sentences.jsonl
	@echo "precis: $$(wc -l < $(OUT)/summaries.jsonl) articles summarized: $(OUT)/summaries.{jsonl,md,html};" \
	  "sentences in $(OUT)/sentences.jsonl"
	@cat $(OUT)/summaries.md

## test: unit, golden and end-to-end tests, the evaluation scripts' tests, and the segmentation gate
test: deps
	$(SWIFT) build --product precis
	$(SWIFT) test
	$(PYTHON) -m unittest Evaluation/segmentation/test_evaluate.py
	$(MAKE) --no-print-directory evaluate-segmentation PRECIS_BIN=$(DEBUG_BIN)

## test-spark: the scale-out paths (Spark local[2] via PySpark in .venv-spark, a simulated Slurm array)
## must give the bytes of a single run, on 2,000 OrangeSum articles; skips clearly without java or ../shared
test-spark: release
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "precis: installing Debian package: python3-venv"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv; }
	PRECIS_BIN=$(RELEASE_BIN) PRECIS_SHARED=$(SHARED) $(PYTHON) -m unittest -v scaleout/spark/test_spark.py

## bench-spark: articles/s of one precis process and of Spark local[1]/local[2] on the same
## BENCH_ARTICLES OrangeSum articles (default 6,000), and the Spark path's overhead
BENCH_ARTICLES ?= 6000
bench-spark: release
	$(PYTHON) scaleout/spark/bench.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization \
	  --articles $(BENCH_ARTICLES)

## evaluate: every quality gate against Evaluation/ thresholds (skips clearly without ../shared)
evaluate: evaluate-segmentation

PRECIS_BIN ?= $(RELEASE_BIN)
evaluate-segmentation: deps
	@if [ "$(PRECIS_BIN)" = "$(RELEASE_BIN)" ]; then $(SWIFT) build -c release --product precis; fi
	$(PYTHON) Evaluation/segmentation/evaluate.py --precis $(PRECIS_BIN) --data $(SHARED)/data/segmentation --gate --no-speed

## evaluate-segmentation-peers: Précis side by side with pySBD, Moses, Punkt, syntok, spaCy and raw ICU
## (installs them from PyPI into .venv-eval; large, not run in CI); writes Evaluation/segmentation/report.md
evaluate-segmentation-peers: release
	$(PYTHON) Evaluation/segmentation/evaluate.py --precis $(RELEASE_BIN) --data $(SHARED)/data/segmentation --peers

## bench: release build; MB/s of Précis and ICU's raw iterator on a 20 MB French corpus, and of the
## peers in the same run once `make evaluate-segmentation-peers` has installed them
bench: release
	$(PYTHON) Evaluation/segmentation/evaluate.py --precis $(RELEASE_BIN) --data $(SHARED)/data/segmentation --speed \
	  $$( [ -x .venv-eval/bin/python ] && echo --peers || echo --only icu ) --report-dir .build/eval
	@[ -x .venv-eval/bin/python ] || echo "precis: peers' speed: run 'make evaluate-segmentation-peers' once to install them"

## tune: learn the summarizer's weights on OrangeSum train (writes Lexicons/fr/summary-weights.tsv)
tune: release
	$(PYTHON) Evaluation/summarization/tune.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization

## lint: swift-format (bundled with Swift) in lint mode, strict
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

## install: the binary and the Lexicons under $(PREFIX)
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/precis
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/precis
	rm -rf $(DESTDIR)$(PREFIX)/share/precis/Lexicons
	cp -R Lexicons $(DESTDIR)$(PREFIX)/share/precis/Lexicons

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/precis
	rm -rf $(DESTDIR)$(PREFIX)/share/precis

## fuzz: libFuzzer on the segmenter for FUZZ_SECONDS (default 600), corpus in .build/fuzz-corpus
fuzz: deps
	$(SWIFT) build -c release --product precis-fuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DPRECIS_FUZZ
	@mkdir -p .build/fuzz-corpus
	@cp -n Examples/articles/*.txt .build/fuzz-corpus/ 2>/dev/null || true
	PRECIS_LEXICONS=$(CURDIR)/Lexicons .build-fuzz/release/precis-fuzz .build/fuzz-corpus \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048

clean:
	rm -rf .build .build-fuzz $(OUT)
