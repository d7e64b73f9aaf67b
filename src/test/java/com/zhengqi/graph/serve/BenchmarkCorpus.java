package com.zhengqi.graph.serve;

import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;

/**
 * A synthetic graph in the shape of docs/graph-model.md, large enough to load the API: one
 * province of 18 cities, 180 counties and 1,800 towns; government bodies, officials and their
 * posts; companies, projects with amounts, investments, visits; articles that mention them. Names
 * are built from character pools, deterministically, so every run loads the same graph. Every
 * relationship carries an articleId and an evidence sentence, as extracted ones do.
 */
public final class BenchmarkCorpus {

    static final int CITIES = 18;
    static final int COUNTIES_PER_CITY = 10;
    static final int TOWNS_PER_COUNTY = 10;
    static final int BODIES_PER_COUNTY = 5;
    static final int BUSINESS_PEOPLE = 2_000;
    static final int COMPANIES = 4_000;
    static final int PROJECTS = 10_000;
    static final int VISITS = 5_000;
    static final int ARTICLES = 5_000;
    static final int MENTIONS_PER_ARTICLE = 15;
    static final int INDUSTRIES = 30;

    private static final String PLACE_CHARS = "安平宁康泰和丰华兴隆昌盛源清河山川林阳东西南北中新永庆福寿金玉江湖海岭桥塘石城德";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文斌辉鹏海波宇浩红春松林峰";
    private static final String COMPANY_CHARS = "鑫瑞达通恒信德利创科嘉禾美佳天宏远大博联众诚凯华汇晟翔腾飞越";
    private static final List<String> BODIES = List.of("商务局", "发展和改革委员会", "工业和信息化局", "财政局", "自然资源局");
    private static final List<String> STATUSES = List.of("SIGNED", "UNDER_NEGOTIATION", "UNDER_CONSTRUCTION", "COMPLETED");

    private BenchmarkCorpus() {
    }

