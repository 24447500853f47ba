package ingest

import (
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms NormaliseDate understands, most specific
// first.
var dateLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006",
	"2 January 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"02.01.2006",
	"2.1.2006",
	"2 Jan 2006 15:04:05 MST",
	"02 Jan 2006 15:04:05 MST",
	time.UnixDate,
	time.RubyDate,
	time.ANSIC,
	"Jan 2 2006",
	"January 2nd, 2006",
	"January 2st, 2006",
	"January 2rd, 2006",
	"January 2th, 2006",
}

// NormaliseDate returns the calendar date of s as YYYY-MM-DD, or "" when s
// is not a date it knows. The date is the one written, in the time zone it
// was written in (2024-03-01T23:30:00-05:00 is 2024-03-01), since that is the
// day the outlet published. Years outside 1800–2200 are refused as typos.
func NormaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 && len(s) <= 10 {
		s = time.Unix(n, 0).UTC().Format(time.RFC3339) // Unix seconds written as a string
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if y := t.Year(); y < 1800 || y > 2200 {
			return ""
		}
		return t.Format("2006-01-02")
	}
	return ""
}
