package text

import (
	"fmt"
	"strconv"
	"strings"
)

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// FindDate returns the first full date (with a year) written in toks, as
// YYYY-MM-DD: "2024-04-12", "14 Apr 2024", "Sunday 14 April 2024",
// "April 11, 2024", "Apr. 11 2024".
func FindDate(toks []Token) (string, bool) {
	for i, t := range toks {
		if t.Kind == Number && strings.Count(t.Text, "-") == 2 {
			p := strings.Split(t.Text, "-")
			if y, m, d, ok := ymd(p[0], p[1], p[2]); ok {
				return format(y, m, d), true
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
			if y, _, d, ok := ymd(toks[i+1].Text, "1", toks[i-1].Text); ok {
				return format(y, m, d), true
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
				if y, _, d, ok := ymd(toks[j].Text, "1", day); ok {
					return format(y, m, d), true
				}
			}
		}
	}
	return "", false
}

func ymd(ys, ms, ds string) (y, m, d int, ok bool) {
	y, e1 := strconv.Atoi(ys)
	m, e2 := strconv.Atoi(ms)
	d, e3 := strconv.Atoi(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(ds, "st"), "th"), "nd"))
	if e1 != nil || e2 != nil || e3 != nil || y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func format(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

// Published returns the article's date as the text gives it near its top
// (a byline "AFP , Sunday 14 Apr 2024", a "date 2024-04-12" field, a
// dateline), or "" when the first lines hold no full date. Only the first
// 80 tokens are read: a date deep in the story is an event's date.
func Published(toks []Token) string {
	d, _ := FindDate(toks[:min(len(toks), 80)])
	return d
}