    /** Loads the corpus into an empty graph; returns how many nodes and relationships it holds. */
    public static void load(Driver driver) {
        Map<String, Object> pools = Map.of("place", chars(PLACE_CHARS), "surnames", chars(SURNAMES), "given", chars(GIVEN),
                "company", chars(COMPANY_CHARS), "bodies", BODIES, "statuses", STATUSES);
        run(driver, """
                UNWIND range(0, $articles - 1) AS i
                CREATE (:Article {id: 'bench:article:' + i, title: '招商引资简报第' + i + '期', source: 'bench/' + i + '.txt',
                                  publishedOn: toString(date('2018-01-01') + duration({days: i % 1800})), newspaper: '测试日报',
                                  text: '招商引资简报第' + i + '期。'})""", Map.of("articles", ARTICLES));
        run(driver, """
                CREATE (p:Region {id: 'bench:region:0', name: '中原省', code: '990000', level: 'PROVINCE'})
                WITH p
                UNWIND range(0, $cities - 1) AS c
                CREATE (city:Region {id: 'bench:region:c' + c, name: $place[c % 40] + $place[(c * 7 + 3) % 40] + '市',
                                     code: toString(990100 + c * 100), level: 'CITY'})
                CREATE (city)-[:PART_OF {articleId: 'bench:article:' + c, evidence: '行政区划'}]->(p)
                WITH city, c
                UNWIND range(0, $counties - 1) AS k
                WITH city, c * $counties + k AS n
                CREATE (county:Region {id: 'bench:region:k' + n, name: $place[n % 40] + $place[(n / 40) % 40] + $place[(n * 13 + 5) % 40] + '区',
                                       code: toString(99000000 + n), level: 'COUNTY'})
                CREATE (county)-[:PART_OF {articleId: 'bench:article:' + n, evidence: '行政区划'}]->(city)
                WITH county, n
                UNWIND range(0, $towns - 1) AS t
                WITH county, n * $towns + t AS m
                CREATE (town:Region {id: 'bench:region:t' + m, name: $place[m % 40] + $place[(m / 40) % 40] + $place[(m / 1600) % 40] + '镇',
                                     code: toString(9900000000 + m), level: 'TOWN'})
                CREATE (town)-[:PART_OF {articleId: 'bench:article:' + (m % $articles), evidence: '行政区划'}]->(county)""",
                merge(pools, Map.of("cities", CITIES, "counties", COUNTIES_PER_CITY, "towns", TOWNS_PER_COUNTY, "articles", ARTICLES)));
        run(driver, """
                MATCH (county:Region {level: 'COUNTY'}) WHERE county.id STARTS WITH 'bench:'
                WITH county, toInteger(substring(county.id, 14)) AS n
                CREATE (sec:Person {id: 'bench:person:sec' + n, name: $surnames[n % 30] + $given[(n / 30) % 40] + $given[(n * 7) % 40]})
                CREATE (mayor:Person {id: 'bench:person:mayor' + n, name: $surnames[(n + 11) % 30] + $given[(n * 3) % 40] + $given[(n / 7) % 40]})
                CREATE (sec)-[:LEADS {title: '区委书记', articleId: 'bench:article:' + (n % $articles), evidence: '区委书记' + sec.name + '出席会议。'}]->(county)
                CREATE (mayor)-[:LEADS {title: '区长', articleId: 'bench:article:' + ((n + 1) % $articles), evidence: '区长' + mayor.name + '主持会议。'}]->(county)
                WITH county, n
                UNWIND range(0, size($bodies) - 1) AS b
                CREATE (body:Organization:GovernmentBody {id: 'bench:org:body' + n + '-' + b, name: county.name + $bodies[b],
                                                          kind: 'GOVERNMENT', aliases: ['区' + $bodies[b]]})
                CREATE (body)-[:PART_OF {articleId: 'bench:article:' + (n % $articles), evidence: county.name + $bodies[b]}]->(county)
                CREATE (chief:Person {id: 'bench:person:chief' + n + '-' + b, name: $surnames[(n + b * 5) % 30] + $given[(n + b) % 40]})
                CREATE (chief)-[:HOLDS_POSITION {title: '局长', articleId: 'bench:article:' + ((n * 5 + b) % $articles),
                                                 evidence: '区' + $bodies[b] + '局长' + chief.name + '说。'}]->(body)""",
                merge(pools, Map.of("articles", ARTICLES)));
        run(driver, """
                MATCH (town:Region {level: 'TOWN'}) WHERE town.id STARTS WITH 'bench:'
                WITH town, toInteger(substring(town.id, 14)) AS m
                CREATE (head:Person {id: 'bench:person:head' + m, name: $surnames[(m * 7) % 30] + $given[m % 40] + $given[(m / 40) % 40]})
                CREATE (head)-[:LEADS {title: '镇长', articleId: 'bench:article:' + (m % $articles), evidence: '镇长' + head.name + '介绍。'}]->(town)""",
                merge(pools, Map.of("articles", ARTICLES)));
        run(driver, """
                UNWIND range(0, $industries - 1) AS i
                CREATE (:Industry {name: '产业' + $place[i % 40] + $place[(i * 3 + 1) % 40]})""", merge(pools, Map.of("industries", INDUSTRIES)));
        run(driver, """
                MATCH (county:Region {level: 'COUNTY'}) WHERE county.id STARTS WITH 'bench:'
                WITH collect(county) AS counties
                MATCH (ind:Industry) WITH counties, collect(ind) AS industries
                UNWIND range(0, $companies - 1) AS i
                WITH counties, industries, i
                CREATE (c:Organization:Company {id: 'bench:org:company' + i,
                        name: $company[i % 30] + $company[(i / 30) % 30] + $company[(i * 7 + 3) % 30] + '有限公司', kind: 'COMPANY', aliases: []})
                WITH counties, industries, i, c
                CALL (counties, industries, i, c) {
                  WITH counties[(i * 31) % size(counties)] AS county, industries[i % size(industries)] AS ind
                  CREATE (c)-[:LOCATED_IN {articleId: 'bench:article:' + (i % $articles), evidence: c.name + '落户' + county.name}]->(county)
                  CREATE (c)-[:IN_INDUSTRY {articleId: 'bench:article:' + (i % $articles), evidence: c.name}]->(ind)
                }""", merge(pools, Map.of("companies", COMPANIES, "articles", ARTICLES)));
        run(driver, """
                MATCH (r:Region) WHERE r.id STARTS WITH 'bench:' AND r.level IN ['COUNTY', 'TOWN']
                WITH collect(r) AS places
                MATCH (ind:Industry) WITH places, collect(ind) AS industries
                MATCH (c:Company) WHERE c.id STARTS WITH 'bench:' WITH places, industries, collect(c) AS companies
                UNWIND range(0, $projects - 1) AS i
                WITH places, industries, companies, i, places[(i * 37) % size(places)] AS place
                CREATE (p:Project {id: 'bench:project:' + i, name: place.name + $company[i % 30] + $company[(i / 30) % 30] + '产业园项目',
                                   amountYuan: toFloat(((i * 7919) % 5000) + 10) * 1.0e7, status: $statuses[i % 4]})
                CREATE (p)-[:LOCATED_IN {articleId: 'bench:article:' + (i % $articles), evidence: p.name + '位于' + place.name}]->(place)
                WITH industries, companies, i, p
                CALL (industries, companies, i, p) {
                  WITH industries[(i * 3) % size(industries)] AS ind, companies[(i * 17) % size(companies)] AS investor
                  CREATE (p)-[:IN_INDUSTRY {articleId: 'bench:article:' + (i % $articles), evidence: p.name}]->(ind)
                  CREATE (investor)-[:INVESTS_IN {amountYuan: p.amountYuan, currency: 'CNY', approximate: false,
                          articleId: 'bench:article:' + (i % $articles), evidence: investor.name + '投资建设' + p.name}]->(p)
                }""", merge(pools, Map.of("projects", PROJECTS, "articles", ARTICLES)));
        run(driver, """
                UNWIND range(0, $people - 1) AS i
                CREATE (:Person {id: 'bench:person:biz' + i, name: $surnames[(i * 13) % 30] + $given[(i * 7) % 40] + $given[(i / 40) % 40]})""",
                merge(pools, Map.of("people", BUSINESS_PEOPLE)));
        run(driver, """
                MATCH (l:Person)-[:LEADS]->(:Region {level: 'COUNTY'}) WHERE l.id STARTS WITH 'bench:'
                WITH collect(l) AS leaders
                MATCH (c:Company) WHERE c.id STARTS WITH 'bench:' WITH leaders, collect(c) AS companies
                UNWIND range(0, $visits - 1) AS i
                WITH leaders[i % size(leaders)] AS leader, companies[(i * 29) % size(companies)] AS company, i
                CREATE (leader)-[:VISITED {date: toString(date('2018-01-01') + duration({days: i % 1800})), purpose: '招商考察',
                        articleId: 'bench:article:' + (i % $articles), evidence: leader.name + '带队拜访' + company.name}]->(company)""",
                merge(pools, Map.of("visits", VISITS, "articles", ARTICLES)));
        run(driver, """
                MATCH (n) WHERE (n:Person OR n:Company OR n:Project) AND n.id STARTS WITH 'bench:'
                WITH collect(n) AS entities
                MATCH (a:Article) WHERE a.id STARTS WITH 'bench:article:'
                WITH entities, a, toInteger(substring(a.id, 14)) AS i
                UNWIND range(0, $perArticle - 1) AS j
                WITH a, entities[(i * 101 + j * 977) % size(entities)] AS n
                CREATE (a)-[:MENTIONS {count: 1, articleId: a.id, evidence: a.title}]->(n)""",
                Map.of("perArticle", MENTIONS_PER_ARTICLE));
    }

    private static void run(Driver driver, String cypher, Map<String, Object> parameters) {
        driver.executableQuery(cypher).withParameters(parameters).execute();
    }

    private static List<String> chars(String pool) {
        return pool.codePoints().mapToObj(Character::toString).toList();
    }

    private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
        java.util.HashMap<String, Object> merged = new java.util.HashMap<>(a);
        merged.putAll(b);
        return merged;
    }
}
