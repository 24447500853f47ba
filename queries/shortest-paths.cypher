// Shortest paths between two actors, over any of the six relations in
// either direction.
// Answers: how $path_from_actor and $path_to_actor are connected, and through whom.
// One path per route: paths through the same actors by the same relations
// (two ATTACKED edges from different sentences) are shown once.
// :param path_from_actor => 'Joe Biden'
// :param path_to_actor => 'Iran'
MATCH (a:Actor {key: $path_from_actor}), (b:Actor {key: $path_to_actor})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED*..6]-(b))
WITH p, [n IN nodes(p) | elementId(n)] AS route,
     [r IN relationships(p) | type(r) + '@' + elementId(startNode(r))] AS steps
WITH route, steps, head(collect(p)) AS p
RETURN p, length(p) AS hops
LIMIT 25
