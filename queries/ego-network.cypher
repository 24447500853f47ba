// An actor's ego network: every edge to or from $ego_actor.
// Answers: who $ego_actor acted on and who acted on it. In Browser, the graph
// view draws the neighbourhood.
// :param ego_actor => 'Iran'
MATCH (a:Actor {key: $ego_actor})-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]-(o:Actor)
RETURN a, r, o, startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target, r.sentence AS sentence
ORDER BY relation, source, target
