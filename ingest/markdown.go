package ingest

import (
	"regexp"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Markdown is read as text with its markup taken out: front matter, code
// (fenced blocks and inline spans), images, link targets, emphasis marks,
// heading marks and block quote marks. What stays is what a reader of the
// rendered page reads.

var (
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdCode     = regexp.MustCompile("`([^`]*)`")
	mdStrong   = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmph     = regexp.MustCompile(`(^|[\s(])[*_](\S(?:[^*_]*?\S)?)[*_]([\s.,;:!?)]|$)`)
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdQuote    = regexp.MustCompile(`^\s{0,3}>\s?`)
	mdRefDef   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	mdRuleLine = regexp.MustCompile(`^\s{0,3}([-*_]\s*){3,}$`)
)

// ParseMarkdown is ParseText for a Markdown file: the text a rendered page
// shows, one paragraph where the file has one.
func ParseMarkdown(doc string, b []byte) (graph.Article, error) {
	a, err := ParseText(doc, b)
	if err != nil {
		return a, err
	}
	a.Text = markdownText(a.Text)
	return a, nil
}

// markdownText takes the markup out of Markdown source. Cost: linear in
// the text, a few regular expressions a line.
func markdownText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var out []string
	i := 0
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" { // YAML front matter
		for j := 1; j < len(lines); j++ {
			if t := strings.TrimSpace(lines[j]); t == "---" || t == "..." {
				i = j + 1
				break
			}
		}
	}
	fence := ""
	for ; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			continue
		}
		if mdRefDef.MatchString(l) || mdRuleLine.MatchString(l) {
			out = append(out, "")
			continue
		}
		l = mdHeading.ReplaceAllString(l, "")
		l = mdQuote.ReplaceAllString(l, "")
		l = mdImage.ReplaceAllString(l, "")
		l = mdLink.ReplaceAllString(l, "$1")
		l = mdRefLink.ReplaceAllString(l, "$1")
		l = mdCode.ReplaceAllString(l, "$1")
		l = mdStrong.ReplaceAllString(l, "$2")
		for range 2 { // two spans side by side share the space between them
			l = mdEmph.ReplaceAllString(l, "$1$2$3")
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}
