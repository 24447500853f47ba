package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/extract/text"
	"github.com/actorgraph/actorgraph/graph"
)

// DefaultWindow is the size in bytes of the window a long article is read
// in. Reading costs about 64 bytes of working memory per byte of text, so a
// window of 512 KiB keeps a worker's peak near 40 MB whatever the article's
// length.
const DefaultWindow = 512 << 10

// windowContext is how much text before a window is read again with it, so
// that pronouns, surnames, titles and quotations near the window's start
// resolve as they would in the whole article.
const windowContext = 16 << 10

// windowLookahead is how much text after a window is read with it, so that
// a quotation whose speaker is named in the next sentence or paragraph
// keeps its speaker.
const windowLookahead = 4 << 10

// WithWindow makes the extractor read articles longer than n bytes in
// windows of about n bytes, cut at paragraph breaks (at a sentence end
// inside a paragraph longer than 64 KiB), each read together with the
// paragraphs just before it (up to 16 KiB of them); n ≤ 0 reads every
// article whole. The default is DefaultWindow.
func WithWindow(n int) Option { return func(c *config) { c.window = n; c.windowSet = true } }

// extractWindows reads a long article window by window. Each window is
// segmented and read as an article of its own, with the paragraphs just
// before and after it as context; edges found in the context are left to
// the window that owns them, and sentence indices are renumbered to the whole
// article's. Discourse state reaches across a window's start through the
// context it rereads; state older than the context (a person named by full
// title hundreds of paragraphs earlier) is not carried.
// A paragraph longer than paragraphMax (a text on one line) is cut at
// sentence ends, its context the sentences before the cut, so that no
// window is much longer than the window size.
// Cost: linear in the article's length; memory a constant times the window.
func (x *Extractor) extractWindows(a graph.Article, yield func([]graph.Edge) error) error {
	published := a.Published
	sentOff := 0
	for pos, first := 0, true; pos < len(a.Text); first = false {
		ctx, end, ahead := windowAt(a.Text, pos, x.window)
		w := a
		w.Text = a.Text[ctx:ahead]
		ar := x.newArticle(w)
		if first {
			published = ar.published
		} else {
			ar.published = published
		}
		skip, own := 0, 0 // sentences of the context before, of the window itself
		for _, s := range ar.sents {
			switch off := int(s.toks[0].Off); {
			case off < pos-ctx:
				skip++
			case off < end-ctx:
				own++
			}
		}
		var part []graph.Edge
		clone := map[string]string{}         // one copy of each sentence, shared by its edges
		edges, fault := x.guarded(a.Doc, ar) // (a window the rules fail on gives no edges; the next goes on)
		for _, e := range edges {
			if e.SentenceIndex < skip || e.SentenceIndex >= skip+own {
				continue // the context's edges belong to the windows around this one
			}
			e.SentenceIndex += sentOff - skip
			c, ok := clone[e.Sentence]
			if !ok {
				c = strings.Clone(e.Sentence) // let the window's text go
				clone[e.Sentence] = c
			}
			e.Sentence = c
			part = append(part, e.WithID())
		}
		if fault == nil {
			x.release(ar) // (a failed window's buffers may be half-written: not pooled)
		}
		if err := yield(part); err != nil {
			return err
		}
		sentOff += own
		pos = end
	}
	return nil
}

// windowAt returns the window of about n bytes of s that starts at pos:
// where its context starts, where it ends (the next window's pos) and where
// the text read after it ends.
func windowAt(s string, pos, n int) (ctx, end, ahead int) {
	end = paragraphCut(s, pos+n)
	return contextStart(s, pos), end, paragraphCut(s, end+windowLookahead)
}

// paragraphMax is how far past the point where a window should end the
// cut may move to reach a paragraph or line break. A text whose break is
// farther (a paragraph longer than 64 KiB: a whole file on one line) is cut
// at a sentence end instead, so that windows stay near their size and
// reading stays linear; no real article has a paragraph that long.
const paragraphMax = 64 << 10

// sentenceProbe is how much text after the point where a window should end
// is segmented to find a sentence end to cut at.
const sentenceProbe = 16 << 10

// paragraphCut returns the end of the window that should end near at: the
// first paragraph break (a blank line) at or after at, else the first line
// break, else the end of s. When that is more than paragraphMax bytes past
// at, it returns the first line break within paragraphMax of at, else the
// start of the first sentence after at (sentenceCut).
func paragraphCut(s string, at int) int {
	if at >= len(s) {
		return len(s)
	}
	c := len(s)
	if i := strings.Index(s[at:], "\n\n"); i >= 0 {
		c = at + i + 2
	} else if i := strings.IndexByte(s[at:], '\n'); i >= 0 {
		c = at + i + 1
	}
	if c-at <= paragraphMax {
		return c
	}
	if i := strings.IndexByte(s[at:at+paragraphMax], '\n'); i >= 0 {
		return at + i + 1
	}
	return sentenceCut(s, at)
}

// sentenceCut returns where the first sentence starting after at begins,
// as the segmenter splits the sentenceProbe bytes from at: the first one
// that follows a full stop, question or exclamation mark, else the first
// at all (a run with no stops is cut every text.MaxSentence tokens), else
// the last white space of the probe, else its end (at a rune's start).
func sentenceCut(s string, at int) int {
	end := min(at+sentenceProbe, len(s))
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	if end == len(s) {
		return len(s)
	}
	probe := s[at:end]
	doc := text.Segment(probe)
	first := -1
	for _, st := range doc.Sentences[min(1, len(doc.Sentences)):] {
		off := int(st.Toks[0].Off)
		if off == 0 {
			continue
		}
		if first < 0 {
			first = off
		}
		if p := strings.TrimRight(probe[:off], " \t\r\f\v\"'”’»)]\u00a0"); p != "" && strings.ContainsRune(".?!", rune(p[len(p)-1])) {
			return at + off
		}
	}
	if first > 0 {
		return at + first
	}
	if i := strings.LastIndexAny(probe, " \t"); i > 0 {
		return at + i + 1
	}
	return end
}

// contextStart returns where the context of a window starting at pos
// begins: the first paragraph break in the windowContext bytes before pos,
// or pos itself when there is none. A window cut inside a paragraph
// (paragraphCut's sentence cut: pos follows no line break) takes as context
// the sentences from the first sentence start in those bytes instead.
func contextStart(s string, pos int) int {
	if pos == 0 {
		return 0
	}
	from := max(pos-windowContext, 0)
	if from == 0 {
		return 0
	}
	if i := strings.Index(s[from:pos], "\n\n"); i >= 0 {
		return from + i + 2
	}
	if s[pos-1] != '\n' {
		if c := sentenceCut(s, from); c < pos {
			return c
		}
	}
	return pos
}
