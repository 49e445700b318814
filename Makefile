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
APT_PACKAGES := libicu-dev libstemmer-dev libsimdjson-dev libxxhash-dev libcld2-dev pkg-config

.PHONY: all deps build release run test evaluate evaluate-segmentation evaluate-segmentation-peers evaluate-glossary \
        evaluate-summaries evaluate-html test-rouge bench bench-rouge bench-summaries lint format install uninstall fuzz clean tune worthiness \
        test-spark bench-spark venv-support

all: build

## deps: install the system libraries (ICU, Snowball, simdjson, xxHash) when missing
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

## run: the main job on the bundled example batch (Examples/): summaries, glossaries and the digest, in out/
run: build
	@mkdir -p $(OUT)
	$(DEBUG_BIN) summarize Examples/articles.jsonl --output $(OUT)/summaries.jsonl --html $(OUT)/summaries.html
	$(DEBUG_BIN) summarize Examples/articles.jsonl --format markdown --output $(OUT)/summaries.md
	$(DEBUG_BIN) segment Examples/articles.jsonl --output $(OUT)/sentences.jsonl
	$(DEBUG_BIN) digest Examples/articles.jsonl --output $(OUT)/digest.jsonl --brief $(OUT)/digest.md
	$(DEBUG_BIN) glossary Examples/articles.jsonl --output $(OUT)/glossary.jsonl --timings \
	  --batch-glossary $(OUT)/batch-glossary.tsv --batch-glossary $(OUT)/batch-glossary.csv \
	  --batch-glossary $(OUT)/batch-glossary.tbx --batch-glossary $(OUT)/batch-glossary.md \
	  --batch-glossary $(OUT)/batch-glossary.jsonl
	@echo "precis: glossary of $$(wc -l < $(OUT)/glossary.jsonl) articles: $(OUT)/glossary.jsonl;" \
	  "$$(wc -l < $(OUT)/batch-glossary.tsv) terms in $(OUT)/batch-glossary.{tsv,csv,tbx,md,jsonl}"
	@if [ -d $(SHARED)/examples ]; then \
	  $(DEBUG_BIN) glossary $(SHARED)/examples --output $(OUT)/glossary-shared-examples.jsonl \
	    --batch-glossary $(OUT)/glossary-shared-examples.md && \
	  echo "precis: glossary of $(SHARED)/examples: $(OUT)/glossary-shared-examples.md"; \
	else echo "precis: $(SHARED)/examples not found: its glossary skipped"; fi
	@echo "precis: $$(wc -l < $(OUT)/summaries.jsonl) articles summarized: $(OUT)/summaries.{jsonl,md,html};" \
	  "sentences in $(OUT)/sentences.jsonl; the analyst's brief in $(OUT)/digest.{jsonl,md}"
	@cat $(OUT)/digest.md

## test: unit, golden and end-to-end tests, the evaluation scripts' tests, the segmentation gate,
## and the ROUGE differential test against PyPI rouge-score
test: deps
	$(SWIFT) build --product precis
	$(SWIFT) test
	$(PYTHON) -m unittest Evaluation/segmentation/test_evaluate.py
	$(PYTHON) -m unittest discover -s Evaluation/rouge -p 'test_*.py'
	$(PYTHON) -m unittest Evaluation/glossary/test_evaluate.py
	$(DEBUG_BIN) lexicon check --quiet
	$(MAKE) --no-print-directory evaluate-segmentation PRECIS_BIN=$(DEBUG_BIN)
	$(MAKE) --no-print-directory test-rouge PRECIS_BIN=$(DEBUG_BIN)

## test-rouge: Précis' ROUGE against PyPI rouge-score 0.1.2 on 1500 lead-2 pairs, both profiles, to 1e-9
## (creates .venv-rouge on first use; skips clearly without ../shared)
test-rouge: deps
	@if [ "$(PRECIS_BIN)" = "$(RELEASE_BIN)" ]; then $(SWIFT) build -c release --product precis; fi
	$(PYTHON) Evaluation/rouge/differential.py --precis $(PRECIS_BIN) --data $(SHARED)/data/summarization

## test-spark: the scale-out paths (Spark local[2] via PySpark in .venv-spark, a simulated Slurm array)
## must give the bytes of a single run, on 2,000 OrangeSum articles; skips clearly without java or ../shared
test-spark: release venv-support
	PRECIS_BIN=$(RELEASE_BIN) PRECIS_SHARED=$(SHARED) $(PYTHON) -m unittest -v scaleout/spark/test_spark.py

## venv-support: Python's venv module (Debian's python3-venv), for the targets that install from PyPI
venv-support:
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || { echo "precis: installing Debian package: python3-venv"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq python3-venv; }

## bench-spark: articles/s of one precis process and of Spark local[1]/local[2] on the same
## BENCH_ARTICLES OrangeSum articles (default 6,000), and the Spark path's overhead
BENCH_ARTICLES ?= 6000
bench-spark: release
	$(PYTHON) scaleout/spark/bench.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization \
	  --articles $(BENCH_ARTICLES)

## evaluate: every quality gate against Evaluation/ thresholds (skips clearly without ../shared)
evaluate: evaluate-segmentation evaluate-summaries evaluate-html evaluate-glossary

PRECIS_BIN ?= $(RELEASE_BIN)
## evaluate-segmentation: Précis (gated by Evaluation/segmentation/thresholds.tsv) and raw ICU on the UD gold of
## ../shared (skipped clearly without it) and on the hand-annotated news pages Evaluation/segmentation/news-gold.jsonl
evaluate-segmentation: deps
	@if [ "$(PRECIS_BIN)" = "$(RELEASE_BIN)" ]; then $(SWIFT) build -c release --product precis; fi
	$(PYTHON) Evaluation/segmentation/evaluate.py --precis $(PRECIS_BIN) --data $(SHARED)/data/segmentation --gate --no-speed --icu

