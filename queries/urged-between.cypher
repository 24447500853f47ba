// Who urged whom between two dates.
// Answers: every URGED edge published from $from to $to (inclusive, dates
// as YYYY-MM-DD), oldest first, with its sentence.
// :param from => '2024-01-01'
// :param to => '2024-12-31'
MATCH (s:Actor)-[r:URGED]->(t:Actor)
WHERE r.published >= date($from) AND r.published <= date($to)
RETURN r.published AS date, s.name AS source, t.name AS target, r.sentence AS sentence, r.doc AS doc
ORDER BY date, source, target
