// Shortest paths between two actors, over any of the six relations in
// either direction.
// Answers: how $path_from_actor and $path_to_actor are connected, and through whom.
// :param path_from_actor => 'Joe Biden'
// :param path_to_actor => 'Iran'
MATCH (a:Actor {key: $path_from_actor}), (b:Actor {key: $path_to_actor})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED*..6]-(b))
RETURN p, length(p) AS hops
LIMIT 25
