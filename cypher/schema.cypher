// ZhengQi Graph schema: uniqueness constraints on every node key and the indexes analysts' queries
// and the GraphQL API rely on. Every statement is idempotent (IF NOT EXISTS), and the application
// applies this file at start-up against the embedded or external database.
// Statements are separated by semicolons at the end of a line.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_name IF NOT EXISTS FOR (n:Industry) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:InvestmentStatistic) REQUIRE n.id IS UNIQUE;

CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);

// Chinese and partial names: the default analyzer indexes CJK text character by character, so a
// phrase query on part of a name finds it. Eventually consistent: a write does not wait for Lucene
// (it tripled the cost of writing a node, docs/store.md); ingest waits for the index to catch up
// before it returns, so a search after an ingest sees everything it wrote.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organization|Region|Project|Industry) ON EACH [n.name]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
