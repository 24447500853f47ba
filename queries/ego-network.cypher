// An actor's ego network: every edge to or from $actor.
// Answers: who $actor acted on and who acted on it. In Browser, the graph
// view draws the neighbourhood.
// :param actor => 'Iran'
MATCH (a:Actor {key: $actor})-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]-(o:Actor)
RETURN a, r, o, startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target, r.sentence AS sentence
ORDER BY relation, source, target
