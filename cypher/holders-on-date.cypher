// Who held a post of a region on a day: 北关区 区委书记 on 2019-03-01.
// A tenure runs from its dated APPOINTED event (else the first article reporting the post) to its
// dated LEFT_POST event (else the last article reporting it: past that, nothing says the person
// still held it). A new holder does not end the old holder's tenure unless a dated event says so,
// so two holders may be returned for one day; basis says what each answer rests on.
// Parameters:
//   $region  name or id of the region the post leads or sits in, e.g. 北关区
//   $title   part of the title, e.g. 书记, or null for every post
//   $on      an ISO day, e.g. 2019-03-01
// Returns: one row per holder and post: holder, personId, title, since, until, firstSeen, lastSeen,
//   basis (APPOINTED when a dated event opened the tenure, REPORTED otherwise), evidence; ordered by title, since.
MATCH (root:Region) WHERE root.id = $region OR root.name = $region
MATCH (p:Person)-[x:LEADS|HOLDS_POSITION|APPOINTED|LEFT_POST]->(root)
WHERE $title IS NULL OR x.title CONTAINS $title
OPTIONAL MATCH (a:Article {id: x.articleId})
WITH p, root, x.title AS title,
     min(CASE WHEN type(x) <> 'LEFT_POST' THEN coalesce(x.firstSeen, a.publishedOn) END) AS firstSeen,
     max(CASE WHEN type(x) <> 'LEFT_POST' THEN coalesce(x.lastSeen, a.publishedOn) END) AS lastSeen,
     min(CASE WHEN type(x) = 'APPOINTED' THEN x.date END) AS since,
     collect(CASE WHEN type(x) <> 'LEFT_POST' THEN x.evidence END)[0] AS evidence
OPTIONAL MATCH (p)-[l:LEFT_POST]->(root) WHERE l.title = title AND l.date IS NOT NULL AND (since IS NULL OR l.date >= since)
WITH p, title, firstSeen, lastSeen, since, evidence, min(coalesce(l.dateEnd, l.date)) AS until
WHERE coalesce(since, firstSeen) <= $on AND coalesce(until, lastSeen) >= $on
RETURN p.name AS holder, p.id AS personId, title, since, until, firstSeen, lastSeen,
       CASE WHEN since IS NULL THEN 'REPORTED' ELSE 'APPOINTED' END AS basis, evidence
ORDER BY title, coalesce(since, firstSeen);
