package main

import (
	"context"
	"errors"
)

// runReport renders the report. PLACEHOLDER until the report lands.
func runReport(ctx context.Context, args []string) error {
	return errors.New("report: not built yet")
}
