package text

import (
	"strings"
	"unicode/utf8"
)

// Sentence is one sentence of an article, with the article's debris
// (datelines, bylines, captions, "Back to top") already left out.
type Sentence struct {
	Index      int     // 0-based, over the sentences kept
	Para       int     // 0-based paragraph number
	Start, End int     // rune offsets of the sentence in the article
	Text       string  // the sentence as it stands in the article
	Toks       []Token // its tokens (a sub-slice of the article's tokens)
}

// Doc is a segmented article: its tokens, its sentences and the number of
// quotations found.
type Doc struct {
	Toks      []Token
	Sentences []Sentence
	Quotes    int
}

// Segment tokenizes an article and cuts it into sentences. Paragraphs
// break at blank lines and at line ends that are not a wrapped sentence (a
// line that ends without a full stop and a next line that starts in lower
// case are one paragraph). Lines of page debris, bylines and photo captions
// are dropped; a dateline ("WASHINGTON (Reuters) -", "BEIRUT:") is cut off
// the front of its paragraph. Quotation marks are paired within a paragraph
// and each quotation gets an id in Token.QuoteID.
// Cost: linear in the article's length.
func Segment(article string) Doc { return segment(article, nil) }

// Buffers is memory that Segment can reuse article after article: the
// tokens, the sentences and Tokenize's working space. The zero value is
// ready; a Buffers is for one goroutine at a time.
type Buffers struct {
	toks  []Token
	sents []Sentence
	arena []byte
	fixes []lowered
	paras [][2]int
	spans [][]Token // a paragraph's sentences (sentences)
	capd  [][]Token // the same, long ones cut (capLength)
}

// Segment is Segment using b's memory: the Doc it returns is valid until
// the next call with b.
func (b *Buffers) Segment(article string) Doc { return segment(article, b) }

func segment(article string, b *Buffers) Doc {
	toks := tokenize(article, b)
	var d Doc
	d.Toks = toks
	if b != nil {
		b.toks = toks
		clear(b.sents) // the last article's sentences
		d.Sentences = b.sents[:0]
		defer func() { b.sents = d.Sentences }()
	}
	var paras [][2]int
	var spans, capd [][]Token
	if b != nil {
		paras, spans, capd = b.paras, b.spans, b.capd
		defer func() { b.paras, b.spans, b.capd = paras[:0], spans[:0], capd[:0] }()
	}
	paras = paragraphsInto(paras, toks, article, wrapWidth(article))
	for pi, p := range paras {
		line := toks[p[0]:p[1]]
		line = cutTrailer(line)
		if dropLine(line) {
			continue
		}
		line = cutDateline(line)
		if len(line) == 0 {
			continue
		}
		markQuotes(line, &d.Quotes)
		spans = sentencesInto(spans, line)
		capd = capLengthInto(capd, spans)
		for _, s := range capd {
			if len(s) == 0 || !hasWord(s) {
				continue
			}
			st, en := int(s[0].Start), int(s[len(s)-1].End)
			d.Sentences = append(d.Sentences, Sentence{
				Index: len(d.Sentences), Para: pi, Start: st, End: en,
				Text: article[s[0].Off:s[len(s)-1].OffEnd], Toks: s,
			})
		}
	}
	return d
}

func hasWord(ts []Token) bool {
	for _, t := range ts {
		if t.Kind == Word {
			return true
		}
	}
	return false
}

