// Top mediators: the actors that sit between the sides of the most conflicts.
// Answers: who mediates, ranked by the mediation score `actorgraph run` (or
// `actorgraph load --analysis`) wrote back, with betweenness and PageRank;
// the first $mediators_limit. Only actors of the latest analysis written
// back count: an actor whose articles were all removed keeps its old
// metrics on its node, but is not ranked.
// :param mediators_limit => 10
MATCH (x:Actor)
WHERE x.analysed_at IS NOT NULL
WITH max(x.analysed_at) AS latest
MATCH (a:Actor)
WHERE a.analysed_at = latest AND a.mediation_score > 0
RETURN a.name AS actor, a.kind AS kind, a.country AS country,
       a.mediation_score AS mediation, a.betweenness AS betweenness,
       a.pagerank AS pagerank, a.analysed_at AS analysed_at
ORDER BY mediation DESC, betweenness DESC, actor
LIMIT $mediators_limit
