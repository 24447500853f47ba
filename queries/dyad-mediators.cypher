// Mediators of a dyad: who has URGED or SPOKE_WITH ties to both sides.
// Answers: who is talking to both $dyad_side_a and $dyad_side_b (a side includes its members:
// Iran includes Iranian officials), ranked by the score of the report's
// country-level "top mediators per dyad": 2·ties_a·ties_b/(ties_a+ties_b) +
// joint, counting distinct sentences (a mediator's own officials count as
// it), with the sentences as evidence.
// :param dyad_side_a => 'Iran'
// :param dyad_side_b => 'Israel'
MATCH (x:Actor {key: $dyad_side_a}), (y:Actor {key: $dyad_side_b})
MATCH (mm:Actor)-[r:URGED|SPOKE_WITH]-(s:Actor)-[:MEMBER_OF*0..1]->(side:Actor)
WHERE side IN [x, y] AND (type(r) = 'SPOKE_WITH' OR startNode(r) = mm)
WITH x, y, side, r, coalesce(head([(mm)-[:MEMBER_OF]->(c:Actor) | c]), mm) AS m
WHERE NOT m IN [x, y]
WITH m, collect(DISTINCT CASE WHEN side = x THEN [r.doc, r.sentence] END) AS sa,
     collect(DISTINCT CASE WHEN side = y THEN [r.doc, r.sentence] END) AS sb,
     collect(DISTINCT r) AS rels
WHERE size(sa) > 0 AND size(sb) > 0
WITH m, size(sa) AS ties_a, size(sb) AS ties_b, size([t IN sa WHERE t IN sb]) AS joint, rels
RETURN m.name AS mediator, 2.0 * ties_a * ties_b / (ties_a + ties_b) + joint AS score,
       ties_a, ties_b, joint,
       [r IN rels | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + ': ' + r.sentence + ' (' + r.doc + ')'] AS evidence
ORDER BY score DESC, mediator
