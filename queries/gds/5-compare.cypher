// Step 5: Graph Data Science's results beside actorgraph's own.
// Answers: the first $gds_compare_limit actors by GDS betweenness on the
// diplomatic layer, with GDS PageRank and community, and actorgraph's
// betweenness (all relations) and mediation score written back by
// `actorgraph run` or `actorgraph load --analysis`.
// :param gds_compare_limit => 25
MATCH (a:Actor)
WHERE a.gds_betweenness IS NOT NULL
RETURN a.name AS actor, a.gds_betweenness AS gds_betweenness, a.gds_pagerank AS gds_pagerank,
       a.gds_community AS gds_community, a.betweenness AS betweenness, a.mediation_score AS mediation
ORDER BY gds_betweenness DESC, actor
LIMIT $gds_compare_limit
