// Mediators of a dyad: who has URGED or SPOKE_WITH ties to both sides.
// Answers: who is talking to both $a and $b (a side includes its members:
// Iran includes Iranian officials), with the sentences as evidence.
// :param a => 'Iran'
// :param b => 'Israel'
MATCH (x:Actor {key: $a}), (y:Actor {key: $b})
MATCH (m:Actor)-[r1:URGED|SPOKE_WITH]-(xs:Actor)-[:MEMBER_OF*0..1]->(x)
MATCH (m)-[r2:URGED|SPOKE_WITH]-(ys:Actor)-[:MEMBER_OF*0..1]->(y)
WHERE NOT m IN [x, y] AND NOT EXISTS { (m)-[:MEMBER_OF]->(x) } AND NOT EXISTS { (m)-[:MEMBER_OF]->(y) }
WITH m, collect(DISTINCT r1) + collect(DISTINCT r2) AS rels
RETURN m.name AS mediator, size(rels) AS ties, m.mediation_score AS score,
       [r IN rels | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + ': ' + r.sentence + ' (' + r.doc + ')'] AS evidence
ORDER BY ties DESC, mediator
