// Package parse is a small, pure-Go part-of-speech tagger and dependency
// parser for English, for the few sentences where the extractor's hand
// rules find nothing.
//
// # What it computes
//
// Given one sentence of already-tokenized words, Parse gives each word a
// Penn Treebank tag (XPOS), a head (another word, or -1 for the one root)
// and a Universal Dependencies relation with its subtype ("nsubj",
// "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod:poss", "conj",
// "xcomp", "ccomp", "acl:relcl", ...). The heads always form a tree:
// exactly one root, no cycles; trees are projective.
//
// # Method
//
// The tagger is a greedy left-to-right averaged perceptron with the usual
// features (word, lowercase, suffixes of 1-3 characters, first character,
// shape, capitalisation, the two previous predicted tags, the neighbouring
// words) and a dictionary of frequent unambiguous words. The parser is a
// greedy arc-hybrid transition system with the root token at the end of the
// buffer; one averaged perceptron chooses the transition (shift, left arc,
// right arc) from features of the Zhang & Nivre (2011) family adapted to
// arc-hybrid (words and tags of s0-s2 and b0-b2, of the nearest children of
// s0, s1 and b0 and their relations, s0-b0 distance, valency), and a second
// one labels each new arc (52 relations). The parser is trained with the
// dynamic oracle of Goldberg & Nivre (2013), exploring its own mistakes
// after the first epoch, on tags predicted by 10-fold jackknifing, so that
// it is trained on tagger errors like those it meets at run time. The 288
// non-projective training sentences are kept: the oracle's least-cost moves
// are learned on them.
//
// Features are 64-bit hashes: strings are hashed once per word with FNV-1a,
// and a feature combines its template id and its values FNV-style, without
// building strings. Weights are dense float32 rows, one column per class,
// found through an open-addressing table. Features seen fewer than 3 times
// in training get no weights, and averaged weights under 1 in magnitude
// are dropped when the model is saved. Typographic quotes and apostrophes
// (“ ” ‘ ’) are read as the treebank's ASCII ones.
//
// # Data and licence
//
// The embedded model (model.bin.gz) is trained on Universal Dependencies
// English Web Treebank v2.16 (UD_English-EWT, commit 15d613d8; 12,544
// training sentences of web text: blogs, newsgroups, e-mail, reviews,
// answers). It is a derived work of the treebank and is distributed under
// CC BY-SA 4.0; see LICENSE-model.md for the attribution. fetch.sh gets the
// treebank and retrains the model with ./train.
//
// # Accuracy and cost
//
// Measured on EWT with predicted tags (go run ./extract/parse/train):
//
//	        XPOS    UAS    LAS    UAS/LAS without punctuation
//	dev     93.49   82.65  78.23  83.42 / 78.40
//	test    93.46   82.81  78.94  83.35 / 78.98
//
// These are web-text figures; news is closer to the treebank's weblog
// part. Hyphenated words kept whole ("Russian-backed") are split in the
// treebank, so the model sees them as unknown words (their last part and
// suffix still count).
//
// Training takes about 80 s on one core (AMD EPYC) and is deterministic.
// The model file is 5.6 MB; Default takes about 0.1 s the first time and
// leaves about 27 MB on the heap. Parse runs at 6,700-6,900 sentences of
// 25 words a second on one core of a shared 2-core AMD EPYC (4,400-4,900
// when the other core was busy too), with no allocation once warm
// (BenchmarkParse).
package parse
