package com.zhengqi.graph.find;

import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionFinder;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.List;

/** Runs the finders over one article, in the order they need each other: words, places, organisations, money, projects. */
public final class MentionFinder {

    private final RegionFinder regionFinder;
    private final OrganizationFinder organizations = new OrganizationFinder();
    private final AmountFinder amounts = new AmountFinder();
    private final ProjectFinder projects = new ProjectFinder();

    public MentionFinder(RegionFinder regionFinder) {
        this.regionFinder = regionFinder;
    }

    public ArticleMentions find(String text) {
        return find(text, null);
    }

    /** As {@link #find(String)} for an article of a page about {@code pageRegion} (null when unknown). */
    public ArticleMentions find(String text, Division pageRegion) {
        Segmentation words = Segmentation.of(text);
        List<RegionMention> regions = regionFinder.find(text, pageRegion);
        return new ArticleMentions(text, words, new Sentences(text), regions,
                organizations.find(text, words, regions), amounts.find(text), projects.find(text, words, regions));
    }
}
