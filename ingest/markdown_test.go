package ingest

import "testing"

func TestMarkdownText(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"emphasis", "Iran **warned** Israel, and _Russia_ *urged* calm.", "Iran warned Israel, and Russia urged calm."},
		{"links and images", "Iran warned [Israel](https://x.org/a) ![map](m.png) and [Egypt][1].\n\n[1]: https://x.org/e", "Iran warned Israel  and Egypt.\n\n"},
		{"headings and quotes", "# Talks stall\n\n> Egypt condemned Ethiopia.", "Talks stall\n\nEgypt condemned Ethiopia."},
		{"code", "Run `actorgraph`.\n\n```\nIsrael attacked Iran\n```\nDone.", "Run actorgraph.\n\nDone."},
		{"front matter", "---\ntitle: Talks\ndate: 2026-12-05\n---\nIran warned Israel.", "Iran warned Israel."},
		{"words with underscores stay", "the snake_case_name and 2*3*4", "the snake_case_name and 2*3*4"},
	} {
		if got := markdownText(c.in); got != c.want {
			t.Errorf("%s: markdownText(%q)\n got %q\nwant %q", c.name, c.in, got, c.want)
		}
	}
}