// paragraphsInto returns the [start, end) token ranges of the
// paragraphs of article (toks its tokens), appending to out[:0]. A single
// line break inside a sentence (wrapped) joins, and so does one of text
// hard-wrapped at width columns (softBreak; width 0: the text is not).
func paragraphsInto(out [][2]int, toks []Token, article string, width int) [][2]int {
	out = out[:0]
	start := 0
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.NL == 0 {
			continue
		}
		if t.NL == 1 && (wrapped(toks[i-1], t) || width > 0 && softBreak(article, toks[i-1], t, width)) {
			continue
		}
		out = append(out, [2]int{start, i})
		start = i
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// wrapped reports whether a single line break between prev and next sits
// inside a sentence: prev does not end one and next starts in lower case.
func wrapped(prev, next Token) bool {
	if prev.Kind == Punct && strings.ContainsAny(prev.Text, ".!?:") {
		return false
	}
	if next.Kind == Word && !next.Cap && !startsDigit(next.Text) {
		return true
	}
	return false
}

// Hard-wrapped text (wire copy, e-mail, text saved from a terminal) breaks
// every line at a margin, before capitals too. wrapWidth tells it from a
// web page's text, which has one paragraph a line and short lines only
// for headings, bylines and list items: the lines of wrapped text are at
// most a margin of minWrap to maxWrap columns, and most of them end near
// it, within wrapSlack columns (the next word did not fit). Lines longer
// than the margin may stand among them (a URL, a table) up to one in
// overMargin.
const (
	minWrap, maxWrap = 30, 100
	wrapSlack        = 16
	minWrapLines     = 6
	overMargin       = 20
)

// wrapWidth returns the margin an article is hard-wrapped at, or 0 when
// it is not: at least minWrapLines lines of text, the margin the longest
// line under which all but one line in overMargin stand, between minWrap
// and maxWrap columns, and at least half of the lines of text within
// wrapSlack columns of it. Cost: one pass over the article's lines when
// it has at least minWrapLines line breaks; a count of them otherwise.
func wrapWidth(article string) int {
	breaks := strings.Count(article, "\n")
	if breaks < minWrapLines {
		return 0
	}
	var hist [maxWrap + 2]int // lines of each length; maxWrap+1: longer
	lines := 0
	maxLong := (breaks + 1) / overMargin // more lines longer than the margin: no wrapped text
	for rest := article; rest != ""; {
		line := rest
		if j := strings.IndexByte(rest, '\n'); j >= 0 {
			line, rest = rest[:j], rest[j+1:]
		} else {
			rest = ""
		}
		line = strings.TrimRight(line, " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		lines++
		if len(line) > utf8.UTFMax*(maxWrap+1) { // (longer in runes too: no count)
			hist[maxWrap+1]++
		} else {
			hist[min(utf8.RuneCountInString(line), maxWrap+1)]++
		}
		if hist[maxWrap+1] > maxLong {
			return 0 // (a page's text: one paragraph a line)
		}
	}
	if lines < minWrapLines || hist[maxWrap+1]*overMargin > lines {
		return 0
	}
	// the margin: the longest length once the few longer lines are left out
	over, width := hist[maxWrap+1], 0
	for w := maxWrap; w >= minWrap; w-- {
		if hist[w] == 0 {
			continue
		}
		if over+hist[w] > lines/overMargin {
			width = w
			break
		}
		over += hist[w]
	}
	if width == 0 {
		return 0
	}
	near := 0
	for w := max(width-wrapSlack, 1); w <= width; w++ {
		near += hist[w]
	}
	if 2*near < lines {
		return 0
	}
	return width
}

// softBreak reports whether the line break between prev and next, in an
// article hard-wrapped at width columns, is the margin's and not the
// writer's: the word next begins would not have fitted after prev on its
// line. A short line (a heading, a byline, a paragraph's last line) ends
// where the writer ended it. Cost: linear in the two lines.
func softBreak(article string, prev, next Token, width int) bool {
	lineStart := strings.LastIndexByte(article[:prev.OffEnd], '\n') + 1
	used := utf8.RuneCountInString(article[lineStart:prev.OffEnd]) // (an indent counts, as in wrapWidth)
	word := article[next.Off:]
	if j := strings.IndexAny(word, " \t\r\n"); j >= 0 {
		word = word[:j]
	}
	return used+1+utf8.RuneCountInString(word) > width
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

var debrisStarts = []string{
	"back to top", "short link", "share this", "share on", "read more", "read also", "also read",
	"advertisement", "related:", "related articles", "related stories", "follow us", "subscribe",
	"click here", "sign up", "copyright", "all rights reserved", "photo:", "image:", "file photo",
	"photo credit", "getty images", "(photo", "watch:", "listen:", "more:", "see also", "print",
	"email", "tags:", "topics:", "last updated", "updated:", "published:", "posted:", "source:",
	"reporting by", "editing by", "writing by", "additional reporting", "comments", "leave a comment",
	"you may also like", "recommended", "most read", "trending", "skip to", "menu", "home", "©",
}

// navWords are debrisStarts that are one navigation link's word: debris
// only on a line of at most three words ("Home", "Print this page").
var navWords = map[string]bool{"home": true, "menu": true, "print": true, "email": true, "comments": true, "trending": true, "subscribe": true, "recommended": true, "advertisement": true}

// debrisLabels open a line that points elsewhere on the page, whatever
// follows them: "Read more: ...", "Related: ...".
var debrisLabels = []string{"read more", "read also", "also read", "related", "see also", "watch", "listen", "more", "tags", "topics"}

// debrisLabel reports whether low (a line in lower case) opens with one of
// debrisLabels and a colon.
func debrisLabel(low string) bool {
	for _, d := range debrisLabels {
		if rest, ok := strings.CutPrefix(low, d); ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " :")) {
			return true
		}
	}
	return false
}

// labelWord reports whether w is the first word of a debris label.
func labelWord(w string) bool {
	for _, d := range debrisLabels {
		if rest, ok := strings.CutPrefix(d, w); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

// wordByte reports whether c continues a word (a letter or digit of ASCII,
// or any byte of a multi-byte letter).
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// credits end a photo caption: "… Saturday, April 13, 2024. AP"
var credits = map[string]bool{
	"ap": true, "afp": true, "reuters": true, "epa": true, "epa-efe": true, "xinhua": true,
	"getty": true, "images": true, "anadolu": true, "wana": true, "handout": true, "photo": true,
	"tass": true, "irna": true, "ansa": true, "dpa": true, "bgnes": true, "upi": true, "pa": true,
}

func lineWords(line []Token) int {
	n := 0
	for _, t := range line {
		if t.Kind == Word || t.Kind == Number {
			n++
		}
	}
	return n
}

func lineLower(line []Token) string {
	var b strings.Builder
	for i, t := range line {
		if i > 0 && t.Space {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower)
	}
	return b.String()
}

// dropLine reports whether a paragraph is page debris, a byline or a photo
// caption rather than article text.
func dropLine(line []Token) bool {
	words := lineWords(line)
	if words == 0 {
		return true
	}
	// (a lower-case copy of a short line, or of one that opens with a label
	// word: most lines of a story are neither)
	if words <= 8 || labelWord(line[0].Lower) {
		low := lineLower(line)
		if debrisLabel(low) {
			return true // "Read more: <another story's headline>", however long
		}
		if words <= 8 && shortDebris(line, low) {
			return true
		}
	}
	// caption: ends with ". AP" or "(Reuters)" credit after a full stop
	last := line[len(line)-1]
	if last.Kind == Word && credits[last.Lower] && len(line) >= 3 {
		prev := line[len(line)-2]
		if prev.Kind == Punct && (prev.Text == "." || prev.Text == "/") {
			return true
		}
		if prev.Kind == Word && credits[prev.Lower] && len(line) >= 4 && line[len(line)-3].Text == "." {
			return true
		}
	}
	return false
}

// shortDebris reports whether a short line (low in lower case) is page
// debris, a byline or a date line.
func shortDebris(line []Token, low string) bool {
	for _, d := range debrisStarts {
		if navWords[d] && lineWords(line) > 3 {
			continue // "Home Secretary urges France to act" is a headline, "Home" a link
		}
		// at a word's end ("Menu", not "Menendez"), and not a sentence that
		// opens with the word ("Home Secretary X urged France to act.")
		// unless the word is a label ("Photo: ...")
		if rest, ok := strings.CutPrefix(low, d); ok && (rest == "" || !wordByte(rest[0])) &&
			(!endsSentence(line) || strings.HasSuffix(d, ":") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, " :")) {
			return true
		}
	}
	if strings.HasPrefix(low, "by ") && line[len(line)-1].Kind != Punct {
		return true
	}
	// byline with a date: "AFP , Sunday 14 Apr 2024"
	_, ok := FindDate(line)
	return ok && !endsSentence(line)
}

func endsSentence(line []Token) bool {
	for i := len(line) - 1; i >= 0; i-- {
		t := line[i]
		if t.Kind == Quote || t.Text == ")" {
			continue
		}
		return t.Kind == Punct && strings.ContainsAny(t.Text, ".!?")
	}
	return false
}

// cutTrailer drops a short trailer after a bar: "… in the region. | BGNES".
func cutTrailer(line []Token) []Token {
	for i := len(line) - 1; i > 0 && i >= len(line)-6; i-- {
		if line[i].Text == "|" {
			return line[:i]
		}
	}
	return line
}

// cutDateline drops a dateline from the front of a paragraph:
// "WASHINGTON (Reuters) -", "BEIRUT, Lebanon —", "TEHRAN:", "date 2024-04-12".
func cutDateline(line []Token) []Token {
	if len(line) >= 2 && line[0].Lower == "date" {
		if _, ok := FindDate(line[1:min(len(line), 5)]); ok {
			j := 1
			for j < len(line) && j < 5 && (line[j].Kind == Number || line[j].Text == "-" || line[j].Kind == Word && !line[j].Cap) {
				j++
			}
			return line[j:]
		}
	}
	// "[PUTRAJAYA] Thai and ...": a place in brackets
	if len(line) >= 4 && line[0].Text == "[" && line[1].Upper {
		for j := 2; j < len(line) && j < 6; j++ {
			if line[j].Text == "]" {
				return line[j+1:]
			}
			if !line[j].Upper && line[j].Text != "," {
				break
			}
		}
	}
	i := 0
	// "NEW DELHI/ISLAMABAD, May 7 (Reuters) -": places joined by a slash
	for i < len(line) && i < 8 && (line[i].Kind == Word && (line[i].Upper || line[i].Cap && i > 0 && line[i-1].Text == ",") ||
		line[i].Text == "/" && i > 0 && line[i-1].Upper && i+1 < len(line) && line[i+1].Upper) {
		i++
		if i < len(line) && line[i].Text == "," && i+1 < len(line) && line[i+1].Cap {
			i++
		}
	}
	if i == 0 || !line[0].Upper {
		return line
	}
	j := i
	// a date in the dateline: "BEIRUT, Nov 27, 2024 —"
	for j < len(line) && j < i+6 && (line[j].Kind == Number || line[j].Text == "," || line[j].Kind == Word && months[strings.TrimSuffix(line[j].Lower, ".")] > 0) {
		j++
	}
	if j < len(line) && line[j].Text == "(" {
		for j < len(line) && line[j].Text != ")" && j < i+6 {
			j++
		}
		j++
	}
	if j < len(line) {
		switch line[j].Text {
		case "-", "—", "–", ":", "--":
			if j+1 < len(line) {
				return line[j+1:]
			}
		}
	}
	return line
}

// markQuotes pairs quotation marks in one paragraph and numbers the
// quotations; a quotation left open at the end of the paragraph closes there.
func markQuotes(line []Token, n *int) {
	open := false
	id := 0
	from := 0 // first token after the last quotation closed
	for i := range line {
		t := &line[i]
		if t.Kind == Quote {
			opening := false
			switch t.Text {
			case "“", "„", "«", "‟":
				opening = true
			case "”", "»":
				opening = false
			default: // straight quote: toggles
				opening = !open
			}
			if opening && !open {
				*n++
				id = *n
				open = true
				t.QuoteID = int32(id)
				continue
			}
			if !opening && open {
				t.QuoteID = int32(id)
				open = false
				from = i + 1
				continue
			}
			if !opening && !open {
				// a closing mark with no opening one: the quotation began
				// with the paragraph (or after the last one closed).
				*n++
				for k := from; k <= i; k++ {
					line[k].QuoteID = int32(*n)
				}
				from = i + 1
				continue
			}
		}
		if open {
			t.QuoteID = int32(id)
		}
	}
}

// sentenceStarters are words that, capitalised after an initialism such as
// "U.S.", show that the initialism ended the sentence.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "in": true, "but": true, "this": true, "that": true, "on": true, "at": true, "after": true,
	"his": true, "her": true, "its": true, "their": true, "there": true, "however": true, "meanwhile": true,
	"earlier": true, "later": true, "officials": true, "both": true, "some": true, "many": true, "while": true,
}

// sentences cuts a paragraph into sentences.
func sentences(line []Token) [][]Token { return sentencesInto(nil, line) }

// sentencesInto is sentences appending to out[:0].
func sentencesInto(out [][]Token, line []Token) [][]Token {
	out = out[:0]
	start := 0
	for i := 0; i < len(line); i++ {
		t := line[i]
		end := false
		switch {
		case t.Kind == Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "?!"):
			end = true
		case t.Kind == Word && strings.HasSuffix(t.Text, ".") && i+1 < len(line):
			// "U.S." can end a sentence: "… from the U.S. The army …"
			nx := line[i+1]
			if isInitialism(t.Lower) && nx.Kind == Word && nx.Cap && sentenceStarters[nx.Lower] {
				end = true
			}
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(line) && (line[j].Kind == Quote && !line[j].Space && isClosing(line, j) || line[j].Text == ")" || line[j].Text == "]") {
			j++
		}
		if j < len(line) {
			nx := line[j]
			ok := nx.Kind == Word && (nx.Cap || startsDigit(nx.Text)) || nx.Kind == Number || nx.Kind == Quote || nx.Text == "(" || nx.Text == "[" || nx.Text == "—" || nx.Text == "-"
			if !ok {
				continue
			}
		}
		out = append(out, line[start:j])
		start = j
		i = j - 1
	}
	if start < len(line) {
		out = append(out, line[start:])
	}
	return out
}

// MaxSentence is the most tokens a sentence may hold; a longer run (a
// table, a list with no stops, garbage) is cut into pieces of this size so
// that reading stays linear in the text.
const MaxSentence = 200

func capLength(ss [][]Token) [][]Token { return capLengthInto(nil, ss) }

// capLengthInto is capLength appending to out[:0] (out must not share
// memory with ss).
func capLengthInto(out, ss [][]Token) [][]Token {
	out = out[:0]
	for _, s := range ss {
		for len(s) > MaxSentence {
			out = append(out, s[:MaxSentence])
			s = s[MaxSentence:]
		}
		out = append(out, s)
	}
	return out
}

// isClosing reports whether the quote mark at j closes a quotation.
func isClosing(line []Token, j int) bool {
	t := line[j]
	switch t.Text {
	case "“", "„", "«":
		return false
	case "”", "»":
		return true
	}
	// a straight quote closes when the next token is not glued to it
	return j+1 >= len(line) || line[j+1].Space
}
