package com.zhengqi.graph.find;

import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionFinder;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the finders over one article, in the order they need each other: words, places, organisations, money, projects
 * (named ones, then a company's own facilities such as 二期工厂). */
public final class MentionFinder {

    private final RegionFinder regionFinder;
    private final OrganizationFinder organizations = new OrganizationFinder();
    private final AmountFinder amounts = new AmountFinder();
    private final ProjectFinder projects = new ProjectFinder();
    private final CompanyFacilityFinder facilities = new CompanyFacilityFinder();

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
        List<OrgMention> orgs = organizations.find(text, words, regions);
        List<ProjectMention> found = new ArrayList<>(projects.find(text, words, regions));
        found.addAll(facilities.find(text, words, regions, orgs));
        found.sort(Comparator.comparingInt(ProjectMention::start));
        return new ArticleMentions(text, words, new Sentences(text), regions, orgs, amounts.find(text), List.copyOf(found));
    }
}
