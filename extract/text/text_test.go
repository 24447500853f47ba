package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTokenOffsets checks the invariant of Token: the runes of the text
// between Start and End are the token's Text.
func TestTokenOffsets(t *testing.T) {
	for _, s := range []string{
		"U.S. Defense Secretary Lloyd Austin spoke with his Israeli counterpart.",
		"“We’re saying very strongly that we don’t support a retaliatory strike.”",
		"Iran's attack — its first-ever — hit 1,000 targets, 99% of them; Lt. Gen. Halevi said.",
		"  leading space\tand tabs\nand\r\nCRLF é ü 中文 Ελλάδα’s",
	} {
		rs := []rune(s)
		for _, tok := range Tokenize(s) {
			if got := string(rs[tok.Start:tok.End]); got != tok.Text {
				t.Errorf("%q: token %q has runes %d..%d = %q", s, tok.Text, tok.Start, tok.End, got)
			}
		}
	}
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"U.S. troops", "U.S.|troops"},
		{"the U.N. Security Council", "the|U.N.|Security|Council"},
		{"Lt. Gen. Herzi Halevi", "Lt.|Gen.|Herzi|Halevi"},
		{"Iran's attack", "Iran|'s|attack"},
		{"Israel’s war cabinet", "Israel|’s|war|cabinet"},
		{"don't, won't", "don't|,|won't"},
		{"Amir-Abdollahian", "Amir-Abdollahian"},
		{"1,000 drones and 99% of", "1,000|drones|and|99%|of"},
		{"“ironclad”", "“|ironclad|”"},
		{"end. Next", "end|.|Next"},
		{"anti-U.S. rallies", "anti-U.S.|rallies"},
		{"non-U.N. observers", "non-U.N.|observers"},
		{"then-U.N. envoy", "then|-|U.N.|envoy"},
		{"then-President Bush, ex-Prime Minister Blair", "then|-|President|Bush|,|ex|-|Prime|Minister|Blair"},
		{"Ex-Im Bank, then-ally", "Ex-Im|Bank|,|then-ally"},
		{"Then-President Obama", "Then|-|President|Obama"},
		{"China-U.S. ties", "China-U.S.|ties"},
		{"U.S.-led strikes", "U.S.-led|strikes"},
	}
	for _, c := range cases {
		var got []string
		for _, tok := range Tokenize(c.in) {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("Tokenize(%q) = %s, want %s", c.in, g, c.want)
		}
	}
}

