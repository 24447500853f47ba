package text

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// FindDate returns the first full date (with a year) written in toks, as
// YYYY-MM-DD: "2024-04-12", "14 Apr 2024", "Sunday 14 April 2024",
// "April 11, 2024", "Apr. 11 2024". A date the calendar lacks (31
// February) is none.
func FindDate(toks []Token) (string, bool) {
	d, _, _, ok := findDate(toks)
	return d, ok
}

// findDate is FindDate, with the tokens the date spans, [from, to).
func findDate(toks []Token) (date string, from, to int, ok bool) {
	for i, t := range toks {
		if t.Kind == Number && strings.Count(t.Text, "-") == 2 {
			p := strings.Split(t.Text, "-")
			if y, m, d, ok := ymd(p[0], p[1], p[2]); ok {
				return format(y, m, d), i, i + 1, true
			}
		}
		if t.Kind != Word {
			continue
		}
		m, ok := months[strings.TrimSuffix(t.Lower, ".")]
		if !ok || (t.Lower == "may" && !t.Cap) || !t.Cap {
			continue
		}
		// day before the month: "14 Apr 2024"
		if i >= 1 && toks[i-1].Kind == Number && i+1 < len(toks) && toks[i+1].Kind == Number {
			if y, _, d, ok := ymd(toks[i+1].Text, strconv.Itoa(m), toks[i-1].Text); ok {
				return format(y, m, d), i - 1, i + 2, true
			}
		}
		// month, day, year: "April 11, 2024"
		j := i + 1
		if j < len(toks) && toks[j].Kind == Number {
			day := toks[j].Text
			j++
			if j < len(toks) && toks[j].Text == "," {
				j++
			}
			if j < len(toks) && toks[j].Kind == Number {
				if y, _, d, ok := ymd(toks[j].Text, strconv.Itoa(m), day); ok {
					return format(y, m, d), i, j + 1, true
				}
			}
		}
	}
	return "", 0, 0, false
}

func ymd(ys, ms, ds string) (y, m, d int, ok bool) {
	y, e1 := strconv.Atoi(ys)
	m, e2 := strconv.Atoi(ms)
	d, e3 := strconv.Atoi(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(ds, "st"), "th"), "nd"))
	if e1 != nil || e2 != nil || e3 != nil || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() != d {
		return 0, 0, 0, false // 31 February, 31 April
	}
	return y, m, d, true
}

func format(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

// Published returns the article's date as the text gives it near its top,
// or "" when its first lines hold none: the date of a line that is no
// sentence of the story (a byline "AFP , Sunday 14 Apr 2024", a date line,
// a headline), of a dateline at the head of a paragraph ("BEIRUT, Nov 27,
// 2024 —"), of a field ("date 2024-04-12", "Published: ..."), or the day
// a sentence of the lead tells its act on ("On June 21, 2025, ..."). Any
// other date inside a sentence of the story is another day's ("recalling
// the strikes of 13 June 2025", "withdraw by March 15, 2024"), not the
// article's; so is any date past the first 80 tokens. Cost: linear in those tokens' lines.
func Published(toks []Token) string {
	for start := 0; start < min(len(toks), 80); {
		end := start + 1
		for end < len(toks) && toks[end].NL == 0 {
			end++
		}
		line := toks[start:end]
		if d, from, to, ok := findDate(line); ok && start+from < 80 && !otherDay(line, from) && (!endsSentence(line) || datelineDate(line, from, to) || onDate(line, from)) {
			return d
		}
		start = end
	}
	return ""
}

// weekdays name the day before a date: "on Tuesday, November 4, 2025".
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// onDate reports whether the date that starts at line[from] is the day of
// the lead's act: "On June 21, 2025, Trump announced" (a sentence's first
// words), "speaking in Berlin on Tuesday, November 4, 2025" (a
// weekday names the day of the report). "recalling that on June 13, 2025"
// and "the treaty signed on May 4, 1994" name other days.
func onDate(line []Token, from int) bool {
	k := from - 1
	if k >= 0 && line[k].Text == "," {
		k--
	}
	weekday := k >= 0 && weekdays[line[k].Lower]
	if weekday {
		k--
	}
	return k >= 0 && line[k].Lower == "on" && (weekday || k == 0 || line[k-1].Kind == Punct && strings.ContainsAny(line[k-1].Text, ".!?"))
}

// otherDays are the words before a date that make it another day than the
// article's: a deadline ("withdraw by March 15"), a past or later event
// ("since", "of", "until").
var otherDays = map[string]bool{"by": true, "until": true, "till": true, "before": true, "after": true, "since": true, "of": true, "from": true, "through": true, "for": true}

// otherDay reports whether the date at line[from] follows such a word.
func otherDay(line []Token, from int) bool {
	return from > 0 && otherDays[line[from-1].Lower]
}

// dateFields are the words that label a date: "date 2024-04-12",
// "Published: 5 Dec 2026".
var dateFields = map[string]bool{"date": true, "dated": true, "published": true, "updated": true, "posted": true}

// datelineDate reports whether the date at line[from:to] is a dateline's
// or a field's: labelled by a date word, or among the line's first tokens
// and followed by the dash, colon or bracket that ends a dateline.
func datelineDate(line []Token, from, to int) bool {
	k := from - 1
	for k >= 0 && line[k].Kind == Punct && line[k].Text == ":" {
		k--
	}
	if k >= 0 && dateFields[line[k].Lower] {
		return true
	}
	if from <= 4 && to < len(line) {
		switch line[to].Text {
		case "—", "–", "-", ":", "(", "/":
			return true
		}
	}
	// "TEHRAN (Reuters), Dec 5, 2026 -", "NEW DELHI, India, Dec. 5, 2026 —",
	// "TEHRAN, December 5, 2026.": a place in capitals opens the line, and
	// only names, commas and brackets stand before the date
	if from == 0 || from > 10 || !line[0].Upper {
		return false
	}
	for _, t := range line[:from] {
		if t.Kind == Word && !t.Cap || t.Kind == Number {
			return false
		}
	}
	return true
}
