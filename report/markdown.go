package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/actorgraph/actorgraph/analyze"
)

// markdown writes the brief. Every table is capped (see findings.go).
func (f *findings) markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdText(f.Title))
	if f.Generated != "" {
		fmt.Fprintf(&b, "Generated %s.\n\n", f.Generated)
	}
	s := f.Summary
	fmt.Fprintf(&b, "**%s, %s", plural(s.Articles, "article"), plural(s.Edges, "edge"))
	if s.From != "" {
		if s.From == s.To {
			fmt.Fprintf(&b, ", %s", s.From)
		} else {
			fmt.Fprintf(&b, ", %s to %s", s.From, s.To)
		}
	}
	fmt.Fprintf(&b, ".** %s, %d at country level.", plural(f.Actors, "actor"), f.Countries)
	if f.Undated > 0 {
		fmt.Fprintf(&b, " %d edges have no date.", f.Undated)
	}
	if h := f.Headline(); h != "" {
		b.WriteString("\n\n" + mdText(h))
	}
	b.WriteString("\n\n| relation | edges |\n|---|---:|\n")
	for _, r := range f.Relations {
		fmt.Fprintf(&b, "| %s | %d |\n", r.Rel, r.N)
	}
	if c := f.Changes; c != nil {
		b.WriteString("\n## What changed since the previous run\n\n")
		fmt.Fprintf(&b, "Actors: %d, previously %d.\n\n", c.CurActors, c.PrevActors)
		fmt.Fprintf(&b, "- New actors (%d): %s\n", len(c.New)+c.NewMore, nameList(c.New, c.NewMore))
		fmt.Fprintf(&b, "- Dropped actors (%d): %s\n", len(c.Dropped)+c.DroppedMore, nameList(c.Dropped, c.DroppedMore))
		if len(c.Ranks) > 0 {
			b.WriteString("\nMediator ranks (country level):\n\n| mediator | conflict | before | now | change |\n|---|---|---:|---:|---|\n")
			for _, r := range c.Ranks {
				fmt.Fprintf(&b, "| %s | %s – %s | %s | %s | %s |\n", mdCell(r.Mediator), mdCell(r.A), mdCell(r.B), rankText(r.Prev), rankText(r.Cur), r.Move())
			}
		}
	}
	b.WriteString("\n## Top mediators per conflict dyad\n\n")
	b.WriteString(mediationNote + "\n")
	writeMediatorGroups(&b, "Country level", f.MedCountry)
	writeMediatorGroups(&b, "Actor level", f.MedActor)
	b.WriteString("\n## Mediation on the channels of talk\n\n")
	b.WriteString(pathMediationNote + "\n")
	writePathGroups(&b, "Country level", f.PathCountry)
	writePathGroups(&b, "Actor level", f.PathActor)
	b.WriteString("\n## Conflict dyads (country level)\n\n")
	if len(f.Dyads) == 0 {
		b.WriteString("No pair of actors has a hostile edge (ATTACKED, WARNED, ACCUSED) between them.\n")
	} else {
		b.WriteString("| dyad | ATTACKED | WARNED | ACCUSED | total | example |\n|---|---:|---:|---:|---:|---|\n")
		for _, d := range f.Dyads {
			ex := ""
			if len(d.Evidence) > 0 {
				ex = mdCell(d.Evidence[0].Sentence) + " " + strings.ReplaceAll(mdCode(d.Evidence[0].Doc), "|", `\|`)
			}
			fmt.Fprintf(&b, "| %s – %s | %d | %d | %d | %d | %s |\n", mdCell(d.A), mdCell(d.B), d.Counts[0], d.Counts[1], d.Counts[2], d.Total, ex)
		}
		if f.DyadsTotal > len(f.Dyads) {
			fmt.Fprintf(&b, "\n%s with fewer edges in analysis.json.\n", plural(f.DyadsTotal-len(f.Dyads), "more dyad"))
		}
	}
	b.WriteString("\n## Most central actors\n\n")
	if len(f.Central) == 0 {
		b.WriteString("No actors.\n")
	} else {
		if f.Method != "" {
			fmt.Fprintf(&b, "Betweenness: %s.\n\n", mdText(f.Method))
		}
		head, rule := "| # | actor | kind | country | betweenness |", "|---:|---|---|---|---:|"
		if f.ShowPath {
			head, rule = head+" mediation | diplomatic betweenness |", rule+"---:|---:|"
		}
		if f.ShowWeighted {
			head, rule = head+" weighted betweenness |", rule+"---:|"
		}
		head, rule = head+" PageRank |", rule+"---:|"
		if f.ShowHarmonic {
			head, rule = head+" harmonic |", rule+"---:|"
		}
		if f.ShowCommunity {
			head, rule = head+" community |", rule+"---:|"
		}
		b.WriteString(head + " in | out |\n" + rule + "---:|---:|\n")
		for i, a := range f.Central {
			c := ""
			if a.Country != nil {
				c = *a.Country
			}
			fmt.Fprintf(&b, "| %d | %s | %s | %s | %.4f |", i+1, mdCell(a.Name), a.Kind, mdCell(c), a.Betweenness)
			if f.ShowPath {
				fmt.Fprintf(&b, " %.4f | %.4f |", a.PathMediation, a.DiplomaticBetweenness)
			}
			if f.ShowWeighted {
				fmt.Fprintf(&b, " %.4f |", weightedBetweenness(a))
			}
			fmt.Fprintf(&b, " %.4f |", a.PageRank)
			if f.ShowHarmonic {
				fmt.Fprintf(&b, " %.4f |", harmonic(a))
			}
			if f.ShowCommunity {
				fmt.Fprintf(&b, " %d |", a.Community)
			}
			fmt.Fprintf(&b, " %d | %d |\n", a.InDegree, a.OutDegree)
		}
		if f.Actors > len(f.Central) {
			fmt.Fprintf(&b, "\n%s in analysis.json.\n", plural(f.Actors-len(f.Central), "more actor"))
		}
	}
	if len(f.Active) > 0 {
		b.WriteString("\n## Most active actors per relation\n\n| relation | most often source | most often target |\n|---|---|---|\n")
		for _, r := range f.Active {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", r.Rel.Rel, countList(r.Sources), countList(r.Targets))
		}
	}
	if len(f.Brokers) > 0 {
		b.WriteString("\n## Brokerage roles (Gould–Fernandez, groups are countries)\n\n| actor |")
		for _, r := range brokerRoles {
			b.WriteString(" " + r + " |")
		}
		b.WriteString(" total | on the channels of talk |\n|---|" + strings.Repeat("---:|", len(brokerRoles)+2) + "\n")
		for _, r := range f.Brokers {
			fmt.Fprintf(&b, "| %s |", mdCell(r.Name))
			for _, c := range r.Counts {
				fmt.Fprintf(&b, " %d |", c)
			}
			fmt.Fprintf(&b, " %d | %d |\n", r.Total, r.Diplomatic)
		}
	}
	if len(f.Windows) > 0 {
		b.WriteString("\n## Over time\n\nThe analysis of each time window: its top mediator and its top go-between on the channels of talk (country level), and its most central actor; windows with no edge are left out.\n\n| window | edges | top mediator | conflict | score | top go-between | most central |\n|---|---:|---|---|---:|---|---|\n")
		for _, w := range f.Windows {
			med, dyad, sc, gb := "–", "–", "–", "–"
			if m := w.Mediator; m != nil {
				med, dyad, sc = mdCell(m.Mediator), mdCell(m.Dyad[0])+" – "+mdCell(m.Dyad[1]), score(m.Score)
			}
			if w.GoBetween != "" {
				gb = fmt.Sprintf("%s (%.2f)", mdCell(w.GoBetween), w.GoBetweenScore)
			}
			fmt.Fprintf(&b, "| %s to %s | %d | %s | %s | %s | %s | %s |\n", w.Start, w.End, w.Edges, med, dyad, sc, gb, mdCell(cmpOr(w.Central, "–")))
		}
		if f.WindowsMore > 0 {
			fmt.Fprintf(&b, "\n%s in analysis.json.\n", plural(f.WindowsMore, "earlier window"))
		}
	}
	if t := f.Timeline; len(t.Bars) > 0 {
		fmt.Fprintf(&b, "\n## Edges per %s\n\n| %s | total |", t.Period, t.Period)
		for _, r := range f.Relations {
			fmt.Fprintf(&b, " %s |", r.Rel)
		}
		b.WriteString("\n|---|---:|" + strings.Repeat("---:|", len(f.Relations)) + "\n")
		var rows []bar
		for _, br := range t.Bars {
			if br.Total > 0 {
				rows = append(rows, br)
			}
		}
		skipped := 0
		if len(rows) > maxMarkdownPeriod {
			skipped = len(rows) - maxMarkdownPeriod
			rows = rows[skipped:]
		}
		for _, br := range rows {
			fmt.Fprintf(&b, "| %s | %d |", br.Start, br.Total)
			for _, c := range br.Counts {
				fmt.Fprintf(&b, " %d |", c)
			}
			b.WriteString("\n")
		}
		if skipped > 0 {
			fmt.Fprintf(&b, "\nThe %d earlier %ss with edges are in report.html.\n", skipped, t.Period)
		}
	}
	if f.Drawn < f.Actors {
		fmt.Fprintf(&b, "\nreport.html draws %d of %d actors: the sides of the most hostile conflicts and their mediators first, then the others by mediation and betweenness.\n", f.Drawn, f.Actors)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMediatorGroups(b *strings.Builder, level string, gs []dyadMediators) {
	fmt.Fprintf(b, "\n### %s\n\n", level)
	if len(gs) == 0 {
		b.WriteString("No actor has URGED or SPOKE_WITH ties to both sides of a conflict dyad.\n")
		return
	}
	for i, g := range gs {
		fmt.Fprintf(b, "**%s – %s**\n\n", mdText(g.A), mdText(g.B))
		for i, m := range g.Mediators {
			sc := "score " + score(m.Score)
			if m.Share > 0 {
				sc += ", on " + percent(m.Share) + " of the shortest diplomatic paths"
			}
			if m.Note != "" {
				fmt.Fprintf(b, "%d. %s (%s; %s)\n", i+1, mdText(m.Name), sc, mdText(m.Note))
			} else {
				fmt.Fprintf(b, "%d. %s (%s)\n", i+1, mdText(m.Name), sc)
			}
			for j, ev := range m.Evidence {
				if j > 0 {
					b.WriteString("   >\n")
				}
				if t := tie(ev); t != "" {
					fmt.Fprintf(b, "   > %s — %s (%s)\n", mdText(ev.Sentence), mdCode(ev.Doc), mdText(t))
				} else {
					fmt.Fprintf(b, "   > %s — %s\n", mdText(ev.Sentence), mdCode(ev.Doc))
				}
			}
		}
		if g.More > 0 {
			fmt.Fprintf(b, "\n%s of this dyad in analysis.json.\n", plural(g.More, "more mediator"))
		}
		if i < len(gs)-1 {
			b.WriteString("\n")
		}
	}
}

// writePathGroups writes the go-betweens of each conflict on the
// diplomatic layer: share of the shortest paths, score, stance, evidence.
func writePathGroups(b *strings.Builder, level string, gs []pathGroup) {
	fmt.Fprintf(b, "\n### %s\n\n", level)
	if len(gs) == 0 {
		b.WriteString("No conflict has a go-between on the channels of talk.\n")
		return
	}
	b.WriteString("| conflict | hostile edges | go-between | paths | score | evidence |\n|---|---:|---|---:|---:|---|\n")
	for _, g := range gs {
		for i, r := range g.Rows {
			conflict, hostile := "", ""
			if i == 0 {
				conflict, hostile = mdCell(g.A)+" – "+mdCell(g.B), itoa(g.Hostile)
				if g.More > 0 {
					conflict += " (" + plural(g.More, "more go-between") + " in analysis.json)"
				}
			}
			name := mdCell(r.Name)
			if r.Note != "" {
				name += " (" + mdCell(r.Note) + ")"
			}
			sc := "–"
			if r.Score > 0 {
				sc = score(r.Score)
			}
			ev := ""
			if len(r.Evidence) > 0 {
				e := r.Evidence[0]
				ev = mdCell(e.Sentence) + " " + strings.ReplaceAll(mdCode(e.Doc), "|", `\|`)
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", conflict, hostile, name, percent(r.Share), sc, ev)
		}
	}
}

func rankText(r int) string {
	if r == 0 {
		return "–"
	}
	return itoa(r)
}

func nameList(names []string, more int) string {
	if len(names) == 0 {
		return "none"
	}
	var parts []string
	for _, n := range names {
		parts = append(parts, mdText(n))
	}
	s := strings.Join(parts, ", ")
	if more > 0 {
		s += fmt.Sprintf(" and %d more", more)
	}
	return s
}

func countList(ns []nameCount) string {
	var parts []string
	for _, n := range ns {
		parts = append(parts, fmt.Sprintf("%s (%d)", mdCell(n.Name), n.N))
	}
	return strings.Join(parts, ", ")
}

// mdText escapes the characters that would turn news text into Markdown
// markup (emphasis, code, links, HTML) and flattens line breaks.
var mdEscaper = strings.NewReplacer("\\", `\\`, "*", `\*`, "`", "\\`", "[", `\[`, "<", `\<`, "\n", " ", "\r", " ")

func mdText(s string) string { return mdEscaper.Replace(s) }

// mdCell is mdText for table cells, where "|" also needs escaping.
func mdCell(s string) string { return strings.ReplaceAll(mdText(s), "|", `\|`) }

// mdCode puts a file name in a code span (backticks inside become quotes).
func mdCode(s string) string {
	return "`" + strings.NewReplacer("`", "'", "\n", " ", "\r", " ").Replace(s) + "`"
}

// plural writes "1 more actor" or "2 more actors".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return itoa(n) + " " + what + "s"
}

// tie says which edge a piece of evidence stands for ("United States urged
// Israel"), or "" when the analysis did not record it.
func tie(ev analyze.Evidence) string {
	if ev.Source == "" || ev.Target == "" || ev.Relation == "" {
		return ""
	}
	return ev.Source + " " + relLabel(ev.Relation) + " " + ev.Target
}

func cmpOr(s, dflt string) string {
	if s == "" {
		return dflt
	}
	return s
}
