// Command newsdesk turns a folder of news articles about one story into a
// reproducible dataset of Parquet tables, and the dataset into a report
// for editors.
//
//	newsdesk build  -seeds seeds -out out   # articles → out/dataset
//	newsdesk report -out out                # out/dataset → out/report
//	newsdesk verify -seeds seeds -out out   # rebuild and compare hashes
//	newsdesk eval   -corpora ../shared/corpora
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"newsdesk/dataset/build"
)

// command is one subcommand: its name, a one-line summary and how to run it.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string) error
}

// commands is every subcommand, in the order `newsdesk help` lists them.
var commands = []command{
	{"build", "build the dataset: articles in -seeds → Parquet tables in -out/dataset", runBuild},
	{"report", "render the report: -out/dataset → workbook and charts in -out/report", runReport},
	{"verify", "rebuild into a temporary folder and compare every hash with manifest.json", runVerify},
	{"eval", "measure extraction quality on the annotated corpora in -corpora", runEval},
}

// usageError is a mistake on the command line: main prints the usage.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:]))
}

func run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage()
		return 2
	}
	for _, c := range commands {
		if c.name == args[0] {
			return exitCode(c.run(ctx, args[1:]))
		}
	}
	fmt.Fprintf(os.Stderr, "newsdesk: unknown command %q\n", args[0])
	usage()
	return 2
}

func exitCode(err error) int {
	var rej *build.RejectedError
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 2
	case errors.As(err, &ue):
		fmt.Fprintf(os.Stderr, "newsdesk: %v\n", err)
		return 2
	case errors.As(err, &rej):
		fmt.Fprintf(os.Stderr, "newsdesk: %v\nTry: fix or remove the files above and build again.\n", err)
		return 1
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(os.Stderr, "newsdesk: interrupted; the previous outputs are untouched")
		return 130
	default:
		fmt.Fprintf(os.Stderr, "newsdesk: %v\n", err)
		return 1
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: newsdesk <command> [flags]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(os.Stderr, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(os.Stderr, "\nRun newsdesk <command> -h for its flags.")
}

// parse parses a subcommand's flags; a bad flag is a usage error (exit 2).
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

// flags returns a FlagSet for a subcommand that reports errors rather than
// exiting.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("newsdesk "+name, flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	return fs
}
