// Step 1: project the diplomatic layer into Graph Data Science's memory.
// Answers: builds the in-memory graph $gds_graph of the channels of talk:
// an arc M->S when M URGED S, both ways when they SPOKE_WITH each other,
// with property sentences = the number of distinct sentences behind it (as
// actorgraph's own analysis weighs its arcs). ATTACKED, WARNED, ACCUSED and
// SUPPORTED are left out; so are actors without a diplomatic tie. Needs GDS
// 2.4 or later (the gds.graph.project aggregation function); run
// 6-drop.cypher before projecting again under the same name.
// :param gds_graph => 'actorgraph-diplomatic'
MATCH (s:Actor)-[r:URGED|SPOKE_WITH]-(t:Actor)
WHERE type(r) = 'SPOKE_WITH' OR startNode(r) = s
WITH s, t, count(DISTINCT r.doc + '#' + toString(r.sentence_index)) AS sentences
WITH gds.graph.project($gds_graph, s, t, {relationshipProperties: {sentences: toFloat(sentences)}}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS arcs, g.projectMillis AS millis
