package ingest

import (
	"regexp"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
)

// Markdown is read as the text a rendered page shows: front matter (YAML
// between "---" lines, TOML between "+++" lines) gives the title and the
// date and is not text; code (fenced blocks and inline spans), HTML
// comments, images and link targets go; emphasis, strike-through, escapes,
// heading, list, quote and table marks go; the lines of a paragraph are
// one line, as the page shows them.

var (
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdCode     = regexp.MustCompile("`+([^`]*)`+")
	mdStrong   = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdStrike   = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdEmph     = regexp.MustCompile(`(^|[\s("'“‘—–-])[*_](\S(?:[^*_]*?\S)?)[*_]([\s.,;:!?)"'”’—–-]|$)`)
	mdEscape   = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!~|>])`)
	mdHeading  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdClosing  = regexp.MustCompile(`\s+#+\s*$`)
	mdQuote    = regexp.MustCompile(`^\s{0,3}(>\s?)+`)
	mdList     = regexp.MustCompile(`^\s*([-*+]|\d{1,9}[.)])\s+`)
	mdRefDef   = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s+\S+`)
	mdRuleLine = regexp.MustCompile(`^\s{0,3}([-*_]\s*){3,}$`)
	mdTableSep = regexp.MustCompile(`^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$`)
	mdComment  = regexp.MustCompile(`(?s)<!--.*?-->`)
	mdFence    = regexp.MustCompile("^\\s{0,3}(`{3,}|~{3,})")
	mdYAMLKey  = regexp.MustCompile(`^\s*[A-Za-z_][\w-]*\s*[:=]`)
	mdTag      = regexp.MustCompile(`(?i)</?[a-z][a-z0-9]*(\s[^>]*)?/?>|&[a-z]+;|&#[0-9]+;`)
)

// ParseMarkdown is ParseText for a Markdown file: the text a rendered page
// shows, with the title and date its front matter gives.
func ParseMarkdown(doc string, b []byte) (graph.Article, error) {
	a, err := ParseText(doc, b)
	if err != nil {
		return a, err
	}
	var meta map[string]string
	a.Text, meta = markdownText(a.Text)
	a.Title = meta["title"]
	a.Published = NormaliseDate(meta["date"])
	return a, nil
}

// markdownText takes the markup out of Markdown source and returns the
// front matter's "key: value" fields. Cost: linear in the text, a few
// regular expressions a line.
func markdownText(s string) (string, map[string]string) {
	s = mdComment.ReplaceAllString(strings.ReplaceAll(s, "\r\n", "\n"), "")
	lines := strings.Split(s, "\n")
	meta := map[string]string{}
	i := frontMatter(lines, meta)
	var out []string
	para := false // the last line out is text a next line continues
	fence := ""
	for ; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		if fence != "" {
			if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
				fence = ""
			}
			continue
		}
		if m := mdFence.FindStringSubmatch(l); m != nil && !strings.Contains(strings.TrimPrefix(t, m[1]), m[1][:3]) {
			fence, para = m[1], false // an opening fence (a line "```json``` ..." is a code span)
			continue
		}
		if t == "" || mdRefDef.MatchString(l) || mdRuleLine.MatchString(l) || mdTableSep.MatchString(l) {
			out, para = append(out, ""), false
			continue
		}
		block := mdHeading.MatchString(l) || mdList.MatchString(l) || strings.HasPrefix(t, "|")
		l = mdHeading.ReplaceAllString(l, "")
		if mdHeading.MatchString(lines[i]) {
			l = mdClosing.ReplaceAllString(l, "")
		}
		l = mdQuote.ReplaceAllString(l, "")
		l = mdList.ReplaceAllString(l, "")
		if strings.HasPrefix(strings.TrimSpace(l), "|") { // a table row: its cells
			l = strings.Trim(strings.TrimSpace(l), "|")
			l = strings.Join(strings.Fields(strings.ReplaceAll(l, "|", " ; ")), " ")
		}
		l = inline(l)
		if para && !block && len(out) > 0 {
			out[len(out)-1] += " " + strings.TrimSpace(l) // a soft line break
		} else {
			out = append(out, l)
		}
		para = !mdHeading.MatchString(lines[i]) && !strings.HasSuffix(lines[i], "  ")
	}
	return strings.Join(out, "\n"), meta
}

// inline takes the markup out of one line of text.
func inline(l string) string {
	l = strings.TrimSuffix(l, "\\") // a hard break
	l = mdImage.ReplaceAllString(l, "")
	l = mdLink.ReplaceAllString(l, "$1")
	l = mdRefLink.ReplaceAllString(l, "$1")
	l = mdCode.ReplaceAllString(l, "$1")
	l = mdStrong.ReplaceAllString(l, "$2")
	l = mdStrike.ReplaceAllString(l, "$1")
	for range 2 { // two spans side by side share the space between them
		l = mdEmph.ReplaceAllString(l, "$1$2$3")
	}
	l = mdEscape.ReplaceAllString(l, "$1")
	if mdTag.MatchString(l) {
		l = HTMLText(l) // "<p>Egypt urged <b>Hamas</b></p>", "&nbsp;"
	}
	return l
}

// frontMatter reads a YAML ("---") or TOML ("+++") block that opens the
// text into meta and returns the first line after it; 0 when the text
// opens with none (a "---" that is a thematic break, followed by prose,
// is no front matter).
func frontMatter(lines []string, meta map[string]string) int {
	if len(lines) == 0 {
		return 0
	}
	open := strings.TrimSpace(lines[0])
	if open != "---" && open != "+++" {
		return 0
	}
	for j := 1; j < len(lines); j++ {
		t := strings.TrimSpace(lines[j])
		if t == open || open == "---" && t == "..." {
			return j + 1
		}
		if t != "" && !mdYAMLKey.MatchString(lines[j]) && !strings.HasPrefix(t, "-") && !strings.HasPrefix(lines[j], " ") && !strings.HasPrefix(t, "#") {
			return 0 // prose: the "---" was a rule
		}
		if k, v, ok := strings.Cut(t, ":"); ok && mdYAMLKey.MatchString(lines[j]) {
			meta[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), `"'`)
		} else if k, v, ok := strings.Cut(t, "="); ok {
			meta[strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return 0
}
