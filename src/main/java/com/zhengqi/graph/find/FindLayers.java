package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.List;

/** The layers the find stage adds to a document: words, sentences and the mentions of each kind. */
public final class FindLayers {

    /** Given by the caller: the region the page's earlier articles are about, or null. */
    public static final Layer<Division> PAGE_REGION = Layer.of("page-region", "the region the page's earlier articles are about (given; may be null)");
    public static final Layer<Segmentation> TOKENS = Layer.of("tokens", "HanLP words with part-of-speech tags, one token for every character");
    public static final Layer<Sentences> SENTENCES = Layer.of("sentences", "sentence spans, the evidence of relations (at most Sentences.MAX_LENGTH characters)");
    public static final Layer<List<RegionMention>> REGIONS = Layer.of("regions", "places resolved to divisions of the gazetteer");
    public static final Layer<List<OrgMention>> ORGANIZATIONS = Layer.of("organizations", "companies and government, party and zone bodies");
    public static final Layer<List<ProjectMention>> PROJECTS = Layer.of("projects", "named projects");
    public static final Layer<List<OrgMention>> LIST_COMPANIES = Layer.of("list-companies", "companies among the bare items of a list of projects");
    public static final Layer<List<ProjectMention>> FACILITIES = Layer.of("facilities", "a company's own facilities (a second-phase plant) as projects");
    public static final Layer<List<Amount>> AMOUNTS = Layer.of("amounts", "sums of money in whole units of their currency");

    public static final Layer<List<DateMention>> DATES = Layer.of("dates", "dates written in the text, resolved to ISO days with their precision");

    private FindLayers() {
    }
}