func sentenceTexts(d Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSegment(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations", "U.S. Defense Secretary Lloyd Austin met Lt. Gen. Halevi. They spoke.",
			[]string{"U.S. Defense Secretary Lloyd Austin met Lt. Gen. Halevi.", "They spoke."}},
		{"initialism ends a sentence", "The drones came from the U.S. The army said so.",
			[]string{"The drones came from the U.S.", "The army said so."}},
		// an initialism after a hyphenated prefix ends no sentence (AP style
		// writes "anti-U.S.", "pro-U.S.", "then-U.S.")
		{"initialism after a hyphen", "The pro-U.S. government of Yemen accused Iran. Tehran denied it.",
			[]string{"The pro-U.S. government of Yemen accused Iran.", "Tehran denied it."}},
		{"quote closes after the stop", "He said: “Stop now.” Then he left.",
			[]string{"He said: “Stop now.”", "Then he left."}},
		{"quotes split into sentences", "“You got a win. Take the win,” Biden told Netanyahu.",
			[]string{"“You got a win.", "Take the win,” Biden told Netanyahu."}},
		{"lower case after stop is no boundary", "Talks went on for 3.5 hours. and more", []string{"Talks went on for 3.5 hours. and more"}},
		{"dateline", "WASHINGTON (Reuters) - The United States urged calm.", []string{"The United States urged calm."}},
		{"dateline colon", "BEIRUT: Hezbollah fired rockets.", []string{"Hezbollah fired rockets."}},
		{"dateline with date", "GENEVA, Aug 14, 2024 — Talks opened.", []string{"Talks opened."}},
		{"dateline with two places", "NEW DELHI/ISLAMABAD, May 7 (Reuters) - India struck Pakistan.", []string{"India struck Pakistan."}},
		{"dateline in brackets", "[PUTRAJAYA] Thai and Cambodian leaders met.", []string{"Thai and Cambodian leaders met."}},
		{"date field", " date 2024-04-12 Blinken spoke.", []string{"Blinken spoke."}},
		{"debris lines", "Iran attacked.\n\nBack to top button\n\nShort link:\n", []string{"Iran attacked."}},
		// QA: a debris word must end where the paragraph's first word ends,
		// and a sentence opening with one is no debris unless it is a label
		{"debris word is a whole word", "Menendez urged Egypt to act.\n\nEmails show Iran warned Israel.\n\nSubscribers learned of it.", []string{"Menendez urged Egypt to act.", "Emails show Iran warned Israel.", "Subscribers learned of it."}},
		{"a sentence opening with a debris word", "Home Secretary Yvette Cooper urged France to act.\n\nComments by Putin: Russia warned Ukraine.\n\nTrending higher, China warned Japan.", []string{"Home Secretary Yvette Cooper urged France to act.", "Comments by Putin: Russia warned Ukraine.", "Trending higher, China warned Japan."}},
		{"a headline opening with a navigation word", "Home Secretary urges France to act\n\nThe talks continue.", []string{"Home Secretary urges France to act", "The talks continue."}},
		{"labels stay debris", "Iran attacked.\n\nPhoto: Iran warned Israel.\n\nHome\n\nRead more: Saudi Arabia condemned Iran over the attack on its embassy in Tehran", []string{"Iran attacked."}},
		{"byline", "AFP , Sunday 14 Apr 2024\n\nIsrael struck.", []string{"Israel struck."}},
		{"caption", "Biden meets his team in the Situation Room, Saturday, April 13, 2024. AP\n\nIran attacked Israel.", []string{"Iran attacked Israel."}},
		{"trailer after bar", "France urged Israel to refrain. | BGNES", []string{"France urged Israel to refrain."}},
		{"headline without stop", "Iran attacks Israel\n\nThe attack came at night.", []string{"Iran attacks Israel", "The attack came at night."}},
		{"wrapped line", "Iran launched drones\nat Israel on Saturday.", []string{"Iran launched drones\nat Israel on Saturday."}},
		// hard-wrapped at 40 columns: the margin's breaks join, before a
		// capital too; the headline and a short last line stay the writer's
		{"hard-wrapped wire copy", "Talks in Doha\n\nQatari Prime Minister Mohammed bin\nAbdulrahman Al Thani urged Israel and\nHamas to accept the proposal, and the\nUnited States welcomed the offer made\nby Egypt on Monday to host talks.\nThey ended.\n\nThe Egyptian foreign minister said the\nround would begin on Friday in Cairo.\n",
			[]string{"Talks in Doha", "Qatari Prime Minister Mohammed bin\nAbdulrahman Al Thani urged Israel and\nHamas to accept the proposal, and the\nUnited States welcomed the offer made\nby Egypt on Monday to host talks.", "They ended.", "The Egyptian foreign minister said the\nround would begin on Friday in Cairo."}},
		// one paragraph a line (a web page's text): a break before a
		// capital stays a break, however long the lines
		{"a page's paragraphs are lines", "Iran warned Israel.\nIsrael struck Iran.\nTurkey urged calm.\nQatar spoke with Iran.\nThe UN urged restraint.\nOman hosted talks.\nEgypt urged a truce.",
			[]string{"Iran warned Israel.", "Israel struck Iran.", "Turkey urged calm.", "Qatar spoke with Iran.", "The UN urged restraint.", "Oman hosted talks.", "Egypt urged a truce."}},
	}
	for _, c := range cases {
		got := sentenceTexts(Segment(c.in))
		if strings.Join(got, " || ") != strings.Join(c.want, " || ") {
			t.Errorf("%s: Segment(%q)\n got %q\nwant %q", c.name, c.in, got, c.want)
		}
	}
}

func TestWrapWidth(t *testing.T) {
	line := func(n int) string { return strings.Repeat("w", n) }
	lines := func(ns ...int) string {
		var b []string
		for _, n := range ns {
			b = append(b, line(n))
		}
		return strings.Join(b, "\n")
	}
	cases := []struct {
		name string
		in   string
		want int
	}{
		{"wrapped at 72", lines(70, 68, 72, 71, 40, 0, 69, 72, 65, 30), 72},
		{"one long line among wrapped ones (a URL)", lines(70, 68, 72, 71, 40, 0, 69, 72, 65, 30, 0, 70, 71, 66, 69, 72, 70, 64, 71, 68, 69, 120), 72},
		{"too few lines", lines(70, 68, 72, 71), 0},
		{"a page: one paragraph a line", lines(300, 20, 450, 280, 12, 390, 510, 200), 0},
		{"lines of every length (a list)", lines(10, 25, 40, 55, 70, 85, 12, 33), 0},
		{"short lines: a poem or a table", lines(12, 14, 11, 13, 12, 14, 10), 0},
		{"wrapped at 80 with CR LF", strings.ReplaceAll(lines(78, 80, 75, 79, 50, 0, 77, 80, 79), "\n", "\r\n"), 80},
	}
	for _, c := range cases {
		if got := wrapWidth(c.in); got != c.want {
			t.Errorf("%s: wrapWidth = %d, want %d", c.name, got, c.want)
		}
	}
}

