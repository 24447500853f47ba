// Shortest paths between two actors, over any of the six relations in
// either direction.
// Answers: how $from and $to are connected, and through whom.
// :param from => 'Joe Biden'
// :param to => 'Iran'
MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED*..6]-(b))
RETURN p, length(p) AS hops
LIMIT 25
