package com.zhengqi.graph.resolve.identity;

/**
 * Two nodes already in the graph that an article showed to be one entity: {@code gone} is folded
 * into {@code keep} (relationships moved, names kept as aliases, {@code mergedFrom} recording it).
 *
 * @param rule      why, e.g. {@code person-anchors} (same name, posts in both their regions)
 * @param articleId the article whose evidence joined them
 */
public record NodeJoin(String label, String gone, String keep, String rule, String articleId) {
}
