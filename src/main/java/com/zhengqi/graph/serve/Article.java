package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/** A news article without its text, which is fetched only when asked for (it can be long). */
record Article(String id, String title, String source, String publishedOn, String newspaper) {

    /** From an {@link Fragments#ARTICLE} projection. */
    static Article of(Value a) {
        return new Article(a.get("id").asString(), Values.text(a.get("title")), Values.text(a.get("source")),
                Values.text(a.get("publishedOn")), Values.text(a.get("newspaper")));
    }
}
