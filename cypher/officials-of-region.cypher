// Officials of a region and of every region inside it, with their titles and tenure: who leads the
// region or one of its towns, and who holds a post in one of its government bodies.
// Tenure is read off the post: firstSeen and lastSeen are the dates of the first and last article
// that reported it.
// Parameters:
//   $region  name or id of the region, e.g. 北关区 or region:410503
// Returns: one row per person and post: official, personId, title, post (the region or body the
//   post is in), region, firstSeen, lastSeen; ordered by region, official, title.
MATCH (root:Region) WHERE root.id = $region OR root.name = $region
MATCH (r:Region)-[:PART_OF*0..10]->(root)
CALL (r) {
  MATCH (p:Person)-[x:LEADS|HOLDS_POSITION]->(r)
  RETURN p, x, r AS post
  UNION
  MATCH (p:Person)-[x:HOLDS_POSITION]->(post:Organization)-[:PART_OF]->(r)
  RETURN p, x, post
}
RETURN DISTINCT p.name AS official, p.id AS personId, x.title AS title, post.name AS post, r.name AS region,
       x.firstSeen AS firstSeen, x.lastSeen AS lastSeen
ORDER BY region, official, title;
