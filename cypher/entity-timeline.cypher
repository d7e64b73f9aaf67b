// An entity's timeline: its dated events in date order, each with the sentence and article that dated it.
// Events are the dated relationships touching the entity (VISITED, INVESTS_IN: the signing, APPOINTED,
// LEFT_POST, in either direction: a person's visits and a company's visitors) and, for a project, the
// date of its status (STATUS: 签约, 开工, 投产, 竣工). A project's status is a property of the project, so
// its evidence is the project's mention in the article whose sentence writes the status date (the latest
// such article).
// An event counts when what it states (date to dateEnd) overlaps the window; undated events (dateText
// only, no year known) are left out.
// Parameters:
//   $id    id of the person, organisation, region or project
//   $from  ISO day or null: keep events that end on or after it
//   $to    ISO day or null: keep events that start on or before it
// Returns: one row per event: type (VISITED, INVESTS_IN, APPOINTED, LEFT_POST, STATUS), date, dateEnd,
//   datePrecision, dateOnOrBefore, dateText, direction (OUT when the entity is the start of the
//   relationship, IN when the end; OUT for STATUS), other (the node at the other end, null for STATUS),
//   otherName, detail (title, purpose or status), amountYuan, evidence, articleId, start, end;
//   ordered by date, dateEnd, type, otherName.
CALL () {
  MATCH (n:Person {id: $id}) RETURN n
  UNION MATCH (n:Organization {id: $id}) RETURN n
  UNION MATCH (n:Region {id: $id}) RETURN n
  UNION MATCH (n:Project {id: $id}) RETURN n
}
CALL (n) {
  MATCH (n)-[x:VISITED|INVESTS_IN|APPOINTED|LEFT_POST]-(other)
  WHERE x.date IS NOT NULL
  RETURN type(x) AS type, properties(x) AS event, other, startNode(x) = n AS outgoing
  UNION ALL
  WITH n WHERE n.statusDate IS NOT NULL
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
  WITH n, a, m ORDER BY m.evidence CONTAINS coalesce(n.statusDateText, n.statusDate) DESC, a.publishedOn DESC
  WITH n, collect({evidence: m.evidence, articleId: a.id, start: m.start, end: m.end})[0] AS source
  RETURN 'STATUS' AS type, {date: n.statusDate, dateEnd: n.statusDateEnd, datePrecision: n.statusDatePrecision,
         dateOnOrBefore: n.statusDateOnOrBefore, dateText: n.statusDateText, status: n.status,
         evidence: source.evidence, articleId: source.articleId, start: source.start, end: source.end} AS event,
         null AS other, true AS outgoing
}
WITH type, event, other, outgoing
WHERE ($from IS NULL OR coalesce(event.dateEnd, event.date) >= $from) AND ($to IS NULL OR event.date <= $to)
RETURN type, event.date AS date, event.dateEnd AS dateEnd, event.datePrecision AS datePrecision,
       coalesce(event.dateOnOrBefore, false) AS dateOnOrBefore, event.dateText AS dateText,
       CASE WHEN outgoing THEN 'OUT' ELSE 'IN' END AS direction,
       CASE WHEN other IS NULL THEN null ELSE other {.*, eid: elementId(other), labels: labels(other)} END AS other,
       other.name AS otherName, coalesce(event.title, event.purpose, event.status) AS detail,
       event.amountYuan AS amountYuan, event.evidence AS evidence, event.articleId AS articleId,
       event.start AS start, event.end AS end
ORDER BY date, coalesce(dateEnd, date), type, otherName;
