# newsdesk: articles in $(SEEDS) → Parquet tables in $(OUT)/dataset → report in $(OUT)/report.
SEEDS   ?= seeds
OUT     ?= out
CORPORA ?= ../shared/corpora
GO      ?= go
NEWSDESK = $(GO) run -trimpath ./cmd/newsdesk

.PHONY: all dataset report test verify eval bench fmt

all: dataset report

dataset:
	$(NEWSDESK) build -seeds $(SEEDS) -out $(OUT)

# The report reads $(OUT)/dataset; the build is re-run first (it is quick and
# its outputs are byte-identical when nothing changed), so it is never stale.
report: dataset
	$(NEWSDESK) report -out $(OUT)

test:
	$(GO) vet ./...
	$(GO) test -shuffle=on ./...

verify:
	$(NEWSDESK) verify -seeds $(SEEDS) -out $(OUT)

eval:
	$(NEWSDESK) eval -corpora $(CORPORA)

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

fmt:
	gofmt -l -w .
	$(GO) mod tidy
