package ingest

import "testing"

func TestMarkdownText(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"emphasis", "Iran **warned** Israel, and _Russia_ *urged* calm.", "Iran warned Israel, and Russia urged calm."},
		{"links and images", "Iran warned [Israel](https://x.org/a) ![map](m.png) and [Egypt][1].\n\n[1]: https://x.org/e", "Iran warned Israel  and Egypt.\n\n"},
		{"headings and quotes", "# Talks stall #\n\n> Egypt condemned Ethiopia.", "Talks stall\n\nEgypt condemned Ethiopia."},
		{"code", "Run `actorgraph`.\n\n```\nIsrael attacked Iran\n```\nDone.", "Run actorgraph.\n\nDone."},
		{"front matter", "---\ntitle: Talks\ndate: 2026-12-05\n---\nIran warned Israel.", "Iran warned Israel."},
		{"words with underscores stay", "the snake_case_name and 2*3*4", "the snake_case_name and 2*3*4"},
		// QA
		{"a code span opening a line is no fence", "Iran warned Israel.\n\n```json``` files were attached.\n\nRussia attacked Ukraine.", "Iran warned Israel.\n\njson files were attached.\n\nRussia attacked Ukraine."},
		{"a thematic break opening the text is no front matter", "---\nRussia attacked Ukraine on Tuesday.\n\n---\n\nIran warned Israel.", "\nRussia attacked Ukraine on Tuesday.\n\n\n\nIran warned Israel."},
		{"a longer fence holds a shorter one", "````\n```\nChina urged Taiwan.\n```\n````\nEgypt urged Hamas.", "Egypt urged Hamas."},
		{"html inside", "<p>Egypt urged <b>Hamas</b> to accept the deal.</p>\n\n<!-- note: Russia attacked Ukraine -->\nDone&nbsp;now.", "Egypt urged Hamas to accept the deal.\n\n\nDone now."},
		{"emphasis by quotes and dashes, escapes, strike", "Germany urged *Russia*—again—to withdraw. Germany urged \"*Russia*\" to go. China \\*urged\\* Taiwan. France urged ~~Mali~~ Niger.", "Germany urged Russia—again—to withdraw. Germany urged \"Russia\" to go. China *urged* Taiwan. France urged Mali Niger."},
		{"soft line breaks", "Iran warned\nIsrael on Wednesday.", "Iran warned Israel on Wednesday."},
		{"lists and tables", "- Iran warned Israel.\n- Egypt urged Hamas.\n\n| Iran warned Israel | Monday |\n|---|---|", "Iran warned Israel.\nEgypt urged Hamas.\n\nIran warned Israel ; Monday\n"},
	} {
		if got, _ := markdownText(c.in); got != c.want {
			t.Errorf("%s: markdownText(%q)\n got %q\nwant %q", c.name, c.in, got, c.want)
		}
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	for _, in := range []string{
		"---\ntitle: Iran warned Israel\ndate: 2024-03-05\n---\n\nRussia *attacked* Ukraine on Tuesday.",
		"+++\ntitle = \"Iran warned Israel\"\ndate = 2024-03-05\n+++\n\nRussia *attacked* Ukraine on Tuesday.",
	} {
		a, err := ParseMarkdown("a.md", []byte(in))
		if err != nil || a.Title != "Iran warned Israel" || a.Published != "2024-03-05" || a.Text != "\nRussia attacked Ukraine on Tuesday." {
			t.Errorf("%q: %+v %v", in, a, err)
		}
	}
}