## evaluate-summaries: Précis' summaries (and lead-2 as the baseline) on orangesum-valid, ROUGE in both profiles,
## gated by Evaluation/summarization/thresholds.tsv and checked against baseline.tsv; reports in .build/eval
evaluate-summaries: deps
	@if [ "$(PRECIS_BIN)" = "$(RELEASE_BIN)" ]; then $(SWIFT) build -c release --product precis; fi
	$(PYTHON) Evaluation/summarization/evaluate.py --precis $(PRECIS_BIN) --data $(SHARED)/data/summarization --gate

## evaluate-html: the ROUGE HTML report rendered by headless Chromium (installed when missing),
## screenshot checked to be a real rendering; PNG in .build/eval
evaluate-html: evaluate-summaries
	@command -v chromium >/dev/null 2>&1 || { echo "precis: installing Debian package: chromium"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium \
	  || echo "precis: could not install chromium"; }
	$(PYTHON) Evaluation/rouge/check_html.py --precis $(PRECIS_BIN) --report-dir .build/eval

## evaluate-glossary: term recall, precision and rendering accuracy on the dev gold Evaluation/glossary/gold.jsonl
## (orangesum-valid articles; skipped clearly without ../shared) and the held-out test golds outlets-gold.jsonl,
## outlets-gold-2.jsonl and outlets-gold-3.jsonl (pages of Evaluation/summarization/outlets/articles.jsonl), each gated by
## Evaluation/glossary/thresholds.tsv
evaluate-glossary: deps
	@if [ "$(PRECIS_BIN)" = "$(RELEASE_BIN)" ]; then $(SWIFT) build -c release --product precis; fi
	$(PYTHON) Evaluation/glossary/evaluate.py --precis $(PRECIS_BIN) --data $(SHARED)/data/summarization \
	  --test-gold Evaluation/glossary/outlets-gold.jsonl --test-articles Evaluation/summarization/outlets/articles.jsonl --gate

## evaluate-segmentation-peers: Précis side by side with pySBD, Moses, Punkt, syntok, spaCy and raw ICU
## (installs them from PyPI into .venv-eval; large, not run in CI); writes Evaluation/segmentation/report.md
evaluate-segmentation-peers: release
	$(PYTHON) Evaluation/segmentation/evaluate.py --precis $(RELEASE_BIN) --data $(SHARED)/data/segmentation --peers

## bench: release build; MB/s of Précis and ICU's raw iterator on a 20 MB French corpus, and of the
## peers in the same run once `make evaluate-segmentation-peers` has installed them; glossary matching
## MB/s and lexicon load/compile ms next to flashtext (installed into .venv-glossary) on 20 MB of OrangeSum;
## summarize articles/s and peak memory next to sumy on the same articles; ROUGE pairs/s next to rouge-score
bench: release
	$(PYTHON) Evaluation/segmentation/evaluate.py --precis $(RELEASE_BIN) --data $(SHARED)/data/segmentation --speed \
	  $$( [ -x .venv-eval/bin/python ] && echo --peers || echo --only icu ) --report-dir .build/eval
	@[ -x .venv-eval/bin/python ] || echo "precis: peers' speed: run 'make evaluate-segmentation-peers' once to install them"
	$(PYTHON) Evaluation/glossary/bench.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization
	$(MAKE) --no-print-directory bench-summaries
	$(MAKE) --no-print-directory bench-rouge

## bench-summaries: articles/s and peak memory of precis summarize on 20,000 OrangeSum articles, and
## sumy's summarizers (installed into .venv-sumy) on the first of the same articles, same run
bench-summaries: release
	$(PYTHON) Evaluation/summarization/bench.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization

## bench-rouge: ROUGE pairs/s of Précis and of PyPI rouge-score on the same 1500 pairs, same run
bench-rouge: release
	$(PYTHON) Evaluation/rouge/benchmark.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization

## worthiness: count the summary-worthiness of stems on OrangeSum train (writes Lexicons/fr/summary-worthiness.tsv)
worthiness: release
	$(PYTHON) Evaluation/summarization/worthiness.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization

## tune: learn the summarizer's weights on OrangeSum train (writes Lexicons/fr/summary-weights.tsv);
## NumPy comes from the system Python or, when it lacks it, from .venv-tune (installed and printed)
TUNE_PYTHON = $$($(PYTHON) -c 'import numpy' 2>/dev/null && echo $(PYTHON) || echo .venv-tune/bin/python)
tune: release venv-support
	@$(PYTHON) -c 'import numpy' 2>/dev/null || [ -x .venv-tune/bin/python ] || { \
	  echo "precis: installing NumPy 2.2.6 into .venv-tune for make tune"; \
	  $(PYTHON) -m venv .venv-tune && .venv-tune/bin/pip install -q numpy==2.2.6; }
	$(TUNE_PYTHON) Evaluation/summarization/tune.py --precis $(RELEASE_BIN) --data $(SHARED)/data/summarization

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

## fuzz: libFuzzer on the reader, segmenter, tokenizer, summarizer and glossary for FUZZ_SECONDS (default 600), corpus in .build/fuzz-corpus
fuzz: deps
	$(SWIFT) build -c release --product precis-fuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DPRECIS_FUZZ
	@mkdir -p .build/fuzz-corpus
	@cp -n Examples/articles/*.txt .build/fuzz-corpus/ 2>/dev/null || true
	PRECIS_LEXICONS=$(CURDIR)/Lexicons .build-fuzz/release/precis-fuzz .build/fuzz-corpus \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048

clean:
	rm -rf .build .build-fuzz $(OUT)
