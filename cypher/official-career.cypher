// Officials' careers: every post each person held, with its tenure and the sentence that gave it.
// since and until come from dated APPOINTED and LEFT_POST events of the same person, title and body
// or region (任命, 当选 / 免去, 不再担任); firstSeen and lastSeen from the articles that report the post.
// A later holder of the same post never closes this tenure: only a dated LEFT_POST does.
// Several people in one run (the API asks for the careers of a whole list of people at once).
// Parameters:
//   $people  ids or names of the people, e.g. ['王海涛']
// Returns: one row per person asked for and post: person (as asked), title, post (the body or region),
//   region, since, until, firstSeen, lastSeen, evidence (the appointing sentence when there is one, else
//   the first report); ordered by person, since, firstSeen, title.
UNWIND $people AS person
MATCH (p:Person) WHERE p.id = person OR p.name = person
MATCH (p)-[x:LEADS|HOLDS_POSITION|APPOINTED|LEFT_POST]->(post)
OPTIONAL MATCH (a:Article {id: x.articleId})
WITH person, p, post, x.title AS title,
     min(coalesce(x.firstSeen, a.publishedOn)) AS firstSeen, max(coalesce(x.lastSeen, a.publishedOn)) AS lastSeen,
     min(CASE WHEN type(x) = 'APPOINTED' THEN x.date END) AS since,
     collect(CASE WHEN type(x) = 'APPOINTED' THEN x.evidence END)[0] AS appointedIn,
     collect(CASE WHEN type(x) <> 'LEFT_POST' THEN x.evidence END)[0] AS reportedIn
OPTIONAL MATCH (p)-[l:LEFT_POST]->(post) WHERE l.title = title AND l.date IS NOT NULL AND (since IS NULL OR l.date >= since)
WITH person, p, post, title, firstSeen, lastSeen, since, appointedIn, reportedIn, min(coalesce(l.dateEnd, l.date)) AS until,
     collect(l.evidence)[0] AS leftIn
OPTIONAL MATCH (post)-[:PART_OF*1..3]->(owner:Region)
WITH person, title, post, since, until, firstSeen, lastSeen, coalesce(appointedIn, reportedIn, leftIn) AS evidence,
     CASE WHEN post:Region THEN post ELSE owner END AS region
RETURN DISTINCT person, title, post.name AS post, region.name AS region, since, until, firstSeen, lastSeen, evidence
ORDER BY person, coalesce(since, firstSeen), firstSeen, title;
