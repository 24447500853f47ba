// Who urged whom between two dates.
// Answers: every URGED edge published from $urged_from_date to
// $urged_to_date (inclusive, dates as YYYY-MM-DD), oldest first, with its
// sentence.
// :param urged_from_date => '2024-01-01'
// :param urged_to_date => '2024-12-31'
MATCH (s:Actor)-[r:URGED]->(t:Actor)
WHERE r.published >= date($urged_from_date) AND r.published <= date($urged_to_date)
RETURN r.published AS date, s.name AS source, t.name AS target, r.sentence AS sentence, r.doc AS doc
ORDER BY date, source, target
