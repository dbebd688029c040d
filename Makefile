# newsdesk: articles in $(SEEDS) → Parquet tables in $(OUT)/dataset → report in $(OUT)/report.
SEEDS   ?= seeds
OUT     ?= out
CORPORA ?= ../shared/corpora
GO      ?= go
NEWSDESK = $(GO) run -trimpath ./cmd/newsdesk
# The chart pages ship this ECharts script, pinned by report/charts/package-lock.json
# and checked by sha256; npm installs it from the registry, never a CDN at view time.
ECHARTS  = report/charts/node_modules/echarts/dist/echarts.min.js

.PHONY: all dataset report test verify eval bench fmt

all: dataset report

dataset:
	$(NEWSDESK) build -seeds $(SEEDS) -out $(OUT)

# The report reads $(OUT)/dataset; the build is re-run first (it is quick and
# its outputs are byte-identical when nothing changed), so it is never stale.
report: dataset $(ECHARTS)
	$(NEWSDESK) report -out $(OUT)

$(ECHARTS): report/charts/package.json report/charts/package-lock.json
	npm ci --prefix report/charts --no-audit --no-fund
	touch $@

test: $(ECHARTS)
	$(GO) vet ./...
	$(GO) test -shuffle=on ./...

verify:
	$(NEWSDESK) verify -seeds $(SEEDS) -out $(OUT)

# Extraction quality on the annotated corpora; skips with a message when absent.
eval:
	$(NEWSDESK) eval -corpora $(CORPORA)
	@if [ -d "$(CORPORA)" ]; then \
	  $(GO) test ./dataset/clean ./dataset/lang ./dataset/meta ./dataset/segment -count=1 -run Corpus -v \
	    -args -corpora "$(abspath $(CORPORA))" | grep -v '^=== RUN'; fi

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -l -w .
	$(GO) mod tidy
