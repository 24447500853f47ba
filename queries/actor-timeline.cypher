// An actor's timeline: what $timeline_actor did and what was done to it, by date.
// Answers: the sequence of reported acts involving $timeline_actor, oldest
// first (undated edges last), with the sentence and the article.
// :param timeline_actor => 'Israel'
MATCH (a:Actor {key: $timeline_actor})-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]-(o:Actor)
RETURN r.published AS date, startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS event,
       r.sentence AS sentence, r.doc AS doc
ORDER BY date, doc, r.sentence_index
