package com.zhengqi.graph.find;

import com.zhengqi.graph.resolve.RegionMention;

import java.util.List;

/**
 * Everything the find stage reads from one article before any relation is made: its words, sentences,
 * places, organisations, sums of money and projects, each with offsets into {@code text}.
 */
public record ArticleMentions(String text, Segmentation words, Sentences sentences, List<RegionMention> regions,
                              List<OrgMention> organizations, List<Amount> amounts, List<ProjectMention> projects) {
}