func TestQuotesSpanSentences(t *testing.T) {
	d := Segment("“We are looking ahead. We are considering our steps,” Halevi said. Then he left.")
	ids := map[int32]bool{}
	for _, s := range d.Sentences[:2] {
		ids[s.Toks[0].QuoteID] = true
	}
	if len(ids) != 1 || ids[0] {
		t.Errorf("the two quoted sentences should share one quotation id, got %v", ids)
	}
	last := d.Sentences[2]
	for _, tok := range last.Toks {
		if tok.QuoteID != 0 {
			t.Errorf("%q is outside quotes but has quotation %d", tok.Text, tok.QuoteID)
		}
	}
}

func TestPublished(t *testing.T) {
	cases := map[string]string{
		"AFP , Sunday 14 Apr 2024\n\nText.":               "2024-04-14",
		" date 2024-04-12 According to Al Jazeera":        "2024-04-12",
		"— David Cameron (@David_Cameron) April 11, 2024": "2024-04-11",
		"No date here. May they talk.":                    "",
		"WASHINGTON, Oct. 3, 2023 — Talks.":               "2023-10-03",
		// the lead's day is the article's; another day a sentence names is not (QA)
		"Strikes\n\nOn June 21, 2025, Trump announced strikes.":                                            "2025-06-21",
		"Speaking in Berlin on Tuesday, November 4, 2025, Tuggar warned Trump.":                            "2025-11-04",
		"Iran warns Israel\n\nIran warned Israel, recalling the strikes of 13 June 2025 that began a war.": "",
		"Muizzu asked India to withdraw its troops by March 15, 2024.":                                     "",
		"Published: 5 Dec 2026\n\nIran warned Israel.":                                                     "2026-12-05",
		// a day the calendar lacks is no date
		"Iran warned Israel on 31 February 2026.":  "",
		"BEIRUT, 2026-02-30 — Iran warned Israel.": "",
		"BEIRUT, 2024-02-29 — Iran warned Israel.": "2024-02-29",
		// datelines of several forms, and other days (QA)
		"Iran warns Israel\n\nTEHRAN (Reuters), Dec 5, 2026 - Iran warned Israel on Monday.":             "2026-12-05",
		"Iran warns Israel\n\nNEW DELHI, India, Dec. 5, 2026 — Iran warned Israel on Monday.":            "2026-12-05",
		"Iran warns Israel\n\nTEHRAN, Iran (AP), Dec. 5, 2026 — Iran warned Israel on Monday.":           "2026-12-05",
		"Iran warns Israel\n\nTEHRAN, December 5, 2026. Iran warned Israel on Monday.":                   "2026-12-05",
		"Iran warns Israel\n\nIran warned Israel that the treaty signed on May 4, 1994, no longer held.": "",
		"Iran warns Israel\n\nIran said, recalling that on June 13, 2025, Israel attacked it.":           "",
		"Israel must withdraw by March 15, 2025, Iran says\n\nIran warned Israel on Monday.":             "",
		"Talks set for December 5, 2026\n\nIran warned Israel on Monday.":                                "",
	}
	for in, want := range cases {
		if got := Published(Tokenize(in)); got != want {
			t.Errorf("Published(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzSegment checks that segmentation never panics and keeps its
// invariants on any input: sentences in order, inside the text, offsets
// matching their text.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{"U.S. troops. “Quote.” Back to top", "WASHINGTON (Reuters) - x", "\"", "’s", "a.b.c.", "date 2024-13-45",
		"Talks\n\nQatari Prime Minister Mohammed bin\nAbdulrahman Al Thani urged Israel and\nHamas to accept the proposal, and the\nUnited States welcomed the offer made\nby Egypt on Monday to host talks.\r\nThey ended.\n\n“The round,” he said, “begins\nFriday in Cairo.”\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := Segment(s)
		rs := []rune(s)
		prev := -1
		for i, sn := range d.Sentences {
			if sn.Index != i || sn.Start < prev || sn.End > len(rs) || sn.Start > sn.End {
				t.Fatalf("bad sentence %d: %+v", i, sn)
			}
			if string(rs[sn.Start:sn.End]) != sn.Text {
				t.Fatalf("sentence text does not match its offsets")
			}
			prev = sn.End
		}
		_ = Published(d.Toks)
	})
}

func TestApostropheStandIns(t *testing.T) {
	for _, in := range []string{"Singh's warning", "Singh’s warning", "Singh`s warning", "Singh´s warning"} {
		toks := Tokenize(in)
		if len(toks) != 3 || toks[0].Text != "Singh" || toks[1].Kind != Poss || toks[1].Lower != "'s" {
			t.Errorf("%q: got %v, want Singh + possessive + warning", in, toks)
		}
	}
}
