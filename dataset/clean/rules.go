package clean

import (
	"embed"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	lexfile "newsdesk/dataset/lexicon"
)

// Kind says how much text a rule removes once its pattern matches a line.
type Kind int

const (
	Line   Kind = iota // the line
	Block              // the line and the following lines up to a blank line
	Tail               // the line and everything after it
	End                // the line, only when nothing but dropped or blank lines follow
	Suffix             // the matched end of the line
	// Section: a Markdown heading and everything under it, up to the next
	// heading of the same or a higher level (a block when the line is not
	// a Markdown heading).
	Section
)

// Match reports whether the trimmed line t matches the rule, as written or
// without its Markdown marks (see bare): "## Related posts" and
// "**Related posts**" match a rule written for "Related posts".
func (r Rule) Match(t string) bool {
	return r.matchBoth(t, bare(t))
}

// matchBoth matches t or its bare form b (computed once per line).
func (r Rule) matchBoth(t, b string) bool {
	return r.match(t) || (b != t && b != "" && r.match(b))
}

func (r Rule) match(t string) bool {
	return (r.Needs == "" || strings.Contains(t, r.Needs)) && r.Re.MatchString(t)
}

// bare returns t without the Markdown marks around a whole line: a heading's
// "#"s, a quote's ">", a list bullet, and emphasis wrapping the whole line
// ("**Related posts**", "*Share this post*").
func bare(t string) string {
	if t == "" || !strings.ContainsRune("#>-*+_", rune(t[0])) {
		return t
	}
	t = mdLead.ReplaceAllString(t, "")
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) {
			t = strings.TrimSpace(t[len(m) : len(t)-len(m)])
			break
		}
	}
	return t
}

var mdLead = regexp.MustCompile(`^(?:#{1,6}|>|[-*+])\s+`)

// headingLevel returns the level of a Markdown heading line ("## Help" is
// 2), or 0.
func headingLevel(t string) int {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(t) || (t[n] != ' ' && t[n] != '\t') {
		return 0
	}
	return n
}

var kindNames = map[string]Kind{"line": Line, "block": Block, "tail": Tail, "end": End, "suffix": Suffix, "section": Section}

// Rule is one boilerplate pattern from a rules file.
type Rule struct {
	Kind    Kind
	Re      *regexp.Regexp
	Comment string // the comment above the rule: what it removes
	Needs   string // a substring a line must contain for Re to be tried ("" for none)
	Where   string // file:line, for messages and tests
}

//go:embed rules/*.txt
var rulesFS embed.FS

// Rules are the embedded rules of every language, common.txt first, then
// the language files in name order.
var Rules = mustLoad()

func mustLoad() []Rule {
	rules, err := loadFS(rulesFS, "rules")
	if err != nil {
		panic(err)
	}
	return rules
}

func loadFS(fsys embed.FS, dir string) ([]Rule, error) {
	entries, err := fsys.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("clean: cannot list %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != "common.txt" {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	names = append([]string{"common.txt"}, names...)
	var all []Rule
	for _, name := range names {
		b, err := fsys.ReadFile(path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("clean: cannot read rules %s: %w", name, err)
		}
		rules, err := ParseRules(name, string(b))
		if err != nil {
			return nil, err
		}
		all = append(all, rules...)
	}
	return all, nil
}

// ParseRules reads a rules file: lines `KIND<TAB>REGEXP[<TAB>NEEDS]`,
// each preceded by a `#` comment line; blank lines and comments elsewhere
// are ignored. The regexp is anchored to the whole trimmed line (to its
// end for suffix rules). NEEDS, when given, is a substring every matching
// line contains: lines without it skip the regexp (a speed hint). A rule without a comment, an unknown kind or a bad regexp is an
// error naming file and line.
func ParseRules(name, src string) ([]Rule, error) {
	rows, err := lexfile.Parse(name, src, 1, 3)
	if err != nil {
		return nil, fmt.Errorf("clean: rules: %w", err)
	}
	var rules []Rule
	for _, r := range rows {
		where := fmt.Sprintf("%s:%d", name, r.Line)
		k, known := kindNames[r.Fields[0]]
		if len(r.Fields) < 2 || !known {
			return nil, fmt.Errorf("clean: rules %s: want KIND<TAB>REGEXP with KIND one of line, block, tail, end, suffix, section", where)
		}
		pattern, needs := r.Fields[1], ""
		if len(r.Fields) == 3 {
			needs = r.Fields[2]
		}
		// The comment of a rule's block says what it removes.
		comment := r.Comment
		if comment == "" {
			return nil, fmt.Errorf("clean: rules %s: rule has no # comment above it saying what it removes", where)
		}
		anchored := `^(?:` + pattern + `)$`
		if k == Suffix {
			anchored = `(?:` + pattern + `)$`
		}
		re, err := regexp.Compile(anchored)
		if err != nil {
			return nil, fmt.Errorf("clean: rules %s: %w", where, err)
		}
		rules = append(rules, Rule{Kind: k, Re: re, Comment: comment, Where: where, Needs: needs})
	}
	return rules, nil
}
