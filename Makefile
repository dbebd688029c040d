# newsdesk: articles in $(SEEDS) → Parquet tables in $(OUT)/dataset → report in $(OUT)/report.
SEEDS   ?= seeds
OUT     ?= out
CORPORA ?= ../shared/corpora
GO      ?= go
NEWSDESK = $(GO) run -trimpath ./cmd/newsdesk

.PHONY: all dataset report test verify eval bench fmt

all: dataset

dataset:
	$(NEWSDESK) build -seeds $(SEEDS) -out $(OUT)

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
