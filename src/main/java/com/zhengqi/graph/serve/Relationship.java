package com.zhengqi.graph.serve;

/** What every relationship read from text carries: the sentence and the article it was read from. */
sealed interface Relationship permits Position, Investment, Visit, Mention, Report {

    String id();

    String evidence();

    String articleId();

    Integer start();

    Integer end();
}
