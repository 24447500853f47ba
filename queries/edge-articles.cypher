// The articles behind an edge: every sentence, and its article, reporting an
// act between $edge_source and $edge_target (either direction, any relation).
// Answers: where does the claim "$edge_source did X to $edge_target" come from?
// :param edge_source => 'Joe Biden'
// :param edge_target => 'Israel'
MATCH (s:Actor {key: $edge_source})-[r:URGED|WARNED|SPOKE_WITH|ATTACKED|SUPPORTED|ACCUSED]-(t:Actor {key: $edge_target})
MATCH (art:Article {doc: r.doc})
RETURN startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS edge, art.doc AS doc,
       art.title AS title, art.published AS published, r.sentence AS sentence, r.id AS edge_id
ORDER BY published, doc, r.sentence_index
