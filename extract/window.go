package extract

import (
	"strings"

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
// windows of about n bytes, cut at paragraph breaks, each read together
// with the paragraphs just before it (up to 16 KiB of them); n ≤ 0 reads
// every article whole. The default is DefaultWindow.
func WithWindow(n int) Option { return func(c *config) { c.window = n; c.windowSet = true } }

// extractWindows reads a long article window by window. Each window is
// segmented and read as an article of its own, with the paragraphs just
// before and after it as context; edges found in the context are left to
// the window that owns them, and sentence indices are renumbered to the whole
// article's. Discourse state reaches across a window's start through the
// context it rereads; state older than the context (a person named by full
// title hundreds of paragraphs earlier) is not carried.
// Cost: linear in the article's length; memory a constant times the window.
func (x *Extractor) extractWindows(a graph.Article, yield func([]graph.Edge) error) error {
	published := a.Published
	sentOff := 0
	for pos, first := 0, true; pos < len(a.Text); first = false {
		end := paragraphCut(a.Text, pos+x.window)
		ctx := contextStart(a.Text, pos)
		ahead := paragraphCut(a.Text, end+windowLookahead)
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

// paragraphCut returns the end of the window that should end near at: the
// first paragraph break (a blank line) at or after at, else the first line
// break, else the end of s.
func paragraphCut(s string, at int) int {
	if at >= len(s) {
		return len(s)
	}
	if i := strings.Index(s[at:], "\n\n"); i >= 0 {
		return at + i + 2
	}
	if i := strings.IndexByte(s[at:], '\n'); i >= 0 {
		return at + i + 1
	}
	return len(s)
}

// contextStart returns where the context of a window starting at pos
// begins: the first paragraph break in the windowContext bytes before pos,
// or pos itself when there is none.
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
	return pos
}
