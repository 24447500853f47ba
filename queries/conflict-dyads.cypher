// Conflict dyads: pairs of actors with hostile edges between them.
// Answers: which pairs ATTACKED, WARNED or ACCUSED one another (either
// way), most hostile edges first, at most $dyads_limit of them.
// :param dyads_limit => 25
MATCH (a:Actor)-[r:ATTACKED|WARNED|ACCUSED]-(b:Actor)
WHERE a.key < b.key
RETURN a.name AS a, b.name AS b, count(r) AS hostile_edges, collect(DISTINCT type(r)) AS relations
ORDER BY hostile_edges DESC, a, b
LIMIT $dyads_limit
