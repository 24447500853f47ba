// Mediators of a dyad, ranked as the report ranks them.
// Answers: who talks to both $dyad_side_a and $dyad_side_b (a side includes
// its members: Iran includes Iranian officials). A tie is the mediator
// URGING a side, or SPOKE_WITH it either way; a and b count the distinct
// sentences tying it to each side, joint those tying it to both at once, and
// score = 2ab/(a+b) + joint (graph/mediation, docs/analysis.md), highest
// first, with the sentences as evidence.
// :param dyad_side_a => 'Iran'
// :param dyad_side_b => 'Israel'
MATCH (x:Actor {key: $dyad_side_a}), (y:Actor {key: $dyad_side_b})
MATCH (m:Actor)-[r:URGED|SPOKE_WITH]-(s:Actor)-[:MEMBER_OF*0..1]->(side:Actor)
WHERE side IN [x, y] AND (type(r) = 'SPOKE_WITH' OR startNode(r) = m)
  AND NOT m IN [x, y] AND NOT EXISTS { (m)-[:MEMBER_OF]->(x) } AND NOT EXISTS { (m)-[:MEMBER_OF]->(y) }
WITH m, collect(DISTINCT r) AS rels,
     collect(DISTINCT CASE WHEN side = x THEN r.doc + '#' + toString(r.sentence_index) END) AS sentences_a,
     collect(DISTINCT CASE WHEN side = y THEN r.doc + '#' + toString(r.sentence_index) END) AS sentences_b
WITH m, rels, size(sentences_a) AS ties_a, size(sentences_b) AS ties_b,
     size([k IN sentences_a WHERE k IN sentences_b]) AS joint
WHERE ties_a > 0 AND ties_b > 0
RETURN m.name AS mediator, 2.0 * ties_a * ties_b / (ties_a + ties_b) + joint AS score,
       ties_a, ties_b, joint, m.mediation_score AS total_mediation_score,
       [r IN rels | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + ': ' + r.sentence + ' (' + r.doc + ')'] AS evidence
ORDER BY score DESC, mediator
