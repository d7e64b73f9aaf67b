// Companies that followed an official: a company that turned up in one region during the official's
// tenure there and then in another region during a later tenure there (visited by the official, or
// investing in a project located in the region), in that order.
// A tenure runs from its dated APPOINTED event (else the first report of the post) to its dated
// LEFT_POST event (else the last report); an event's day is its date, else its article's publishedOn.
// Parameters:
//   $person  id or name of the official
// Returns: one row per company and pair of places: company, firstRegion, firstDate, firstEvidence,
//   laterRegion, laterDate, laterEvidence; ordered by company, firstDate.
MATCH (p:Person) WHERE p.id = $person OR p.name = $person
MATCH (p)-[x:LEADS|HOLDS_POSITION|APPOINTED]->(post)
OPTIONAL MATCH (post)-[:PART_OF*1..3]->(owner:Region)
WITH p, x, CASE WHEN post:Region THEN post ELSE owner END AS region
WHERE region IS NOT NULL
OPTIONAL MATCH (a:Article {id: x.articleId})
WITH p, region, x.title AS title,
     min(coalesce(CASE WHEN type(x) = 'APPOINTED' THEN x.date END, x.firstSeen, a.publishedOn)) AS since,
     max(coalesce(x.lastSeen, a.publishedOn)) AS lastSeen
OPTIONAL MATCH (p)-[l:LEFT_POST]->()-[:PART_OF*0..3]->(region) WHERE l.title = title AND l.date IS NOT NULL AND l.date >= since
WITH p, region, since, lastSeen, min(l.date) AS left
WITH p, region, since, coalesce(left, lastSeen) AS until
WITH p, collect(DISTINCT {region: region, since: since, until: until}) AS tenures
UNWIND tenures AS t
CALL (p, t) {
  WITH p, t, t.region AS region
  MATCH (p)-[v:VISITED]->(c:Company)
  OPTIONAL MATCH (a:Article {id: v.articleId})
  WITH c, v, coalesce(v.date, a.publishedOn) AS day, region
  WHERE day >= t.since AND day <= t.until
  RETURN c, day, v.evidence AS evidence
  UNION
  WITH t, t.region AS region
  MATCH (c:Organization)-[i:INVESTS_IN]->(:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region)
  WHERE c:Company
  WITH c, i, coalesce(i.date, i.firstSeen) AS day
  WHERE day >= t.since AND day <= t.until
  RETURN c, day, i.evidence AS evidence
}
WITH c, t.region AS region, min(day) AS day, collect(evidence)[0] AS evidence
WITH c, collect({region: region, day: day, evidence: evidence}) AS stops
UNWIND stops AS first
UNWIND stops AS later
WITH c, first, later WHERE first.region <> later.region AND first.day < later.day
RETURN DISTINCT c.name AS company, first.region.name AS firstRegion, first.day AS firstDate, first.evidence AS firstEvidence,
       later.region.name AS laterRegion, later.day AS laterDate, later.evidence AS laterEvidence
ORDER BY company, firstDate;
