// The articles that mention an actor, through MENTIONED_IN.
// Answers: which articles name $articles_actor in a reported act, newest
// first, with how many of its edges each holds. In Browser, the graph view
// draws the actor and its sources; double-click an article to expand to the
// other actors it mentions.
// :param articles_actor => 'Iran'
MATCH (a:Actor {key: $articles_actor})-[m:MENTIONED_IN]->(art:Article)
RETURN a, m, art, art.doc AS doc, art.published AS published,
       COUNT { (a)-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]-(:Actor) WHERE r.doc = art.doc } AS edges
ORDER BY published DESC, doc
