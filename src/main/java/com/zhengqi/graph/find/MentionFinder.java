package com.zhengqi.graph.find;

import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionFinder;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs the finders over one article, in the order they need each other: words, places, organisations, money, projects
 * (named ones, then a company's own facilities such as 二期工厂),
 * and the companies among the bare items of a list of projects. */
public final class MentionFinder {

    private final RegionFinder regionFinder;
    private final OrganizationFinder organizations = new OrganizationFinder();
    private final AmountFinder amounts = new AmountFinder();
    private final ProjectFinder projects = new ProjectFinder();
    private final CompanyFacilityFinder facilities = new CompanyFacilityFinder();
    private final ProjectListCompanies listCompanies = new ProjectListCompanies(projects);

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
        List<OrgMention> orgs = new ArrayList<>(organizations.find(text, words, regions));
        List<ProjectMention> found = new ArrayList<>(projects.find(text, words, regions));
        orgs.addAll(listCompanies.find(text, regions, orgs, found));
        orgs.sort(Comparator.comparingInt(OrgMention::start).thenComparingInt(m -> -m.end()));
        found.addAll(facilities.find(text, words, regions, orgs));
        found.sort(Comparator.comparingInt(ProjectMention::start));
        return new ArticleMentions(text, words, new Sentences(text), regions, List.copyOf(orgs), amounts.find(text), List.copyOf(found));
    }
}
